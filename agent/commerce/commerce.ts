import type { CartLink } from '../../core/index.ts';

export interface CartRequest {
  sessionId: string;
  participantId: string;
  /** Absolute quantities per variant; products and variants are opaque ids, never names. */
  lines: { productId: string; variantId: string; quantity: number }[];
  offerCode?: string;
}

/** The cart link, or why the cart cannot be bought (a sentence for the shopper). */
export type CartResult = ({ ok: true } & CartLink) | { ok: false; reason: string };

/** Turns a cart into a link the shopper can pay at: the built-in checkout or a Shopify cart permalink. */
export interface Commerce {
  createCartLink(request: CartRequest): Promise<CartResult>;
}
