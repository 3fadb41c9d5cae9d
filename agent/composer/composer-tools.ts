import type { Offer } from '../../core/index.ts';
import type { ProductListing } from '../../knowledge/index.ts';
import {
  checkAvailability,
  compareProducts,
  findProductsByPrice,
  getComplementaryProducts,
  getProductDetails,
  searchProducts,
} from '../tools/catalog-tools.ts';
import { bookConsultation, buildCartLink, createOffer, requestHuman } from '../tools/commerce-tools.ts';
import { runTool, type Tool } from '../tools/tool.ts';
import type { TurnContext } from '../turn-context.ts';

/**
 * The shapes the shared tools return (see agent/tools), read by the composer. The composer calls
 * the same tools the model calls, so every fact it states was recorded for the verifier and the
 * cards on screen come from the same records.
 */
export interface VariantDetails {
  variantId: string;
  title: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  inventory: number | null;
}

export interface ProductDetails {
  productId: string;
  title: string;
  brand: string | null;
  category: string | null;
  currency: string;
  variants: VariantDetails[];
  description: string;
  attributes: Record<string, string>;
  features: string[];
  faqs: { question?: string; answer: string }[];
  related: string[];
}

export interface ProductHit {
  productId: string;
  title: string;
  brand: string | null;
  category: string | null;
  priceFrom: number;
  priceTo: number;
  currency: string;
  inStock: boolean;
  matched: { kind: string; text: string };
}

export interface DocumentHit {
  documentTitle: string;
  /** The heading of the section the passage sits under ("What is your return policy?"). */
  section?: string;
  passage: string;
}

export type SearchHit = ProductHit | DocumentHit;

export function isProductHit(hit: SearchHit): hit is ProductHit {
  return 'productId' in hit;
}

export interface PriceListing {
  products: ProductListing[];
  nothingInRange?: boolean;
  matchingProductsPriceRange?: { min: number; max: number; count: number; currency: string } | null;
}

export interface AvailabilityVariant {
  variantId: string;
  title: string;
  options: Record<string, string>;
  price: number;
  inventory: number | null;
  available: boolean;
}

export interface Availability {
  productId: string;
  title: string;
  matchingVariants: AvailabilityVariant[];
  noVariantMatches?: string;
}

export type OfferReply = { granted: true; offer: Offer; note: string | null } | { granted: false; reason: string };

export type CartReply =
  | { created: true; total: number; currency: string; lines: { productId: string; variantId: string; title: string; quantity: number; unitPrice: number }[]; offerCode: string | null }
  | { created: false; reason: string };

export type BookingReply = { available: true; url: string } | { available: false; reason: string };

/** Runs a tool and hands back its data, or null when it failed (the composer then says it will check). */
async function call<T>(tool: Tool, args: unknown, context: TurnContext): Promise<T | null> {
  const result = await runTool(tool, args, context);
  return result.ok ? (result.data as T) : null;
}

/** The shared tools with typed results, plus a per-turn cache of product details. */
export class ComposerTools {
  private readonly details = new Map<string, ProductDetails | null>();

  constructor(readonly context: TurnContext) {}

  async search(args: { query: string; maxPrice?: number; minPrice?: number; category?: string; inStockOnly?: boolean; storePagesOnly?: boolean; limit?: number }): Promise<SearchHit[]> {
    const query = args.query.trim().slice(0, 300);
    if (!query) return [];
    const data = await call<{ results: SearchHit[] }>(searchProducts as Tool, { ...args, query }, this.context);
    return data?.results ?? [];
  }

  /** Searches left this turn (the tool allows a few, and refuses a repeated query). */
  get searchesLeft(): number {
    return Math.max(0, 3 - this.context.searches.length);
  }

  async listByPrice(args: {
    matching?: string;
    category?: string;
    minPrice?: number;
    maxPrice?: number;
    order?: 'cheapest-first' | 'most-expensive-first';
    inStockOnly?: boolean;
    limit?: number;
  }): Promise<PriceListing | null> {
    return call<PriceListing>(findProductsByPrice as Tool, args, this.context);
  }

  async product(productId: string): Promise<ProductDetails | null> {
    if (this.details.has(productId)) return this.details.get(productId)!;
    const data = await call<ProductDetails>(getProductDetails as Tool, { productId }, this.context);
    this.details.set(productId, data);
    return data;
  }

  async compare(productIds: string[]): Promise<ProductDetails[] | null> {
    const data = await call<{ products: ProductDetails[] }>(compareProducts as Tool, { productIds }, this.context);
    for (const product of data?.products ?? []) this.details.set(product.productId, product);
    return data?.products ?? null;
  }

  async availability(productId: string, optionValues: string[] = []): Promise<Availability | null> {
    return call<Availability>(checkAvailability as Tool, { productId, optionValues: optionValues.slice(0, 4) }, this.context);
  }

  async complementary(productId: string): Promise<{ productId: string; pairsWellWith: Omit<ProductHit, 'matched'>[] } | null> {
    return call(getComplementaryProducts as Tool, { productId }, this.context);
  }

  async createOffer(args: { productId: string; variantId?: string; requestedPercent?: number }): Promise<OfferReply | null> {
    return call<OfferReply>(createOffer as Tool, args, this.context);
  }

  async cartLink(args: { lines: { productId: string; variantId: string; quantity: number }[]; offerCode?: string }): Promise<CartReply | null> {
    return call<CartReply>(buildCartLink as Tool, args, this.context);
  }

  async requestHuman(reason: string): Promise<boolean> {
    return (await call<{ queued: boolean }>(requestHuman as Tool, { reason: reason.slice(0, 300) }, this.context)) !== null;
  }

  async booking(): Promise<BookingReply | null> {
    return call<BookingReply>(bookConsultation as Tool, {}, this.context);
  }
}
