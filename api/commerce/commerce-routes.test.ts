import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/http.ts';
import { joinRoom } from '../testing/room-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('Buy now → cart link → built-in checkout', () => {
  it('applies the viewer offer, records the order once, redeems the offer, and tells the host', async () => {
    const { body: viewer } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Nina' } });
    const room = await joinRoom(server.url, 'show:demo', viewer.token);
    const host = await joinRoom(server.url, 'show:demo', server.staffToken);
    await call(`${server.url}/api/shows/demo/offers`, { token: server.staffToken, body: { productId: 'dew-serum' } });
    const { offer } = await room.waitFor('offer-create');
    const { body: product } = await call(`${server.url}/api/products/dew-serum`);
    const variantId = product.card.variants[0].id;

    const cart = await call(`${server.url}/api/carts`, { token: viewer.token, body: { roomId: 'show:demo', lines: [{ productId: 'dew-serum', variantId, quantity: 1 }], offerCode: offer.code } });
    expect(cart.status).toBe(201);
    expect(cart.body.url).toBe(`${server.url}/checkout?cart=${cart.body.token}`);
    expect(cart.body.offerCode).toBe(offer.code);

    const preview = await call(`${server.url}/api/checkout/${cart.body.token}`);
    expect(preview.body.cart).toMatchObject({ subtotal: 38, discount: 3.8, total: 34.2, offerCode: offer.code });
    const tampered = `${cart.body.token.slice(0, -2)}xx`;
    expect((await call(`${server.url}/api/checkout/${tampered}`)).status).toBe(403);

    const placed = await call(`${server.url}/api/checkout`, { body: { cart: cart.body.token, idempotencyKey: 'order-1', name: 'Nina' } });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ total: 34.2, offerApplied: true, offerCode: offer.code });
    const again = await call(`${server.url}/api/checkout`, { body: { cart: cart.body.token, idempotencyKey: 'order-1' } });
    expect(again.status).toBe(200);
    expect(again.body.order.id).toBe(placed.body.order.id);
    expect((await host.waitFor('order-placed')).total).toBe(34.2);
    expect((await server.services.shop.memory.loadProfile(viewer.participant.id)).purchasedProductIds).toEqual(['dew-serum']);

    const status = await call(`${server.url}/api/offers/${offer.code}`, { token: viewer.token });
    expect(status.body.status).toBe('redeemed');
    const figures = await call(`${server.url}/api/analytics/shows/demo`, { token: server.staffToken });
    expect(figures.body).toMatchObject({ orders: 1, revenue: 34.2, offersRedeemed: 1 });
    expect(figures.body.offersCreated).toBeGreaterThanOrEqual(1);
    // Only the offer's owner (or staff) can look a code up.
    const { body: other } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Omar' } });
    expect((await call(`${server.url}/api/offers/${offer.code}`, { token: other.token })).status).toBe(404);
    await Promise.all([room.close(), host.close()]);
  });

  it('refuses carts for unknown products, other rooms and bad quantities, without side effects', async () => {
    const { body: viewer } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Pia' } });
    const unknown = await call(`${server.url}/api/carts`, { token: viewer.token, body: { roomId: 'show:demo', lines: [{ productId: 'nope', variantId: 'x', quantity: 1 }] } });
    expect(unknown.status).toBe(409);
    expect(unknown.body.error.message).toMatch(/isn't in our catalog/);
    expect((await call(`${server.url}/api/carts`, { token: viewer.token, body: { roomId: 'call:bk_unknown', lines: [{ productId: 'dew-serum', variantId: 'x', quantity: 1 }] } })).status).toBe(404);
    expect((await call(`${server.url}/api/carts`, { token: viewer.token, body: { roomId: 'show:demo', lines: [{ productId: 'dew-serum', variantId: 'x', quantity: 0 }] } })).status).toBe(400);
    expect((await call(`${server.url}/api/carts`, { body: { roomId: 'show:demo', lines: [] } })).status).toBe(401);
    expect((await call(`${server.url}/api/checkout`, { body: { cart: 'garbage', idempotencyKey: 'k' } })).status).toBe(403);
  });
});
