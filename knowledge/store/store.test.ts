import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { writeCatalog } from '../catalog/catalog-writer.ts';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';
import { HybridSearch } from '../retrieval/hybrid-search.ts';
import { sampleCatalog } from '../testing/sample-catalog.ts';
import { testDatabases } from '../testing/test-databases.ts';
import type { Database } from './database.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import { prepareStore, type StoreCapabilities } from './prepare-store.ts';

/** A real embedder that counts what it embeds, to prove unchanged passages are not re-embedded. */
class CountingEmbeddingModel extends HashingEmbeddingModel {
  embedded = 0;
  override async embedDocuments(texts: string[]) {
    this.embedded += texts.length;
    return super.embedDocuments(texts);
  }
}

describe.each(testDatabases)('store on $name', (backend) => {
  let db: Database;
  let capabilities: StoreCapabilities;
  const embedder = new CountingEmbeddingModel();

  beforeAll(async () => {
    db = await backend.open();
    capabilities = await prepareStore(db, embedder);
  });
  afterAll(() => db?.close());

  it('prepares the schema once and again without change', async () => {
    expect(capabilities.lexical).toBe('bm25');
    await prepareStore(db, embedder);
    const { rows } = await db.query<{ version: number }>('select version from schema_migrations order by version');
    expect(rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('writes a catalog idempotently and updates a changed price in place', async () => {
    const catalog = sampleCatalog();
    const first = await writeCatalog(db, embedder, catalog);
    expect(first).toMatchObject({ products: 5, variants: 6, documents: 1, created: 6, updated: 0, unchanged: 0 });
    const embeddedOnce = embedder.embedded;
    expect(embeddedOnce).toBe(first.passages);

    const again = await writeCatalog(db, embedder, sampleCatalog());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(embedder.embedded).toBe(embeddedOnce);

    const changed = sampleCatalog();
    changed.products[1]!.variants[0]!.price = 69;
    changed.products[1]!.variants[0]!.inventory = 3;
    const update = await writeCatalog(db, embedder, changed);
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    expect(embedder.embedded).toBe(embeddedOnce); // price and stock are not in passage text
    const { rows } = await db.query<{ price: number; stock: number }>(`select price, stock from products where id = 'sport-buds'`);
    expect(rows[0]).toEqual({ price: 69, stock: 3 });
    const { rows: passages } = await db.query<{ count: number }>('select count(*)::int as count from passages');
    expect(passages[0]!.count).toBe(first.passages);
  });

  it('finds products by meaning, by name and despite typos, citing a passage', async () => {
    const search = new HybridSearch(db, embedder, capabilities);
    const [runner] = await search.search('waterproof shoes for trails');
    expect(runner).toMatchObject({ productId: 'trail-runner', title: 'Trail Runner GTX', price: 139, currency: 'USD' });
    expect(runner!.passage.text.length).toBeGreaterThan(0);
    expect(runner!.score).toBeGreaterThan(0);
    expect((await search.search('earbuds that stay in while running'))[0]!.productId).toBe('sport-buds');
    expect((await search.search('wireles earbudz'))[0]!.productId).toBe('sport-buds');
    expect((await search.search('moisturizer for dry skin'))[0]!.productId).toBe('night-cream');
  });

  it('applies price and stock filters before ranking', async () => {
    const search = new HybridSearch(db, embedder, capabilities);
    const cheap = await search.search('running', { maxPrice: 100 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((result) => result.price !== null && result.price <= 100)).toBe(true);
    expect(cheap.map((result) => result.productId)).not.toContain('trail-runner');
    const inStock = await search.search('espresso cups', { inStock: true });
    expect(inStock.map((result) => result.productId)).not.toContain('espresso-cups');
    const silk = await search.search('gift', { category: 'Accessories' });
    expect(silk.map((result) => result.productId)).toEqual(['silk-scarf']);
  });

  it("ranks one product's passages for a question about it", async () => {
    const search = new HybridSearch(db, embedder, capabilities);
    const results = await search.search('does it run small?', { productId: 'trail-runner', limit: 3 });
    expect(results.every((result) => result.productId === 'trail-runner')).toBe(true);
    expect(results[0]!.passage).toEqual({ kind: 'review', text: '4/5 — Runs half a size small, order up.' });
  });

  it('answers policy questions from store documents', async () => {
    const search = new HybridSearch(db, embedder, capabilities);
    const [first] = await search.search('can I return earrings?');
    expect(first).toMatchObject({ productId: null, documentId: 'returns', title: 'Returns and refunds', price: null });
    expect(first!.passage.text).toContain('final sale');
  });

  it('refuses an index built by another embedding model, saying how to fix it', async () => {
    const other: EmbeddingModel = new HashingEmbeddingModel(256);
    await expect(prepareStore(db, other)).rejects.toThrow(/vitrine reindex/);
  });
});

describe('a database without pgvector', () => {
  it('is refused with a message that says how to install it', async () => {
    const pglite = await PGlite.create(); // no extensions loaded: CREATE EXTENSION vector fails
    const db: Database = {
      engine: 'pglite',
      query: (sql, params) => pglite.query(sql, params),
      transaction: (work) => pglite.transaction((tx) => work(tx)),
      exec: async (sql) => void (await pglite.exec(sql)),
      close: () => pglite.close(),
    };
    try {
      const error = await prepareStore(db, new HashingEmbeddingModel()).catch((caught) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error.message).toMatch(/no pgvector extension .*CREATE EXTENSION vector.*unset DATABASE_URL/s);
    } finally {
      await db.close();
    }
  });
});

describe('an unreachable DATABASE_URL', () => {
  it('is one clear error, not a stack trace', async () => {
    const error = await openPostgresDatabase('postgres://user:secret@127.0.0.1:1/shop').catch((caught) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/Cannot reach PostgreSQL at postgres:\/\/user:\*\*\*@127\.0\.0\.1:1\/shop/);
    expect(error.message).not.toContain('secret');
    expect(error.message).toMatch(/DATABASE_URL/);
  });
});
