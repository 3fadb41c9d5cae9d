import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { AppError } from '../../core/index.ts';

/** A file named on the command line, or a clear error that names it. */
export async function readInputFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError('invalid-input', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
}

export type BatchLine<T> = { ok: true; value: T } | { ok: false; line: number; id: string | null; error: string };

/** The non-empty lines of a JSONL batch, each parsed with `schema`; a bad line says why and the batch goes on. */
export function* batchLines<Schema extends z.ZodType>(text: string, schema: Schema): Generator<BatchLine<z.infer<Schema>>> {
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { ok: false, line: index + 1, id: null, error: 'not valid JSON' };
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      yield { ok: true, value: parsed.data };
      continue;
    }
    const id = typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : null;
    yield { ok: false, line: index + 1, id, error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ') };
  }
}
