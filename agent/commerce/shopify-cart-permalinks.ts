import { AppError } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { cartResult } from './built-in-checkout.ts';
import { priceCart } from './cart-pricing.ts';
import type { CartRequest, CartResult, Commerce } from './commerce.ts';

export interface ShopifyCartPermalinksDependencies {
  db: Queryable;
  clock: () => Date;
  /** The shop's domain, e.g. my-store.myshopify.com. */
  storeDomain: string;
}

/**
 * Cart links as Shopify cart permalinks: `https://STORE/cart/VARIANT:QTY,...?discount=CODE`.
 *
 * - Variant ids must be Shopify's numeric variant ids (or `gid://shopify/ProductVariant/<n>`):
 *   a catalog imported from a Shopify product CSV export has SKUs instead and cannot make these links.
 * - Shopify applies `?discount=` only if a discount with that exact code exists in the Shopify
 *   admin: offer codes must be mirrored there for the shown total to be what Shopify charges.
 * - The cart is validated and totalled here exactly like the built-in checkout; Shopify does the
 *   payment, its own stock check and the order.
 */
export class ShopifyCartPermalinks implements Commerce {
  private readonly storeDomain: string;

  constructor(private readonly deps: ShopifyCartPermalinksDependencies) {
    this.storeDomain = deps.storeDomain
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  }

  async createCartLink(request: CartRequest): Promise<CartResult> {
    const pricing = await priceCart(this.deps.db, request, { now: this.deps.clock() });
    if (!pricing.ok) return pricing;
    const { cart } = pricing;
    const items = cart.lines.map((line) => `${shopifyVariantNumber(line.productId, line.variantId)}:${line.quantity}`);
    const discount = cart.offerCode ? `?discount=${encodeURIComponent(cart.offerCode)}` : '';
    return cartResult(`https://${this.storeDomain}/cart/${items.join(',')}${discount}`, cart);
  }
}

/** The numeric id Shopify's permalinks need; anything else is a catalog set-up problem, not the shopper's. */
export function shopifyVariantNumber(productId: string, variantId: string): string {
  const numeric = /^(?:gid:\/\/shopify\/ProductVariant\/)?(\d+)$/.exec(variantId);
  if (!numeric) {
    throw new AppError(
      'unavailable',
      `Variant "${variantId}" of product "${productId}" has no numeric Shopify variant id, which Shopify cart links need. ` +
        'Import the catalog with Shopify variant ids (e.g. from the Admin API), or unset SHOPIFY_STORE_DOMAIN to use the built-in checkout.',
    );
  }
  return numeric[1]!;
}
