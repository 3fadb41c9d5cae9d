import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './testing/http.ts';
import { startTestServer, type TestServer } from './testing/start-test-server.ts';

let server: TestServer;
let viewerToken: string;
beforeAll(async () => {
  server = await startTestServer();
  viewerToken = (await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Ana' } })).body.token;
});
afterAll(() => server?.close());

describe('HTTP API', () => {
  it('answers health checks and describes itself in OpenAPI', async () => {
    expect((await call(`${server.url}/healthz`)).body).toEqual({ status: 'ok' });
    const { body } = await call(`${server.url}/api/openapi.json`);
    expect(body.openapi).toBe('3.1.0');
    for (const path of ['/api/search', '/api/ask', '/api/shows/{id}/offers', '/api/carts', '/api/checkout', '/api/bookings', '/api/questions/{id}/answer', '/api/analytics/shows/{id}', '/api/admin/catalog']) {
      expect(body.paths, path).toHaveProperty([path]);
    }
    expect(body.paths['/api/carts'].post.requestBody.content['application/json'].schema.required).toContain('lines');
  });

  it('searches and reads the catalog', async () => {
    const search = await call(`${server.url}/api/search?q=hyaluronic+serum&limit=3`);
    expect(search.status).toBe(200);
    expect(search.body.results[0].productId).toBe('dew-serum');
    const product = await call(`${server.url}/api/products/dew-serum`);
    expect(product.body.card).toMatchObject({ productId: 'dew-serum', price: 38, currency: 'USD' });
    const list = await call(`${server.url}/api/products?category=skincare&limit=5`);
    expect(list.body.products.length).toBeGreaterThan(0);
    expect(list.body.products.every((card: { productId: string }) => typeof card.productId === 'string')).toBe(true);
  });

  it('answers through the brain with the same typed events a room gets', async () => {
    const { status, body } = await call(`${server.url}/api/ask`, { token: viewerToken, body: { question: 'How much is the dew serum?' } });
    expect(status).toBe(200);
    const reply = body.events.find((event: { type: string }) => event.type === 'reply');
    expect(reply.text).toMatch(/\$38/);
    expect(reply.text).toMatch(/\bAI\b/);
    // Another participant's session is not theirs to speak in.
    const foreign = await call(`${server.url}/api/ask`, { token: viewerToken, body: { question: 'hi', sessionId: 'show:demo' } });
    expect(foreign.status).toBe(403);
  });

  it('checks every role: no token 401, wrong role 403, forged or expired 401', async () => {
    expect((await call(`${server.url}/api/questions`)).status).toBe(401);
    const viewer = await call(`${server.url}/api/questions`, { token: viewerToken });
    expect(viewer.status).toBe(403);
    expect(viewer.body.error).toEqual({ kind: 'forbidden', message: expect.stringMatching(/host or admin/) });
    expect((await call(`${server.url}/api/questions`, { token: server.staffToken })).status).toBe(200);
    const forged = `${server.staffToken.slice(0, -3)}abc`;
    expect((await call(`${server.url}/api/questions`, { token: forged })).status).toBe(401);
    const expired = await server.services.tokens.issue({ id: 'staff:old', role: 'host', name: 'Old', room: null }, -1000);
    const refused = await call(`${server.url}/api/questions`, { token: expired });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/expired/);
    expect((await call(`${server.url}/api/admin/offer-policies`, { token: await server.services.tokens.issue({ id: 'staff:h', role: 'host', name: 'H', room: null }) })).status).toBe(403);
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const malformed = await call(`${server.url}/api/auth/viewer`, { raw: '{"displayName": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/not valid JSON/);
    const wrongType = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/^displayName: /);
    expect((await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'x'.repeat(41) } })).status).toBe(400);
    expect((await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Ana', role: 'admin' } })).status).toBe(400);
    // Nobody chats as the AI host, the store or its staff; ordinary names (even "Ai") are fine.
    for (const impostor of ['Vita', 'vita!', 'AI Host', 'Maison Vitrine', 'Staff - Camille', 'Official Support']) {
      const refused = await call(`${server.url}/api/auth/viewer`, { body: { displayName: impostor } });
      expect(refused.status, impostor).toBe(400);
      expect(refused.body.error.message).toMatch(/kept for the store's hosts and staff/);
    }
    expect((await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Ai Tanaka' } })).status).toBe(201);
    const oversized = await call(`${server.url}/api/ask`, { token: viewerToken, body: { question: 'x'.repeat(200_000) } });
    expect(oversized.status).toBe(413);
    expect((await call(`${server.url}/api/search?limit=5`)).body.error.message).toMatch(/^q: /);
    expect((await call(`${server.url}/api/products/nope`)).status).toBe(404);
    expect((await call(`${server.url}/api/nothing-here`)).status).toBe(404);

    const before = await call(`${server.url}/api/shows/demo`);
    const badPatch = await call(`${server.url}/api/shows/demo`, { method: 'PATCH', token: server.staffToken, body: { settings: { beatSeconds: 'soon', lineup: ['nope'] } } });
    expect(badPatch.status).toBe(400);
    const unknownProduct = await call(`${server.url}/api/shows/demo`, { method: 'PATCH', token: server.staffToken, body: { settings: { lineup: ['no-such-product'] } } });
    expect(unknownProduct.status).toBe(400);
    expect(unknownProduct.body.error.message).toMatch(/no-such-product/);
    expect((await call(`${server.url}/api/shows/demo`)).body.show).toEqual(before.body.show);
  });

  it('serves no pages when they are not built, and says how to build them', async () => {
    const response = await fetch(`${server.url}/show/demo`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build:web/);
  });
});
