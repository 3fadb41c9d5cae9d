import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../knowledge/index.ts';
import { offerCodePattern } from './offer-code.ts';
import type { OfferDecision } from './offer-decision.ts';
import { OfferEngine } from './offer-engine.ts';
import { upsertOfferPolicy } from './offer-policy-repository.ts';
import { ManualClock, openOfferTestStore, resetCommerceState } from './offer-test-store.ts';

let db: Database;
let clock: ManualClock;
let engine: OfferEngine;
let sessionCounter = 0;
let session: string;

beforeAll(async () => {
  db = await openOfferTestStore();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await resetCommerceState(db);
  clock = new ManualClock();
  engine = new OfferEngine({ db, clock: clock.now });
  session = `show-${++sessionCounter}`;
});

function granted(decision: OfferDecision) {
  if (!decision.granted) throw new Error(`expected an offer, got a refusal: ${decision.reason}`);
  return decision;
}

function refused(decision: OfferDecision) {
  if (decision.granted) throw new Error(`expected a refusal, got ${decision.offer.code}`);
  return decision;
}

describe('OfferEngine with the default policy', () => {
  it('grants 10% off one item, valid for exactly 15 minutes', async () => {
    const decision = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    expect(decision.offer).toEqual({
      code: expect.stringMatching(offerCodePattern),
      productId: 'sport-buds',
      variantId: null,
      discountPercent: 10,
      unitPrice: 79,
      offerPrice: 71.1,
      currency: 'USD',
      expiresAt: '2025-06-01T18:15:00.000Z',
    });
    expect(decision.note).toBeNull();
    const stored = await engine.getOffer(decision.offer.code.toLowerCase());
    expect(stored).toMatchObject({ sessionId: session, participantId: 'ann', policyId: null, createdAt: '2025-06-01T18:00:00.000Z' });
  });

  it('prices a variant offer from that variant and accepts ids quoted back by the model', async () => {
    const decision = granted(
      await engine.request({ sessionId: session, participantId: 'ann', productId: ' <trail-runner> ', variantId: '"tr-40"', requestedPercent: 5 }),
    );
    expect(decision.offer).toMatchObject({ productId: 'trail-runner', variantId: 'tr-40', discountPercent: 5, unitPrice: 139, offerPrice: 132.05 });
  });

  it('grants at most the maximum when more is asked, and says so in a note', async () => {
    const decision = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'silk-scarf', requestedPercent: 50 }));
    expect(decision.offer.discountPercent).toBe(10);
    expect(decision.offer.offerPrice).toBe(162);
    expect(decision.note).toContain('50%');
    expect(decision.note).toContain('10%');
  });

  it('refuses a second offer to the same viewer in the session without revealing internals', async () => {
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    clock.advance(3 * 60_000);
    const second = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'silk-scarf' }));
    expect(second.rule).toBe('viewer-limit');
    expect(second.reason).toBe("I've already given you this show's offer — it's still yours for another 12 minutes.");
    expect(second.reason).not.toMatch(/LIVE-|budget|limit|policy/i);
    // Another viewer, and the same viewer in another show, are unaffected.
    granted(await engine.request({ sessionId: session, participantId: 'bob', productId: 'silk-scarf' }));
    granted(await engine.request({ sessionId: `${session}-next`, participantId: 'ann', productId: 'silk-scarf' }));
  });

  it('counts expired offers toward the limit: letting one lapse does not earn another', async () => {
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    clock.advance(16 * 60_000);
    const again = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    expect(again.rule).toBe('viewer-limit');
    expect(again.reason).toContain('expired');
  });

  it('grants exactly one offer when one viewer asks many times at once', async () => {
    const decisions = await Promise.all(
      Array.from({ length: 5 }, () => engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' })),
    );
    expect(decisions.filter((decision) => decision.granted)).toHaveLength(1);
    expect(await engine.listSessionOffers(session)).toHaveLength(1);
  });

  it('refuses a sold-out variant and a sold-out product (min stock 1)', async () => {
    const variant = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner', variantId: 'tr-42' }));
    expect(variant).toMatchObject({ rule: 'min-stock', reason: 'Trail Runner GTX in EU 42 is sold out right now, so I can\'t make an offer on it.' });
    const product = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'espresso-cups' }));
    expect(product.rule).toBe('min-stock');
    // The product as a whole has stock (EU 40): an offer without a variant is fine.
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner' }));
  });

  it('refuses unknown products and variants', async () => {
    const product = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'no-such-thing' }));
    expect(product.rule).toBe('not-found');
    const variant = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner', variantId: 'sb' }));
    expect(variant.rule).toBe('not-found');
    expect(variant.reason).toContain('Trail Runner GTX');
    expect(await engine.listSessionOffers(session)).toEqual([]);
  });
});

