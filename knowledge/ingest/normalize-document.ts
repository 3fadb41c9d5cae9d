import { storeDocumentSchema, type StoreDocument } from '../catalog/product.ts';
import { describeIssues } from './describe-issues.ts';
import { FieldReader } from './field-reader.ts';
import { guessDocumentKind, readDocumentKind } from './guess-document-kind.ts';
import { isRecord, readId, readPlainText, readText } from './read-values.ts';
import { slugify } from './slugify.ts';

export type NormalizedDocument = { ok: true; document: StoreDocument } | { ok: false; reason: string };

/** A store document from `{id?, title, kind?, body|content}`; id defaults to a slug of the title. */
export function normalizeDocument(raw: unknown): NormalizedDocument {
  if (!isRecord(raw)) return { ok: false, reason: 'document is not an object' };
  const fields = new FieldReader(raw);
  const title = readPlainText(fields.take(['title', 'name']));
  // Document bodies are markdown or plain text; their line breaks carry structure.
  const body = readText(fields.take(['body', 'content', 'text', 'markdown']));
  if (title === undefined) return { ok: false, reason: 'document title is missing' };
  const id = readId(fields.take(['id', 'slug', 'handle'])) ?? slugify(title);
  const kind = readDocumentKind(readText(fields.take(['kind', 'type']))) ?? guessDocumentKind(id, title);
  const parsed = storeDocumentSchema.safeParse({ id: id || undefined, title, kind, body });
  if (!parsed.success) return { ok: false, reason: `document ${describeIssues(parsed.error)}` };
  return { ok: true, document: parsed.data };
}
