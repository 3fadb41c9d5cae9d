import { performance } from 'node:perf_hooks';
import type { LanguageModel, ModelChunk } from '../../agent/index.ts';

/**
 * Wraps a real model and adds up the time spent waiting on it (request, network, streaming), so
 * the eval can report the brain's own time per turn: the turn's time minus this.
 */
export class TimedLanguageModel implements LanguageModel {
  readonly id: string;
  elapsedMs = 0;

  constructor(private readonly inner: LanguageModel) {
    this.id = inner.id;
  }

  async *stream(request: Parameters<LanguageModel['stream']>[0]): AsyncIterable<ModelChunk> {
    const iterator = this.inner.stream(request)[Symbol.asyncIterator]();
    for (;;) {
      const start = performance.now();
      let next: IteratorResult<ModelChunk>;
      try {
        next = await iterator.next();
      } finally {
        this.elapsedMs += performance.now() - start;
      }
      if (next.done) return;
      yield next.value;
    }
  }
}
