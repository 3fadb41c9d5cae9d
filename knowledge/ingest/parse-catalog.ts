import { detectFormat } from './detect-format.ts';
import { parseCsvCatalog } from './parse-csv.ts';
import { parseJsonCatalog } from './parse-json.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseShopifyCsv } from './parse-shopify-csv.ts';
import type { CatalogFormat, ParsedCatalog } from './parsed-catalog.ts';

export interface ParseCatalogOptions {
  /** The file's format, or 'auto' to detect it from the file name and content. */
  format: CatalogFormat | 'auto';
  /** Used for detection, and as a markdown document's id and fallback title. */
  fileName?: string;
  /** ISO code for products that state no currency (Shopify exports never do); "USD" by default. */
  defaultCurrency?: string;
}

/**
 * Turns the contents of one catalog file into products, documents and skipped rows. Pure: no
 * file system, no database. Bad rows are reported in `skipped`; a file that cannot be read at
 * all (unknown format, invalid JSON, CSV csv-parse gives up on) throws a CatalogParseError.
 */
export function parseCatalog(content: string, options: ParseCatalogOptions): ParsedCatalog {
  const format = options.format === 'auto' ? detectFormat(content, options.fileName) : options.format;
  const currency = options.defaultCurrency === undefined ? {} : { defaultCurrency: options.defaultCurrency };
  switch (format) {
    case 'json':
      return parseJsonCatalog(content, currency);
    case 'csv':
      return parseCsvCatalog(content, currency);
    case 'shopify-csv':
      return parseShopifyCsv(content, currency);
    case 'markdown':
      return parseMarkdown(content, options.fileName === undefined ? {} : { fileName: options.fileName });
  }
}
