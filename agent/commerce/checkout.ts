import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { AppError, type Order } from '../../core/index.ts';
import type { Database, Queryable } from '../../knowledge/index.ts';
import type { OfferEngine } from '../offers/offer-engine.ts';
import type { CartLinkPayload, CartLinkSigner } from './cart-link-signer.ts';
import { priceCart, withoutOffer } from './cart-pricing.ts';
import { getOrderByIdempotencyKey, getOrder } from './orders.ts';

export interface PlaceOrderRequest {
  /** The `cart` parameter of a built-in checkout link. */
  token: string;
  /** Chosen by the checkout page once per attempt: a retried or double-clicked submit places one order. */
  idempotencyKey: string;
}

export type PlaceOrderResult =
  | { ok: true; order: Order; /** true when this key had already placed the order */ replayed: boolean }
  | { ok: false; reason: string };

/** The offer side of checkout: the engine's clock judges expiry, its `redeem` runs in our transaction. */
export type OfferRedeemer = Pick<OfferEngine, 'clock' | 'redeem'>;

/** Thrown inside the transaction to undo it when stock ran out between pricing and writing. */
class StockGone extends Error {}

/**
 * Places the order of a signed cart link. Prices come from the database, never from the link;
 * in one transaction: stock is re-checked and decremented, the offer redeemed (only if still
 * valid) and the order inserted. The same idempotency key returns the same order.
 */
export async function placeOrder(
  db: Database,
  signer: CartLinkSigner,
  offers: OfferRedeemer,
  request: PlaceOrderRequest,
  options: { randomBytes?: (size: number) => Buffer } = {},
): Promise<PlaceOrderResult> {
  const idempotencyKey = typeof request.idempotencyKey === 'string' ? request.idempotencyKey.trim() : '';
  if (!idempotencyKey || idempotencyKey.length > 200) {
    throw new AppError('invalid-input', 'An order needs an idempotency key of 1 to 200 characters.');
  }
  const verification = signer.verify(request.token);
  if (!verification.ok) throw new AppError('forbidden', verification.message);
  const cart = verification.payload;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;

  try {
    return await db.transaction(async (tx) => {
      // Two submits with one key wait for each other; the second finds the first's order.
      await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`vitrine:order:${idempotencyKey}`]);
      const existing = await getOrderByIdempotencyKey(tx, idempotencyKey);
      if (existing) return replay(existing, cart);

      const now = offers.clock();
      const pricing = await priceCart(tx, cart, { now, lockRows: true });
      if (!pricing.ok) return pricing;
      let priced = pricing.cart;
      const orderId = `ord_${randomBytes(10).toString('hex')}`;

      for (const line of priced.lines) {
        // Untracked stock (null) stays null; tracked stock must still cover the quantity.
        const { rows } = await tx.query(
          `update variants set inventory = inventory - $3
           where product_id = $1 and id = $2 and (inventory is null or inventory >= $3)
           returning id`,
          [line.productId, line.variantId, line.quantity],
        );
        if (rows.length === 0) throw new StockGone(`${line.title} sold out while the order was being placed.`);
      }
      await refreshProductStock(tx, [...new Set(priced.lines.map((line) => line.productId))]);

      if (priced.offerCode) {
        const redemption = await offers.redeem(priced.offerCode, { orderId, participantId: cart.participantId }, tx);
        if (!redemption.redeemed) priced = withoutOffer(priced, redemption.reason);
      }

      await tx.query(
        `insert into orders (id, session_id, participant_id, lines, subtotal, discount, total, currency, offer_code,
                             idempotency_key, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          orderId,
          cart.sessionId,
          cart.participantId,
          JSON.stringify(priced.lines),
          priced.subtotal,
          priced.discount,
          priced.total,
          priced.currency,
          priced.presentedOffer?.code ?? null,
          idempotencyKey,
          now.toISOString(),
        ],
      );
      return { ok: true as const, order: (await getOrder(tx, orderId))!, replayed: false };
    });
  } catch (error) {
    if (error instanceof StockGone) return { ok: false, reason: error.message };
    throw error;
  }
}

/** What a checkout link would charge now (the checkout page shows it before the order): prices from the database. */
export async function previewCart(db: Queryable, signer: CartLinkSigner, now: Date, token: string) {
  const verification = signer.verify(token);
  if (!verification.ok) throw new AppError('forbidden', verification.message);
  const pricing = await priceCart(db, verification.payload, { now });
  if (!pricing.ok) return pricing;
  const { presentedOffer: _presented, ...cart } = pricing.cart;
  return { ok: true as const, cart: { ...cart, sessionId: verification.payload.sessionId, participantId: verification.payload.participantId } };
}

function replay(order: Order, cart: CartLinkPayload): PlaceOrderResult {
  const sameCart =
    order.sessionId === cart.sessionId &&
    order.participantId === cart.participantId &&
    JSON.stringify(order.lines.map((line) => [line.productId, line.variantId, line.quantity])) ===
      JSON.stringify(cart.lines.map((line) => [line.productId.trim(), line.variantId.trim(), line.quantity]));
  if (!sameCart) throw new AppError('conflict', 'This idempotency key was already used for a different order; send a new key.');
  return { ok: true, order, replayed: true };
}

/** Keeps the product rows' stock summary (listings, "in stock" filters) in step with the variants. */
async function refreshProductStock(tx: Queryable, productIds: string[]): Promise<void> {
  await tx.query(
    `update products p set stock = s.stock, in_stock = (s.stock is null or s.stock > 0)
     from (select product_id,
                  case when count(inventory) = 0 then null else sum(greatest(inventory, 0))::int end as stock
           from variants where product_id = any($1::text[]) group by product_id) s
     where p.id = s.product_id`,
    [productIds],
  );
}
