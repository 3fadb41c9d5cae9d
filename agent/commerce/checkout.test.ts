import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import type { Database } from '../../knowledge/index.ts';
import { OfferEngine } from '../offers/offer-engine.ts';
import { ManualClock, openOfferTestStore, resetCommerceState } from '../offers/offer-test-store.ts';
import { BuiltInCheckout } from './built-in-checkout.ts';
import { CartLinkSigner } from './cart-link-signer.ts';
import { placeOrder, type PlaceOrderResult } from './checkout.ts';
import type { CartRequest } from './commerce.ts';
import { getOrder, listRecentOrders } from './orders.ts';

let db: Database;
let clock: ManualClock;
let offers: OfferEngine;
let signer: CartLinkSigner;
let session: string;
let sessionCounter = 0;

beforeAll(async () => {
  db = await openOfferTestStore();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await resetCommerceState(db);
  clock = new ManualClock();
  offers = new OfferEngine({ db, clock: clock.now });
  signer = new CartLinkSigner('checkout-test-secret-0123456789abcdef', { clock: clock.now });
  session = `show-${++sessionCounter}`;
});

async function cartToken(request: Omit<CartRequest, 'sessionId'>): Promise<string> {
  const result = await new BuiltInCheckout({ db, signer, clock: clock.now, publicUrl: 'http://localhost:3000' }).createCartLink({
    sessionId: session,
    ...request,
  });
  if (!result.ok) throw new Error(result.reason);
  return new URL(result.url).searchParams.get('cart')!;
}

async function grantOffer(participantId: string, productId: string) {
  const decision = await offers.request({ sessionId: session, participantId, productId });
  if (!decision.granted) throw new Error(decision.reason);
  return decision.offer;
}

function placed(result: PlaceOrderResult) {
  if (!result.ok) throw new Error(`expected an order, got: ${result.reason}`);
  return result;
}

async function inventory(productId: string, variantId: string): Promise<number | null> {
  const { rows } = await db.query<{ inventory: number | null }>('select inventory from variants where product_id = $1 and id = $2', [productId, variantId]);
  return rows[0]!.inventory;
}

async function orderCount(): Promise<number> {
  const { rows } = await db.query<{ count: number }>('select count(*)::int as count from orders');
  return rows[0]!.count;
}

