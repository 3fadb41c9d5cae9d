import { productSchema, type Product, type Variant } from '../catalog/product.ts';
import { describeIssues } from './describe-issues.ts';
import { attributeText, extraAttributes } from './extra-attributes.ts';
import { FieldReader } from './field-reader.ts';
import { normalizeFaqs, normalizeReviews } from './normalize-feedback.ts';
import { normalizeVariant, type VariantContext } from './normalize-variant.ts';
import {
  isRecord,
  readAmount,
  readCount,
  readId,
  readPlainText,
  readRichText,
  readText,
  readTextList,
  type Problems,
} from './read-values.ts';

export interface NormalizeProductOptions {
  /** ISO code for products that do not state a currency; "USD" when not given. */
  defaultCurrency?: string;
  /**
   * Keep every field the aliases do not know as an attribute (JSON, generic CSV). Shopify
   * exports say false: their extra columns are bookkeeping, and "Cost per item" must never
   * reach a shopper.
   */
  keepExtraFields?: boolean;
}

/** A variant left out of an otherwise valid product; `index` is its position in `variants`. */
export interface DroppedVariant {
  index: number;
  label: string;
  reason: string;
}

export type NormalizedProduct =
  | { ok: true; product: Product; droppedVariants: DroppedVariant[] }
  | { ok: false; reason: string; droppedVariants: DroppedVariant[] };

function readImages(...values: unknown[]): string[] {
  const images: string[] = [];
  for (const value of values) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (isRecord(item)) {
        const fields = new FieldReader(item);
        const source = readText(fields.take(['src', 'url', 'href']));
        if (source !== undefined) images.push(source);
      } else if (typeof item === 'string') {
        images.push(...readTextList(item, { commas: true }));
      }
    }
  }
  return [...new Set(images)];
}

function readOptionNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((option) => (isRecord(option) ? readText(option.name) : readText(option)) ?? '');
}

function readAttributeObject(value: unknown): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!isRecord(value)) return attributes;
  for (const [key, inner] of Object.entries(value)) {
    const text = attributeText(inner);
    if (text !== undefined && key.trim() !== '') attributes[key.trim()] = text;
  }
  return attributes;
}

/** Gives each variant a distinct id: two variants sharing a SKU would break cart links. */
function distinctIds(variants: Variant[]): Variant[] {
  const seen = new Set<string>();
  return variants.map((variant) => {
    let id = variant.id;
    for (let suffix = 2; seen.has(id); suffix += 1) id = `${variant.id}-${suffix}`;
    seen.add(id);
    return id === variant.id ? variant : { ...variant, id };
  });
}

/**
 * Turns one source record (a JSON product, or rows of a CSV folded into one object) into a
 * validated Product, accepting the common field spellings. Never throws.
 */
export function normalizeProduct(raw: unknown, options: NormalizeProductOptions = {}): NormalizedProduct {
  if (!isRecord(raw)) return { ok: false, reason: 'is not an object', droppedVariants: [] };
  const fields = new FieldReader(raw);
  const problems: Problems = [];

  const sku = readText(fields.take(['sku']));
  const id = readId(fields.take(['id', 'productId'])) ?? readId(fields.take(['handle'])) ?? sku;
  if (id === undefined) problems.push('has no id, handle or sku');
  const title = readPlainText(fields.take(['title', 'name', 'productTitle', 'productName']));
  if (title === undefined) problems.push('title is missing');

  const price = readAmount(fields.take(['price']), 'price', problems);
  const compareAtPrice = readAmount(fields.take(['compareAtPrice', 'compareAt']), 'compare-at price', problems);
  const stock = readCount(fields.take(['stock', 'inventory', 'quantity', 'inventoryQuantity']), 'stock', problems);
  const availability = readText(fields.take(['availabilityStatus', 'availability']));
  const currency = readText(fields.take(['currency', 'currencyCode']))?.toUpperCase();

  const productOptions = fields.take(['options']);
  const rawVariants = fields.take(['variants']);
  const context: Omit<VariantContext, 'fallbackId'> = {
    optionNames: readOptionNames(productOptions),
    outOfStock: /out of stock|sold out/i.test(availability ?? '') && stock === undefined,
    ...(price !== undefined && { price }),
    ...(compareAtPrice !== undefined && { compareAtPrice }),
  };

  const candidate = {
    id,
    title,
    description: readRichText(fields.take(['description', 'bodyHtml', 'body', 'descriptionHtml'])) ?? '',
    brand: readPlainText(fields.take(['brand', 'vendor'])),
    category: readPlainText(fields.take(['category', 'productType', 'type'])),
    tags: readTextList(fields.take(['tags']), { commas: true }),
    currency: currency ?? options.defaultCurrency ?? 'USD',
    images: readImages(fields.take(['images']), fields.take(['thumbnail']), fields.take(['image', 'imageUrl'])),
    features: readTextList(fields.take(['features', 'bullets', 'highlights']), { commas: false }),
    reviews: normalizeReviews(fields.take(['reviews'])),
    faqs: normalizeFaqs(fields.take(['faqs', 'faq', 'qa'])),
    related: readTextList(fields.take(['related', 'pairsWellWith', 'relatedProducts']), { commas: true }).filter(
      (related) => related !== id,
    ),
    attributes: {} as Record<string, string>,
    variants: [] as Variant[],
  };
  const explicitAttributes = readAttributeObject(fields.take(['attributes']));
  fields.ignore(['meta']);
  // Extras first, so that an explicit `attributes` object wins over a stray top-level field.
  candidate.attributes = {
    ...(options.keepExtraFields === false ? {} : extraAttributes(fields.unread())),
    ...explicitAttributes,
  };
  if (problems.length > 0 || id === undefined) return { ok: false, reason: problems.join('; '), droppedVariants: [] };

  const droppedVariants: DroppedVariant[] = [];
  if (Array.isArray(rawVariants) && rawVariants.length > 0) {
    const single = rawVariants.length === 1;
    for (const [index, rawVariant] of rawVariants.entries()) {
      const result = normalizeVariant(rawVariant, {
        ...context,
        fallbackId: single ? (sku ?? id) : `${id}-${index + 1}`,
        ...(single && sku !== undefined && { sku }),
        ...(single && stock !== undefined && { inventory: stock }),
      });
      if (result.ok) candidate.variants.push(result.variant);
      else droppedVariants.push({ index, label: result.label, reason: result.reason });
    }
    if (candidate.variants.length === 0) return { ok: false, reason: 'no valid variant', droppedVariants };
  } else {
    const result = normalizeVariant(
      {},
      {
        ...context,
        fallbackId: sku ?? id,
        ...(sku !== undefined && { sku }),
        ...(stock !== undefined && { inventory: stock }),
        ...(isRecord(productOptions) && { options: readAttributeObject(productOptions) }),
      },
    );
    if (!result.ok) return { ok: false, reason: result.reason, droppedVariants: [] };
    candidate.variants.push(result.variant);
  }
  candidate.variants = distinctIds(candidate.variants);

  const parsed = productSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error), droppedVariants: [] };
  return { ok: true, product: parsed.data, droppedVariants };
}
