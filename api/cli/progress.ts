import { SingleBar } from 'cli-progress';
import type { CliIo } from './cli-io.ts';

/** A progress bar on a terminal; silent elsewhere (pipes, CI, --json). */
export function createProgress(io: CliIo, label: string, enabled: boolean) {
  if (!io.interactive || !enabled) return { update: (_done: number, _total: number) => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_value}s left`, hideCursor: true, clearOnComplete: true, stream: process.stderr });
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
