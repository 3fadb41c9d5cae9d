import type { Product } from '../catalog/product.ts';
import type { ParsedCatalog, SkippedRow } from './parsed-catalog.ts';

/** An item with the source row it came from. */
export interface Sourced<T> {
  row: number;
  item: T;
}

/**
 * A file that lists the same id twice is usually an export appended to an older one, so the
 * later entry wins; each earlier one is reported as skipped, pointing at its replacement. Only
 * valid entries compete: an invalid later row does not remove a valid earlier one.
 */
export function keepLastById<T extends { id: string }>(
  entries: Array<Sourced<T>>,
  rowLabel: string,
): { kept: T[]; skipped: SkippedRow[] } {
  const lastRow = new Map<string, number>();
  for (const entry of entries) lastRow.set(entry.item.id, entry.row);
  const kept: T[] = [];
  const skipped: SkippedRow[] = [];
  for (const entry of entries) {
    const winner = lastRow.get(entry.item.id);
    if (winner === entry.row) kept.push(entry.item);
    else skipped.push({ row: entry.row, reason: `duplicate id ${entry.item.id}, superseded by ${rowLabel} ${winner}` });
  }
  return { kept, skipped };
}

/** A CSV parser's result: the last product per id, and every skip in file order. */
export function productsByLastId(products: Array<Sourced<Product>>, skipped: SkippedRow[]): ParsedCatalog {
  const kept = keepLastById(products, 'line');
  return { products: kept.kept, documents: [], skipped: [...skipped, ...kept.skipped].sort((a, b) => a.row - b.row) };
}
