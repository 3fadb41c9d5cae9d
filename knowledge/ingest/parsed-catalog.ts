import type { Product, StoreDocument } from '../catalog/product.ts';

export const catalogFormats = ['json', 'csv', 'shopify-csv', 'markdown'] as const;
export type CatalogFormat = (typeof catalogFormats)[number];

/** A source row that could not become a product, with a reason a merchant can act on. */
export interface SkippedRow {
  /** 1-based: the array index for JSON, the line number of the record for CSV. */
  row: number;
  reason: string;
}

/** What a parser made of one file: valid products and documents, and what it skipped. */
export interface ParsedCatalog {
  products: Product[];
  documents: StoreDocument[];
  skipped: SkippedRow[];
}
