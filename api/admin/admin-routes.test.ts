import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/http.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('admin', () => {
  it('uploads a catalog: good rows land, a bad row is reported with its line number', async () => {
    const csv = ['id,title,price,stock,description', 'linen-tote,Linen Market Tote,45,12,A roomy washed-linen tote.', 'broken-row,Broken Row,abc,1,Price is not a number.', 'wool-beanie,Ribbed Wool Beanie,29,30,A soft merino beanie.'].join('\n');
    const { status, body } = await call(`${server.url}/api/admin/catalog?format=csv&filename=new.csv`, { token: server.staffToken, raw: csv, contentType: 'text/csv' });
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ products: 2, created: 2 });
    expect(body.report.skipped).toEqual([expect.objectContaining({ row: 3, description: expect.stringMatching(/^line 3: /) })]);
    expect((await call(`${server.url}/api/products/linen-tote`)).body.card.price).toBe(45);
    expect((await call(`${server.url}/api/products/broken-row`)).status).toBe(404);

    const viewerToken = (await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'V' } })).body.token;
    expect((await call(`${server.url}/api/admin/catalog?format=csv`, { token: viewerToken, raw: csv, contentType: 'text/csv' })).status).toBe(403);
    expect((await call(`${server.url}/api/admin/catalog?format=csv`, { token: server.staffToken, raw: '', contentType: 'text/csv' })).status).toBe(400);
    expect((await call(`${server.url}/api/admin/catalog?format=xml`, { token: server.staffToken, raw: csv, contentType: 'text/csv' })).status).toBe(400);
  });

  it('edits offer policies, and the engine follows them', async () => {
    const bad = await call(`${server.url}/api/admin/offer-policies`, { method: 'PUT', token: server.staffToken, body: { scope: 'category', settings: { maxDiscountPercent: 95 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/target|maxDiscountPercent/);
    const saved = await call(`${server.url}/api/admin/offer-policies`, { method: 'PUT', token: server.staffToken, body: { scope: 'product', target: 'cashmere-crew', settings: { maxDiscountPercent: 20 } } });
    expect(saved.status).toBe(200);
    const { policies } = (await call(`${server.url}/api/admin/offer-policies`, { token: server.staffToken })).body;
    expect(policies).toEqual([expect.objectContaining({ scope: 'product', target: 'cashmere-crew' })]);
    const decision = await server.services.shop.offers.request({ sessionId: 'show:demo', participantId: 'viewer:policy', productId: 'cashmere-crew', requestedPercent: 30 });
    expect(decision.granted && decision.offer.discountPercent).toBe(20);
    expect((await call(`${server.url}/api/admin/offer-policies/${policies[0].id}`, { method: 'DELETE', token: server.staffToken })).status).toBe(200);
    expect((await call(`${server.url}/api/admin/offer-policies/${policies[0].id}`, { method: 'DELETE', token: server.staffToken })).status).toBe(404);
  });

  it("withdraws a stylist's sign-in: their older links are refused at once, a new one works", async () => {
    const issue = async () => (await call(`${server.url}/api/admin/tokens`, { token: server.staffToken, body: { role: 'host', staffId: 'maya-chen' } })).body.token as string;
    const before = await issue();
    expect((await call(`${server.url}/api/me`, { token: before })).status).toBe(200);
    const withdrawn = await call(`${server.url}/api/admin/tokens/withdraw`, { token: server.staffToken, body: { participantId: 'staff:maya-chen' } });
    expect(withdrawn.status).toBe(200);
    const refused = await call(`${server.url}/api/me`, { token: before });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/withdrawn by an admin/);
    // A socket ticket needs a valid sign-in too.
    expect((await call(`${server.url}/api/rooms/tickets`, { token: before, body: { room: 'show:demo' } })).status).toBe(401);
    expect((await call(`${server.url}/api/me`, { token: await issue() })).status).toBe(200);
    // Other staff are untouched; only admins may withdraw.
    expect((await call(`${server.url}/api/me`, { token: server.staffToken })).status).toBe(200);
    expect((await call(`${server.url}/api/admin/tokens/withdraw`, { token: await issue(), body: { participantId: 'staff:local-admin' } })).status).toBe(403);
    expect((await call(`${server.url}/api/admin/tokens/withdraw`, { token: server.staffToken, body: {} })).status).toBe(400);
  });

  it('changes show settings', async () => {
    const changed = await call(`${server.url}/api/shows/demo`, { method: 'PATCH', token: server.staffToken, body: { title: 'Spring edit', settings: { beatSeconds: 30 } } });
    expect(changed.body.show).toMatchObject({ title: 'Spring edit', settings: { beatSeconds: 30 } });
    expect(changed.body.show.settings.lineup.length).toBeGreaterThan(0);
  });
});