describe('placeOrder', () => {
  it('records the order, applies and redeems the offer and takes the units out of stock', async () => {
    const offer = await grantOffer('ann', 'trail-runner');
    const token = await cartToken({
      participantId: 'ann',
      lines: [
        { productId: 'trail-runner', variantId: 'tr-40', quantity: 2 },
        { productId: 'sport-buds', variantId: 'sb', quantity: 1 },
      ],
      offerCode: offer.code,
    });
    clock.advance(60_000);
    const { order, replayed } = placed(await placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }, { randomBytes: () => Buffer.alloc(10, 0xab) }));
    expect(replayed).toBe(false);
    expect(order).toEqual({
      id: 'ord_abababababababababab',
      sessionId: session,
      participantId: 'ann',
      lines: [
        { productId: 'trail-runner', variantId: 'tr-40', title: 'Trail Runner GTX (EU 40)', quantity: 2, unitPrice: 139, discount: 13.9, total: 264.1 },
        { productId: 'sport-buds', variantId: 'sb', title: 'SportBuds Wireless Earbuds', quantity: 1, unitPrice: 79, discount: 0, total: 79 },
      ],
      subtotal: 357,
      discount: 13.9,
      total: 343.1,
      currency: 'USD',
      offerCode: offer.code,
      offerApplied: true,
      offerNotice: null,
      idempotencyKey: 'key-1',
      createdAt: '2025-06-01T18:01:00.000Z',
    });
    expect(await offers.getOffer(offer.code)).toMatchObject({ orderId: order.id, redeemedAt: '2025-06-01T18:01:00.000Z' });
    expect(await inventory('trail-runner', 'tr-40')).toBe(2);
    expect(await inventory('sport-buds', 'sb')).toBe(24);
    const { rows } = await db.query<{ stock: number; in_stock: boolean }>(`select stock, in_stock from products where id = 'trail-runner'`);
    expect(rows[0]).toEqual({ stock: 2, in_stock: true });
    expect(await getOrder(db, order.id)).toEqual(order);
    expect(await listRecentOrders(db, session)).toEqual([order]);
    expect(await listRecentOrders(db, 'another-show')).toEqual([]);
  });

  it('places one order per idempotency key, however often it is submitted', async () => {
    const token = await cartToken({ participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 3 }] });
    const first = placed(await placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }));
    const [again, concurrent] = await Promise.all([
      placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }),
      placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }),
    ]);
    expect(placed(again)).toEqual({ ok: true, order: first.order, replayed: true });
    expect(placed(concurrent).order.id).toBe(first.order.id);
    expect(await orderCount()).toBe(1);
    expect(await inventory('sport-buds', 'sb')).toBe(22);
    const otherCart = await cartToken({ participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 1 }] });
    await expect(placeOrder(db, signer, offers, { token: otherCart, idempotencyKey: 'key-1' })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('refuses a tampered or foreign token with a clear forbidden error', async () => {
    const token = await cartToken({ participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 1 }] });
    const [payload, signature] = token.split('.') as [string, string];
    const cheaper = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"quantity":1', '"quantity":9')).toString('base64url');
    const error = await placeOrder(db, signer, offers, { token: `${cheaper}.${signature}`, idempotencyKey: 'key-1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('changed after it was made') });
    const foreign = new CartLinkSigner('another-secret-entirely-0123456789abcdef', { clock: clock.now });
    await expect(placeOrder(db, foreign, offers, { token, idempotencyKey: 'key-2' })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(placeOrder(db, signer, offers, { token, idempotencyKey: ' ' })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(await orderCount()).toBe(0);
  });

  it('does not apply an offer that expired before checkout, and the order says so', async () => {
    const offer = await grantOffer('ann', 'sport-buds');
    const token = await cartToken({ participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 1 }], offerCode: offer.code });
    clock.advance(20 * 60_000);
    const { order } = placed(await placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }));
    expect(order).toMatchObject({ total: 79, discount: 0, offerCode: offer.code, offerApplied: false });
    expect(order.offerNotice).toContain('expired');
    expect(await offers.getOffer(offer.code)).toMatchObject({ redeemedAt: null, orderId: null });
    expect((await getOrder(db, order.id))?.offerNotice).toBe(order.offerNotice);
  });

  it('redeems an offer for one order only when two carry it', async () => {
    const offer = await grantOffer('ann', 'sport-buds');
    const token = await cartToken({ participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 1 }], offerCode: offer.code });
    const results = await Promise.all(['key-1', 'key-2'].map((idempotencyKey) => placeOrder(db, signer, offers, { token, idempotencyKey })));
    const orders = results.map((result) => placed(result).order);
    expect(orders.map((order) => order.total).sort()).toEqual([71.1, 79]);
    const second = orders.find((order) => !order.offerApplied)!;
    expect(second.offerNotice).toContain('already been used');
  });

  it('re-reads prices and stock at checkout', async () => {
    const token = await cartToken({ participantId: 'ann', lines: [{ productId: 'trail-runner', variantId: 'tr-40', quantity: 3 }] });
    await db.query(`update variants set price = 149 where product_id = 'trail-runner' and id = 'tr-40'`);
    const { order } = placed(await placeOrder(db, signer, offers, { token, idempotencyKey: 'key-1' }));
    expect(order.total).toBe(447);
    const result = await placeOrder(db, signer, offers, { token: await cartToken({ participantId: 'bob', lines: [{ productId: 'trail-runner', variantId: 'tr-40', quantity: 1 }] }), idempotencyKey: 'key-2' });
    expect(placed(result).order.total).toBe(149);
    // Sold out now: the link made earlier cannot take what is gone.
    const late = await placeOrder(db, signer, offers, { token, idempotencyKey: 'key-3' });
    expect(late).toEqual({ ok: false, reason: 'Trail Runner GTX (EU 40) is sold out right now.' });
    expect(await inventory('trail-runner', 'tr-40')).toBe(0);
    const { rows } = await db.query<{ stock: number; in_stock: boolean }>(`select stock, in_stock from products where id = 'trail-runner'`);
    expect(rows[0]).toEqual({ stock: 0, in_stock: false });
  });
});