describe('OfferEngine with configured policies', () => {
  it('uses the most specific policy: product over category over brand over store', async () => {
    await upsertOfferPolicy(db, { scope: 'store', settings: { maxDiscountPercent: 5 } });
    await upsertOfferPolicy(db, { scope: 'brand', target: 'NORTHPEAK', settings: { maxDiscountPercent: 15 } });
    await upsertOfferPolicy(db, { scope: 'category', target: 'Shoes', settings: { maxDiscountPercent: 20 } });
    await upsertOfferPolicy(db, { scope: 'product', target: 'trail-runner', settings: { maxDiscountPercent: 25, expiryMinutes: 60 } });
    const shoe = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner', requestedPercent: 40 }));
    expect(shoe.offer).toMatchObject({ discountPercent: 25, offerPrice: 104.25, expiresAt: '2025-06-01T19:00:00.000Z' });
    expect((await engine.getOffer(shoe.offer.code))?.policyId).toBe('product:trail-runner');
    const scarf = granted(await engine.request({ sessionId: session, participantId: 'bob', productId: 'silk-scarf', requestedPercent: 40 }));
    expect(scarf.offer.discountPercent).toBe(5);
  });

  it('perViewerLimit 0 disables offers', async () => {
    await upsertOfferPolicy(db, { scope: 'category', target: 'audio', settings: { perViewerLimit: 0 } });
    const decision = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    expect(decision.rule).toBe('disabled');
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'silk-scarf' }));
  });

  it('allows several offers per viewer when the policy says so', async () => {
    await upsertOfferPolicy(db, { scope: 'store', settings: { perViewerLimit: 2 } });
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'silk-scarf' }));
    expect(refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'night-cream' })).rule).toBe('viewer-limit');
  });

  it('stops when the per-show budget is spent, without naming it, and frees what expired unused', async () => {
    await upsertOfferPolicy(db, { scope: 'store', settings: { perShowBudget: 20 } });
    // 10% of 79 = 7.90 each: two fit in 20, a third does not.
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    granted(await engine.request({ sessionId: session, participantId: 'bob', productId: 'sport-buds' }));
    const third = refused(await engine.request({ sessionId: session, participantId: 'cy', productId: 'sport-buds' }));
    expect(third.rule).toBe('budget');
    expect(third.reason).not.toMatch(/\d/);
    // Even a smaller one (5.40 off the night cream) would pass the budget: 15.80 + 5.40 > 20.
    expect(refused(await engine.request({ sessionId: session, participantId: 'cy', productId: 'night-cream' })).rule).toBe('budget');
    // Another show has its own budget.
    granted(await engine.request({ sessionId: `${session}-b`, participantId: 'cy', productId: 'sport-buds' }));
    // Unused offers that expired give their share back.
    clock.advance(15 * 60_000);
    granted(await engine.request({ sessionId: session, participantId: 'cy', productId: 'sport-buds' }));
  });

  it('counts redeemed offers against the budget even after they expire', async () => {
    await upsertOfferPolicy(db, { scope: 'store', settings: { perShowBudget: 10 } });
    const first = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    expect(await engine.redeem(first.offer.code, { orderId: 'ord_1', participantId: 'ann' })).toMatchObject({ redeemed: true });
    clock.advance(60 * 60_000);
    expect(refused(await engine.request({ sessionId: session, participantId: 'bob', productId: 'sport-buds' })).rule).toBe('budget');
  });

  it('applies a min-stock threshold above one, and none at zero', async () => {
    await upsertOfferPolicy(db, { scope: 'product', target: 'trail-runner', settings: { minStock: 5 } });
    const low = refused(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner', variantId: 'tr-40' }));
    expect(low.rule).toBe('min-stock');
    expect(low.reason).toBe("Trail Runner GTX in EU 40 is nearly sold out, so I can't add an offer on it — it's still available at the regular price.");
    await upsertOfferPolicy(db, { scope: 'product', target: 'trail-runner', settings: { minStock: 0 } });
    granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'trail-runner', variantId: 'tr-42' }));
  });
});

