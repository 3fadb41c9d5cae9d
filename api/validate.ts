import type { z } from 'zod';
import { AppError } from '../core/index.ts';

/** The validated value, or a 400 that names every bad field. */
export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown, what = 'body'): z.infer<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    throw new AppError('invalid-input', parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || what}: ${issue.message}`).join('; '));
  }
  return parsed.data;
}

