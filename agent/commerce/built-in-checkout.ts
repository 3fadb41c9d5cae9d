import type { Queryable } from '../../knowledge/index.ts';
import type { CartLinkSigner } from './cart-link-signer.ts';
import { type PricedCart, priceCart, toCartLines } from './cart-pricing.ts';
import type { CartRequest, CartResult, Commerce } from './commerce.ts';

export interface BuiltInCheckoutDependencies {
  db: Queryable;
  signer: CartLinkSigner;
  clock: () => Date;
  /** Base of the links sent to shoppers, e.g. https://shop.example.com (no trailing slash needed). */
  publicUrl: string;
}

/**
 * vitrine's own demo checkout: the link carries a signed cart (items, quantities, offer code);
 * prices are read from the database again when the order is placed.
 */
export class BuiltInCheckout implements Commerce {
  constructor(private readonly deps: BuiltInCheckoutDependencies) {}

  async createCartLink(request: CartRequest): Promise<CartResult> {
    const pricing = await priceCart(this.deps.db, request, { now: this.deps.clock() });
    if (!pricing.ok) return pricing;
    const { cart } = pricing;
    const token = this.deps.signer.sign({
      sessionId: request.sessionId.trim(),
      participantId: request.participantId.trim(),
      lines: cart.lines.map(({ productId, variantId, quantity }) => ({ productId, variantId, quantity })),
      offerCode: cart.offerCode,
    });
    return cartResult(`${this.deps.publicUrl.replace(/\/+$/, '')}/checkout?cart=${token}`, cart);
  }
}

export function cartResult(url: string, cart: PricedCart): CartResult {
  return {
    ok: true,
    url,
    lines: toCartLines(cart.lines),
    total: cart.total,
    currency: cart.currency,
    offerCode: cart.offerCode,
    ...(cart.offerNotice ? { offerNotice: cart.offerNotice } : {}),
  };
}
