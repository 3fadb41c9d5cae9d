import { storeDocumentSchema } from '../catalog/product.ts';
import { describeIssues } from './describe-issues.ts';
import { guessDocumentKind, readDocumentKind } from './guess-document-kind.ts';
import type { ParsedCatalog } from './parsed-catalog.ts';
import { slugify } from './slugify.ts';

export interface ParseMarkdownOptions {
  /** The file's name; its base name gives the document id and a fallback title. */
  fileName?: string;
}

interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

/** Splits `---` front matter (simple `key: value` lines) from the body. */
function splitFrontMatter(text: string): FrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (match === null) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (field?.[1] === undefined) continue;
    // YAML allows quoting scalar values; these documents only use plain strings.
    fields[field[1].toLowerCase()] = (field[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(match[0].length) };
}

function baseName(fileName: string | undefined): string | undefined {
  const base = fileName
    ?.split(/[\\/]/)
    .at(-1)
    ?.replace(/\.(md|markdown|txt)$/i, '')
    .trim();
  return base === '' ? undefined : base;
}

function humanize(name: string): string {
  const words = name.replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Parses one markdown or text file into one store document: id from front matter, else a slug
 * of the file's base name (or of the title); title from front matter, the first `# ` heading,
 * else the humanised file name; kind from front matter, else guessed from name and title.
 * An empty file is reported as skipped row 1.
 */
export function parseMarkdown(content: string, options: ParseMarkdownOptions = {}): ParsedCatalog {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { fields, body } = splitFrontMatter(text);
  const base = baseName(options.fileName);
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1]?.trim();
  const firstLine = body.split('\n').find((line) => line.trim() !== '')?.trim();
  const title = fields.title || heading || (base && humanize(base)) || firstLine?.slice(0, 80);
  const id = fields.id || slugify(base ?? '') || slugify(title ?? '');
  const kind = readDocumentKind(fields.kind) ?? guessDocumentKind(base, title);

  if (body.trim() === '') return { products: [], documents: [], skipped: [{ row: 1, reason: 'the document is empty' }] };
  const parsed = storeDocumentSchema.safeParse({ id: id || undefined, title, kind, body: body.trim() });
  if (!parsed.success) {
    return { products: [], documents: [], skipped: [{ row: 1, reason: `document ${describeIssues(parsed.error)}` }] };
  }
  return { products: [], documents: [parsed.data], skipped: [] };
}
