import { variantSchema, type Variant } from '../catalog/product.ts';
import { describeIssues } from './describe-issues.ts';
import { FieldReader } from './field-reader.ts';
import { isRecord, readAmount, readCount, readId, readPlainText, readText, type Problems } from './read-values.ts';

/** What a variant inherits from its product when it does not say for itself. */
export interface VariantContext {
  /** Used when the variant has neither an id nor a SKU. */
  fallbackId: string;
  /** Option names for `option1..3`, e.g. from Shopify's product `options`. */
  optionNames: readonly string[];
  /** Product-level price and compare-at price apply to every variant without one. */
  price?: number;
  compareAtPrice?: number;
  /** Product-level SKU and stock only describe a product's sole variant. */
  sku?: string;
  inventory?: number;
  /** Product-level options, for a product without a `variants` list. */
  options?: Record<string, string>;
  /** `availabilityStatus: "Out of Stock"`: variants with no stock figure have 0, not "untracked". */
  outOfStock: boolean;
}

export type NormalizedVariant =
  | { ok: true; variant: Variant }
  | { ok: false; label: string; reason: string };

// Shopify's placeholder for products without options.
function isPlaceholderOption(name: string, value: string): boolean {
  return value === 'Default Title' || (name === 'Title' && value === 'Default');
}

function readOptions(fields: FieldReader, context: VariantContext): Record<string, string> {
  const options: Record<string, string> = { ...context.options };
  const given = fields.take(['options']);
  if (isRecord(given)) {
    for (const [name, value] of Object.entries(given)) {
      const text = readText(value);
      if (text !== undefined && name.trim() !== '') options[name.trim()] = text;
    }
  }
  for (const [index, alias] of ['option1', 'option2', 'option3'].entries()) {
    const value = readPlainText(fields.take([alias]));
    if (value !== undefined) options[context.optionNames[index] ?? `Option ${index + 1}`] = value;
  }
  const size = readPlainText(fields.take(['size']));
  if (size !== undefined) options.Size = size;
  const color = readPlainText(fields.take(['color']));
  if (color !== undefined) options.Color = color;
  const colour = readPlainText(fields.take(['colour']));
  if (colour !== undefined) options.Colour = colour;
  for (const [name, value] of Object.entries(options)) {
    if (isPlaceholderOption(name, value)) delete options[name];
  }
  return options;
}

/** Reads one variant, filling gaps from its product; a bad price or stock drops the variant. */
export function normalizeVariant(raw: unknown, context: VariantContext): NormalizedVariant {
  if (!isRecord(raw)) return { ok: false, label: context.fallbackId, reason: 'is not an object' };
  const fields = new FieldReader(raw);
  const problems: Problems = [];
  const options = readOptions(fields, context);
  const givenTitle = readPlainText(fields.take(['title', 'name', 'variantTitle']));
  const optionTitle = Object.values(options).join(' / ');
  const title =
    givenTitle !== undefined && givenTitle !== 'Default Title' ? givenTitle : optionTitle || 'Default';
  const label = title === 'Default' ? context.fallbackId : title;

  const sku = readText(fields.take(['sku'])) ?? context.sku;
  const id = readId(fields.take(['id', 'variantId'])) ?? sku ?? context.fallbackId;
  const price = readAmount(fields.take(['price']), 'price', problems) ?? context.price;
  const compareAt = readAmount(fields.take(['compareAtPrice', 'compareAt']), 'compare-at price', problems);
  const inventory = readCount(
    fields.take(['inventory', 'stock', 'quantity', 'inventoryQuantity']),
    'inventory',
    problems,
  );
  if (problems.length > 0) return { ok: false, label, reason: problems.join('; ') };
  if (price === undefined) return { ok: false, label, reason: 'price is missing' };

  const compareAtPrice = compareAt ?? context.compareAtPrice;
  const parsed = variantSchema.safeParse({
    id,
    sku,
    title,
    options,
    price,
    // Exports write 0 or the price itself for "no compare-at price"; neither is a discount.
    compareAtPrice: compareAtPrice !== undefined && compareAtPrice > price ? compareAtPrice : undefined,
    inventory: inventory ?? context.inventory ?? (context.outOfStock ? 0 : null),
  });
  if (!parsed.success) return { ok: false, label, reason: describeIssues(parsed.error) };
  return { ok: true, variant: parsed.data };
}
