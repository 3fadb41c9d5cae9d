import { z } from 'zod';

/** Trimmed, non-empty text. */
const text = z.string().trim().min(1);
const money = z.number().finite().nonnegative();

export const variantSchema = z.object({
  /** Stable id from the source (Shopify variant id, SKU, or `<productId>-<n>`). */
  id: text,
  sku: text.optional(),
  /** Human label such as "M / Black"; "Default" for one-variant products. */
  title: text,
  /** Option name → value, e.g. { Size: "M", Colour: "Black" }. */
  options: z.record(z.string(), z.string()).default({}),
  price: money,
  compareAtPrice: money.optional(),
  /** Units on hand; null when the source does not track inventory. */
  inventory: z.number().int().nullable().default(null),
});

export const reviewSchema = z.object({
  rating: z.number().min(0).max(5).optional(),
  text: text,
  /** ISO date of the review, when known. Reviewer names and e-mails are never kept. */
  date: z.string().optional(),
});

export const questionAnswerSchema = z.object({
  question: text.optional(),
  answer: text,
});

export const productSchema = z.object({
  id: text,
  title: text,
  description: z.string().default(''),
  brand: text.optional(),
  category: text.optional(),
  tags: z.array(text).default([]),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be a 3-letter ISO code').default('USD'),
  variants: z.array(variantSchema).min(1, 'a product needs a price (or at least one variant)'),
  images: z.array(text).default([]),
  /** Free-form facts: materials, warranty, shipping, return policy, dimensions… */
  attributes: z.record(z.string(), z.string()).default({}),
  /** Feature bullets; each becomes a passage of its own. */
  features: z.array(text).default([]),
  reviews: z.array(reviewSchema).default([]),
  faqs: z.array(questionAnswerSchema).default([]),
  /** Ids of products that pair well with this one (cross-sell). */
  related: z.array(text).default([]),
});

export const documentKinds = ['policy', 'faq', 'size-guide', 'guide'] as const;

/** A store-wide document: a policy, an FAQ page, a size guide. */
export const storeDocumentSchema = z.object({
  id: text,
  title: text,
  kind: z.enum(documentKinds).default('guide'),
  body: text,
});

export type Variant = z.infer<typeof variantSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productSchema>;
export type StoreDocument = z.infer<typeof storeDocumentSchema>;
export type DocumentKind = (typeof documentKinds)[number];

/** The product's headline price: its cheapest variant. */
export function productPrice(product: Pick<Product, 'variants'>): number {
  return cheapestVariant(product).price;
}

/** The variant the headline price and its compare-at price come from. */
export function cheapestVariant(product: Pick<Product, 'variants'>): Variant {
  return product.variants.reduce((best, variant) => (variant.price < best.price ? variant : best));
}

/** Total units on hand, or null when no variant tracks inventory. */
export function productStock(product: Pick<Product, 'variants'>): number | null {
  const tracked = product.variants.filter((variant) => variant.inventory !== null);
  if (tracked.length === 0) return null;
  return tracked.reduce((sum, variant) => sum + Math.max(0, variant.inventory ?? 0), 0);
}

/** Untracked inventory counts as available: the store sells it without counting. */
export function productInStock(product: Pick<Product, 'variants'>): boolean {
  const stock = productStock(product);
  return stock === null || stock > 0;
}
