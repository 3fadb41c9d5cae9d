import type { ProductDetails, VariantDetails } from './composer-tools.ts';
import { formatMoney, joinList } from './phrasing.ts';
import { groupLabel, isAvailable } from './product-options.ts';

/** The product's name as spoken: the catalog title without trailing marketing ("— Limited Edition"). */
export function productName(product: { title: string }): string {
  return product.title.replace(/\s+[—–-]\s+(limited edition|last chance|new|sale)$/i, '').trim();
}

/** True for plural product names ("Huggie Hoops", "Open-Ear Earbuds", "Slim Chinos"): they take "are". */
export function isPlural(name: string): boolean {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /^[A-Za-z][a-z]+$/.test(word));
  const last = words.at(-1) ?? '';
  return /s$/.test(last) && !/(ss|us|is|ics)$/.test(last);
}

/** "is"/"are", "costs"/"cost", "comes"/"come" for a product name. */
export function agree(name: string, singular: string): string {
  if (name === 'It') return singular;
  if (!isPlural(name) && name !== 'They') return singular;
  return ({ is: 'are', was: 'were', has: 'have', costs: 'cost', comes: 'come', goes: 'go', does: 'do', runs: 'run' } as Record<string, string>)[singular] ?? singular;
}

/** "$148", or "from $38" when variants differ; with the currency of the product. */
export function priceFrom(product: ProductDetails, variants: VariantDetails[] = product.variants): string {
  const prices = variants.map((variant) => variant.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? formatMoney(low, product.currency) : `from ${formatMoney(low, product.currency)}`;
}

/** The compare-at price of the cheapest variants when they are on sale, else null. */
export function saleFrom(variants: VariantDetails[]): number | null {
  const low = Math.min(...variants.map((variant) => variant.price));
  const cheapest = variants.filter((variant) => variant.price === low);
  const compare = cheapest.map((variant) => variant.compareAtPrice).find((value): value is number => value !== null && value > low);
  return compare ?? null;
}

/** Distinct price points, cheapest first, each with the variants at that price. */
export function priceGroups(variants: VariantDetails[]): { price: number; compareAtPrice: number | null; variants: VariantDetails[] }[] {
  const groups = new Map<number, VariantDetails[]>();
  for (const variant of variants) groups.set(variant.price, [...(groups.get(variant.price) ?? []), variant]);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([price, members]) => ({
      price,
      compareAtPrice: members.map((variant) => variant.compareAtPrice).find((value): value is number => value !== null && value > price) ?? null,
      variants: members,
    }));
}

/**
 * "$38 for the 30 ml and $54 for the 50 ml" — the price points of a product with what sets them
 * apart, or null when they cannot be told apart in a few words.
 */
export function labelledPrices(product: ProductDetails, variants: VariantDetails[]): string | null {
  const groups = priceGroups(variants);
  if (groups.length < 2 || groups.length > 3) return null;
  const parts: string[] = [];
  for (const group of groups) {
    const label = groupLabel(product, group.variants);
    if (!label) return null;
    const sale = group.compareAtPrice !== null ? ` (was ${formatMoney(group.compareAtPrice, product.currency)})` : '';
    parts.push(`${formatMoney(group.price, product.currency)}${sale} for the ${label}`);
  }
  return joinList(parts);
}

/** Units on hand across variants, or null when stock is not tracked. */
export function totalStock(variants: { inventory: number | null }[]): number | null {
  const tracked = variants.filter((variant) => variant.inventory !== null);
  if (tracked.length === 0) return null;
  return tracked.reduce((sum, variant) => sum + Math.max(0, variant.inventory ?? 0), 0);
}

export function allSoldOut(variants: { inventory: number | null }[]): boolean {
  return variants.length > 0 && variants.every((variant) => !isAvailable(variant));
}
