import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Knowledge, openKnowledge, openPgliteDatabase, sampleCatalog, writeCatalog } from '../knowledge/index.ts';
import { createApp } from './app.ts';

describe('HTTP API', () => {
  let knowledge: Knowledge;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    knowledge = await openKnowledge({ dataDir: '', openai: {} }, { db: await openPgliteDatabase() });
    await writeCatalog(knowledge.db, knowledge.embedder, sampleCatalog());
    server = createApp({ knowledge, logger: pino({ level: 'silent' }) }).listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await knowledge?.close();
  });

  it('answers health checks', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('searches with filters', async () => {
    const response = await fetch(`${base}/api/search?q=earbuds&maxPrice=100&inStock=true`);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { productId: string }[] };
    expect(results[0]).toMatchObject({ productId: 'sport-buds', price: 79 });
  });

  it('returns a product with its variants', async () => {
    const { product } = (await (await fetch(`${base}/api/products/trail-runner`)).json()) as { product: { variants: { id: string; inventory: number }[] } };
    expect(product.variants.map((variant) => [variant.id, variant.inventory])).toEqual([
      ['tr-40', 4],
      ['tr-42', 0],
    ]);
  });

  it('answers bad requests with a 4xx and a reason', async () => {
    const missing = await fetch(`${base}/api/search?limit=5`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { kind: 'invalid-input', message: expect.stringMatching(/^q: /) } });
    expect((await fetch(`${base}/api/search?q=x&limit=many`)).status).toBe(400);
    const unknown = await fetch(`${base}/api/products/nope`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { kind: string } }).error.kind).toBe('not-found');
    expect((await fetch(`${base}/api/nothing-here`)).status).toBe(404);
  });
});
