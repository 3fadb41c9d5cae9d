import type { CartLine } from '../../core/index.ts';

export interface CartRequest {
  sessionId: string;
  participantId: string;
  /** Absolute quantities per variant; products and variants are opaque ids, never names. */
  lines: { productId: string; variantId: string; quantity: number }[];
  offerCode?: string;
}

export type CartResult =
  | {
      ok: true;
      url: string;
      lines: CartLine[];
      total: number;
      currency: string;
      /** The offer applied to the total; null when none was. */
      offerCode: string | null;
      /** Why a requested offer code was not applied (expired, used, not for these items), for the shopper. */
      offerNotice?: string;
    }
  | { ok: false; reason: string };

/** Turns a cart into a link the shopper can pay at: the built-in checkout or a Shopify cart permalink. */
export interface Commerce {
  createCartLink(request: CartRequest): Promise<CartResult>;
}
