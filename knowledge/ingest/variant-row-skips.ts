import type { NormalizedProduct } from './normalize-product.ts';
import type { SkippedRow } from './parsed-catalog.ts';

/**
 * Skipped rows for a product folded from several CSV rows: a bad variant is reported on its
 * own line; a product with no valid variant left is reported on each of those lines, so every
 * flagged line says both what is wrong and what it cost.
 */
export function variantRowSkips(
  result: NormalizedProduct,
  productId: string,
  productLine: number,
  variantLines: readonly number[],
): SkippedRow[] {
  const lineOf = (index: number) => variantLines[index] ?? productLine;
  if (result.ok) {
    return result.droppedVariants.map((dropped) => ({
      row: lineOf(dropped.index),
      reason: `${dropped.reason} (variant ${dropped.label} of ${productId} left out)`,
    }));
  }
  if (result.droppedVariants.length === 0) return [{ row: productLine, reason: result.reason }];
  return result.droppedVariants.map((dropped) => ({
    row: lineOf(dropped.index),
    reason: `${dropped.reason} (product ${productId} skipped: it has no valid variant)`,
  }));
}
