import { CatalogParseError } from './catalog-parse-error.ts';
import type { CatalogFormat } from './parsed-catalog.ts';
import { readCsvHeader } from './read-csv-records.ts';

const markdownExtensions = new Set(['md', 'markdown', 'txt']);
const csvExtensions = new Set(['csv', 'tsv']);
const spreadsheetExtensions = new Set(['xlsx', 'xls', 'ods', 'numbers']);

function extensionOf(fileName: string | undefined): string | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(fileName?.trim() ?? '');
  return match?.[1]?.toLowerCase();
}

/** Shopify's export header: Handle + Variant Price, or Title + Body (HTML). */
function csvFlavour(header: readonly string[]): CatalogFormat {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  const shopify =
    (names.has('handle') && names.has('variant price')) || (names.has('title') && names.has('body (html)'));
  return shopify ? 'shopify-csv' : 'csv';
}

/**
 * Tells the format of a catalog file from its name, else its content. Throws a
 * CatalogParseError (code "unknown-format") with advice when neither tells.
 */
export function detectFormat(content: string, fileName?: string): CatalogFormat {
  const extension = extensionOf(fileName);
  const label = fileName ?? 'the input';
  if (extension !== undefined && spreadsheetExtensions.has(extension)) {
    throw new CatalogParseError(
      'unknown-format',
      `${label} is a spreadsheet file; export the sheet as CSV (UTF-8) and ingest that file.`,
    );
  }
  if (extension !== undefined && markdownExtensions.has(extension)) return 'markdown';
  if (extension === 'json') return 'json';
  if (extension !== undefined && csvExtensions.has(extension)) return csvFlavour(readCsvHeader(content));

  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new CatalogParseError('unknown-format', `${label} is empty.`);
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (/^(---\s*\n|#{1,6}\s)/.test(start)) return 'markdown';
  const header = readCsvHeader(content);
  if (header.length >= 2) return csvFlavour(header);
  throw new CatalogParseError(
    'unknown-format',
    `Could not tell the format of ${label}: expected JSON, CSV with a header row, or markdown ` +
      '(.md, .markdown, .txt). Name the file with its extension or choose the format explicitly.',
  );
}
