import type { CatalogFormat, SkippedRow } from './parsed-catalog.ts';

/** "line 12: price "abc" is not a number" for CSV, "row 7: …" for JSON, for ingest reports. */
export function describeSkippedRow(skipped: SkippedRow, format: CatalogFormat): string {
  const unit = format === 'csv' || format === 'shopify-csv' ? 'line' : format === 'json' ? 'row' : 'file';
  return unit === 'file' ? skipped.reason : `${unit} ${skipped.row}: ${skipped.reason}`;
}
