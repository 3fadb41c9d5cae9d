import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, loadConfig } from '../../core/index.ts';
import { type Database, HashingEmbeddingModel, writeCatalog } from '../../knowledge/index.ts';
import { OfferEngine } from '../offers/offer-engine.ts';
import { ManualClock, openOfferTestStore, resetCommerceState } from '../offers/offer-test-store.ts';
import { BuiltInCheckout } from './built-in-checkout.ts';
import { CartLinkSigner } from './cart-link-signer.ts';
import type { CartResult } from './commerce.ts';
import { createCommerce } from './create-commerce.ts';
import { ShopifyCartPermalinks } from './shopify-cart-permalinks.ts';
import { loadOrCreateSecret } from './signing-secret.ts';

let db: Database;
let clock: ManualClock;
let offers: OfferEngine;
let signer: CartLinkSigner;
let checkout: BuiltInCheckout;
let session: string;
let sessionCounter = 0;
const secret = 'commerce-test-secret-0123456789abcdef';

beforeAll(async () => {
  db = await openOfferTestStore();
  // A product as a Shopify store knows it: numeric variant ids.
  await writeCatalog(db, new HashingEmbeddingModel(), {
    products: [
      {
        id: 'linen-shirt',
        title: 'Linen Shirt',
        description: 'A breezy linen shirt.',
        tags: [],
        currency: 'USD',
        variants: [
          { id: '44512345678901', title: 'M', options: { Size: 'M' }, price: 65, inventory: 10 },
          { id: 'gid://shopify/ProductVariant/44512345678902', title: 'L', options: { Size: 'L' }, price: 65, inventory: null },
        ],
        images: [],
        attributes: {},
        features: [],
        reviews: [],
        faqs: [],
        related: [],
      },
    ],
    documents: [],
  });
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await resetCommerceState(db);
  clock = new ManualClock();
  offers = new OfferEngine({ db, clock: clock.now });
  signer = new CartLinkSigner(secret, { clock: clock.now });
  checkout = new BuiltInCheckout({ db, signer, clock: clock.now, publicUrl: 'https://shop.example.com/' });
  session = `show-${++sessionCounter}`;
});

function created(result: CartResult) {
  if (!result.ok) throw new Error(`expected a cart link, got: ${result.reason}`);
  return result;
}

function refusal(result: CartResult): string {
  if (result.ok) throw new Error(`expected a refusal, got ${result.url}`);
  return result.reason;
}

async function grantOffer(participantId: string, productId: string) {
  const decision = await offers.request({ sessionId: session, participantId, productId });
  if (!decision.granted) throw new Error(decision.reason);
  return decision.offer;
}

describe('BuiltInCheckout', () => {
  it('prices the cart from the database and links to a signed checkout', async () => {
    const result = created(
      await checkout.createCartLink({
        sessionId: session,
        participantId: 'ann',
        lines: [
          { productId: '<trail-runner>', variantId: 'tr-40', quantity: 2 },
          // A price slipped in by a caller is ignored: prices come from the catalog.
          { productId: 'sport-buds', variantId: '"sb"', quantity: 1, unitPrice: 1 } as never,
        ],
      }),
    );
    expect(result.lines).toEqual([
      { productId: 'trail-runner', variantId: 'tr-40', title: 'Trail Runner GTX (EU 40)', quantity: 2, unitPrice: 139 },
      { productId: 'sport-buds', variantId: 'sb', title: 'SportBuds Wireless Earbuds', quantity: 1, unitPrice: 79 },
    ]);
    expect(result).toMatchObject({ total: 357, currency: 'USD', offerCode: null });
    expect(result.offerNotice).toBeUndefined();
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.example.com/checkout');
    expect(signer.verify(url.searchParams.get('cart')!)).toEqual({
      ok: true,
      payload: {
        v: 1,
        sessionId: session,
        participantId: 'ann',
        lines: [
          { productId: 'trail-runner', variantId: 'tr-40', quantity: 2 },
          { productId: 'sport-buds', variantId: 'sb', quantity: 1 },
        ],
        offerCode: null,
        issuedAt: '2025-06-01T18:00:00.000Z',
      },
    });
  });

  it('applies the shopper’s own valid offer to one unit of its product', async () => {
    const offer = await grantOffer('ann', 'sport-buds');
    const result = created(
      await checkout.createCartLink({
        sessionId: session,
        participantId: 'ann',
        lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 2 }],
        offerCode: offer.code.toLowerCase(),
      }),
    );
    expect(result).toMatchObject({ total: 150.1, offerCode: offer.code });
    const payload = signer.verify(new URL(result.url).searchParams.get('cart')!);
    expect(payload.ok && payload.payload.offerCode).toBe(offer.code);
  });

  it('leaves out an offer that is not the shopper’s, not for these items, or expired — and says why', async () => {
    const annOffer = await grantOffer('ann', 'sport-buds');
    const line = { productId: 'sport-buds', variantId: 'sb', quantity: 1 };
    const bob = created(await checkout.createCartLink({ sessionId: session, participantId: 'bob', lines: [line], offerCode: annOffer.code }));
    expect(bob).toMatchObject({ total: 79, offerCode: null, offerNotice: expect.stringContaining("isn't one of yours") });
    const other = created(
      await checkout.createCartLink({
        sessionId: session,
        participantId: 'ann',
        lines: [{ productId: 'silk-scarf', variantId: 'ss', quantity: 1 }],
        offerCode: annOffer.code,
      }),
    );
    expect(other).toMatchObject({ total: 180, offerCode: null, offerNotice: expect.stringContaining("isn't in this cart") });
    clock.advance(15 * 60_000);
    const late = created(await checkout.createCartLink({ sessionId: session, participantId: 'ann', lines: [line], offerCode: annOffer.code }));
    expect(late).toMatchObject({ total: 79, offerCode: null, offerNotice: expect.stringContaining('expired') });
  });

  it('refuses bad quantities, missing items, foreign variants, duplicates and more than is in stock', async () => {
    const ask = (lines: { productId: string; variantId: string; quantity: number }[]) =>
      checkout.createCartLink({ sessionId: session, participantId: 'ann', lines });
    expect(refusal(await ask([]))).toContain('empty');
    for (const quantity of [0, 11, 1.5]) expect(refusal(await ask([{ productId: 'sport-buds', variantId: 'sb', quantity }]))).toContain('1 to 10');
    expect(refusal(await ask([{ productId: 'nope', variantId: 'sb', quantity: 1 }]))).toContain("isn't in our catalog");
    expect(refusal(await ask([{ productId: 'sport-buds', variantId: 'tr-40', quantity: 1 }]))).toContain('which size or colour');
    expect(
      refusal(
        await ask([
          { productId: 'sport-buds', variantId: 'sb', quantity: 1 },
          { productId: 'sport-buds', variantId: 'sb', quantity: 2 },
        ]),
      ),
    ).toContain('listed twice');
    expect(refusal(await ask([{ productId: 'trail-runner', variantId: 'tr-40', quantity: 5 }]))).toBe(
      'Only 4 of Trail Runner GTX (EU 40) are left — shall I make it 4?',
    );
    expect(refusal(await ask([{ productId: 'trail-runner', variantId: 'tr-42', quantity: 1 }]))).toBe('Trail Runner GTX (EU 42) is sold out right now.');
    created(await ask([{ productId: 'trail-runner', variantId: 'tr-40', quantity: 4 }]));
    // Untracked inventory (null) never blocks.
    created(await ask([{ productId: 'linen-shirt', variantId: 'gid://shopify/ProductVariant/44512345678902', quantity: 10 }]));
  });
});

