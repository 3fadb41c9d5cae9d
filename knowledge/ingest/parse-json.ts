import type { Product, StoreDocument } from '../catalog/product.ts';
import { CatalogParseError } from './catalog-parse-error.ts';
import { keepLastById, type Sourced } from './keep-last-by-id.ts';
import { normalizeDocument } from './normalize-document.ts';
import { normalizeProduct, type DroppedVariant, type NormalizeProductOptions } from './normalize-product.ts';
import type { ParsedCatalog, SkippedRow } from './parsed-catalog.ts';
import { isRecord } from './read-values.ts';

export interface ParseJsonOptions {
  /** ISO code for products that do not state a currency; "USD" when not given. */
  defaultCurrency?: string;
}

function parseJsonText(content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = content.slice(0, Number(position)).split('\n');
      where = ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    }
    throw new CatalogParseError('invalid-json', `The file is not valid JSON${where}: ${message}`, { cause: error });
  }
}

function splitShape(data: unknown): { products: unknown[]; documents: unknown[] } {
  if (Array.isArray(data)) return { products: data, documents: [] };
  if (isRecord(data)) {
    const { products, documents } = data;
    if (products !== undefined || documents !== undefined) {
      if ((products !== undefined && !Array.isArray(products)) || (documents !== undefined && !Array.isArray(documents))) {
        throw new CatalogParseError('unsupported-shape', '"products" and "documents" must be arrays.');
      }
      return { products: products ?? [], documents: documents ?? [] };
    }
    // A single product object, as some APIs return for one item.
    if ('title' in data || 'name' in data) return { products: [data], documents: [] };
  }
  throw new CatalogParseError(
    'unsupported-shape',
    'Expected a JSON array of products, or an object with a "products" array (and optionally "documents").',
  );
}

function describeDropped(variant: DroppedVariant): string {
  return `variant ${variant.index + 1} (${variant.label}): ${variant.reason}`;
}

/**
 * Parses a JSON catalog: an array of products or `{ products, documents? }`. Rows are 1-based
 * positions in the `products` (or `documents`) array. Throws CatalogParseError only when the
 * file is not JSON or has neither shape.
 */
export function parseJsonCatalog(content: string, options: ParseJsonOptions = {}): ParsedCatalog {
  const { products: rawProducts, documents: rawDocuments } = splitShape(parseJsonText(content));
  const normalizeOptions: NormalizeProductOptions = {
    keepExtraFields: true,
    ...(options.defaultCurrency !== undefined && { defaultCurrency: options.defaultCurrency }),
  };
  const skipped: SkippedRow[] = [];

  const products: Array<Sourced<Product>> = [];
  for (const [index, raw] of rawProducts.entries()) {
    const row = index + 1;
    const result = normalizeProduct(raw, normalizeOptions);
    if (!result.ok) {
      const details = result.droppedVariants.map(describeDropped).join('; ');
      skipped.push({ row, reason: details === '' ? result.reason : `${result.reason}: ${details}` });
      continue;
    }
    for (const dropped of result.droppedVariants) {
      skipped.push({ row, reason: `${describeDropped(dropped)} (variant left out)` });
    }
    products.push({ row, item: result.product });
  }

  const documents: Array<Sourced<StoreDocument>> = [];
  for (const [index, raw] of rawDocuments.entries()) {
    const result = normalizeDocument(raw);
    if (result.ok) documents.push({ row: index + 1, item: result.document });
    else skipped.push({ row: index + 1, reason: result.reason });
  }

  const keptProducts = keepLastById(products, 'row');
  const keptDocuments = keepLastById(documents, 'document');
  for (const entry of keptDocuments.skipped) entry.reason = `document ${entry.reason}`;
  return {
    products: keptProducts.kept,
    documents: keptDocuments.kept,
    skipped: [...skipped, ...keptProducts.skipped, ...keptDocuments.skipped].sort((a, b) => a.row - b.row),
  };
}