describe('offer codes', () => {
  it('are unique and human-friendly', async () => {
    const codes = new Set<string>();
    for (let index = 0; index < 30; index++) {
      const decision = granted(await engine.request({ sessionId: session, participantId: `viewer-${index}`, productId: 'night-cream' }));
      expect(decision.offer.code).toMatch(offerCodePattern);
      expect(decision.offer.code.slice(5)).not.toMatch(/[01IO]/);
      codes.add(decision.offer.code);
    }
    expect(codes.size).toBe(30);
  });

  it('are retried when the random source repeats a code', async () => {
    const repeated = Buffer.from([1, 2, 3, 4, 5, 6]);
    const sequence = [repeated, repeated, repeated, randomBytes(6)];
    const unlucky = new OfferEngine({ db, clock: clock.now, randomBytes: () => sequence.shift() ?? randomBytes(6) });
    const first = granted(await unlucky.request({ sessionId: session, participantId: 'ann', productId: 'night-cream' }));
    const second = granted(await unlucky.request({ sessionId: session, participantId: 'bob', productId: 'night-cream' }));
    expect(first.offer.code).toBe('LIVE-345678');
    expect(second.offer.code).not.toBe(first.offer.code);
  });
});

describe('redeeming offers', () => {
  it('works once, for the owner, before expiry', async () => {
    const { offer } = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    expect(await engine.redeem(offer.code, { orderId: 'ord_a', participantId: 'bob' })).toMatchObject({ redeemed: false, rule: 'wrong-participant' });
    const first = await engine.redeem(` ${offer.code.toLowerCase()} `, { orderId: 'ord_a', participantId: 'ann' });
    expect(first).toMatchObject({ redeemed: true, offer: { code: offer.code, orderId: 'ord_a', redeemedAt: '2025-06-01T18:00:00.000Z' } });
    expect(await engine.redeem(offer.code, { orderId: 'ord_b', participantId: 'ann' })).toMatchObject({ redeemed: false, rule: 'already-redeemed' });
    expect((await engine.getOffer(offer.code))?.orderId).toBe('ord_a');
  });

  it('refuses an expired or unknown offer', async () => {
    const { offer } = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    clock.advance(15 * 60_000);
    expect(await engine.redeem(offer.code, { orderId: 'ord_a', participantId: 'ann' })).toMatchObject({ redeemed: false, rule: 'expired' });
    expect(await engine.redeem('LIVE-ZZZZZZ', { orderId: 'ord_a', participantId: 'ann' })).toMatchObject({ redeemed: false, rule: 'not-found' });
  });

  it('lets exactly one of two simultaneous orders redeem', async () => {
    const { offer } = granted(await engine.request({ sessionId: session, participantId: 'ann', productId: 'sport-buds' }));
    const results = await Promise.all(
      ['ord_a', 'ord_b'].map((orderId) => db.transaction((tx) => engine.redeem(offer.code, { orderId, participantId: 'ann' }, tx))),
    );
    expect(results.filter((result) => result.redeemed)).toHaveLength(1);
  });
});