describe('ShopifyCartPermalinks', () => {
  it('builds a cart permalink with numeric variant ids and the offer code', async () => {
    const shopify = new ShopifyCartPermalinks({ db, clock: clock.now, storeDomain: 'https://My-Store.myshopify.com/' });
    const offer = await grantOffer('ann', 'linen-shirt');
    const result = created(
      await shopify.createCartLink({
        sessionId: session,
        participantId: 'ann',
        lines: [
          { productId: 'linen-shirt', variantId: '44512345678901', quantity: 2 },
          { productId: 'linen-shirt', variantId: 'gid://shopify/ProductVariant/44512345678902', quantity: 1 },
        ],
        offerCode: offer.code,
      }),
    );
    expect(result.url).toBe(`https://my-store.myshopify.com/cart/44512345678901:2,44512345678902:1?discount=${offer.code}`);
    expect(result).toMatchObject({ total: 188.5, offerCode: offer.code });
    const plain = created(
      await shopify.createCartLink({ sessionId: session, participantId: 'bob', lines: [{ productId: 'linen-shirt', variantId: '44512345678901', quantity: 1 }] }),
    );
    expect(plain.url).toBe('https://my-store.myshopify.com/cart/44512345678901:1');
  });

  it('validates like the built-in checkout and fails loudly on non-Shopify variant ids', async () => {
    const shopify = new ShopifyCartPermalinks({ db, clock: clock.now, storeDomain: 'my-store.myshopify.com' });
    expect(
      refusal(await shopify.createCartLink({ sessionId: session, participantId: 'ann', lines: [{ productId: 'linen-shirt', variantId: '44512345678901', quantity: 11 }] })),
    ).toContain('1 to 10');
    const error = await shopify
      .createCartLink({ sessionId: session, participantId: 'ann', lines: [{ productId: 'sport-buds', variantId: 'sb', quantity: 1 }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('numeric Shopify variant id') });
  });
});

describe('createCommerce', () => {
  it('picks Shopify when a store domain is configured, else the built-in checkout', () => {
    const deps = { db, signer, clock: clock.now };
    expect(createCommerce(loadConfig({ SHOPIFY_STORE_DOMAIN: 'my-store.myshopify.com' }), deps)).toBeInstanceOf(ShopifyCartPermalinks);
    expect(createCommerce(loadConfig({}), deps)).toBeInstanceOf(BuiltInCheckout);
  });
});

describe('loadOrCreateSecret', () => {
  it('uses the configured secret, else keeps one generated secret in the database', async () => {
    expect(await loadOrCreateSecret(db, 'configured-secret-0123456789abcdef-xyz')).toBe('configured-secret-0123456789abcdef-xyz');
    const generated = await loadOrCreateSecret(db);
    expect(generated.length).toBeGreaterThanOrEqual(32);
    // After a restart the same secret comes back, so links already sent still verify.
    const token = new CartLinkSigner(generated, { clock: clock.now }).sign({ sessionId: 's', participantId: 'p', lines: [], offerCode: null });
    const again = await loadOrCreateSecret(db);
    expect(again).toBe(generated);
    expect(new CartLinkSigner(again, { clock: clock.now }).verify(token).ok).toBe(true);
  });
});
