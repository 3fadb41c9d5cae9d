import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalog } from '../catalog/catalog-writer.ts';
import { productSchema } from '../catalog/product.ts';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';
import type { Database } from '../store/database.ts';
import { openPgliteDatabase } from '../store/pglite-database.ts';
import { prepareStore } from '../store/prepare-store.ts';
import { sampleCatalog } from '../testing/sample-catalog.ts';
import { HybridSearch, type SearchResult } from './hybrid-search.ts';
import { withoutPriceWords } from './price-words.ts';

const ids = (results: SearchResult[]) => results.map((result) => result.productId ?? `doc:${result.documentId}`);
const modes = ['hybrid', 'lexical', 'semantic'] as const;

describe('HybridSearch with the built-in full-text ranker (PostgreSQL without pg_textsearch)', () => {
  let db: Database;
  let search: HybridSearch;
  const embedder = new HashingEmbeddingModel();

  beforeAll(async () => {
    db = await openPgliteDatabase();
    await prepareStore(db, embedder);
    await writeCatalog(db, embedder, sampleCatalog());
    // As on a server without the extension: no BM25 index, so any BM25 query would fail.
    await db.query('drop index passages_bm25');
    search = new HybridSearch(db, embedder, { lexical: 'full-text' });
  });
  afterAll(() => db?.close());

  it('really runs without the BM25 index', async () => {
    await expect(new HybridSearch(db, embedder, { lexical: 'bm25' }).search('silk', { mode: 'lexical' })).rejects.toThrow();
    expect(ids(await search.search('silk', { mode: 'lexical' }))).toEqual(['silk-scarf']);
  });

  it('finds products by meaning and by words in hybrid mode, citing a passage', async () => {
    const [runner] = await search.search('waterproof shoes for trails');
    expect(runner).toMatchObject({ productId: 'trail-runner', title: 'Trail Runner GTX', price: 139, currency: 'USD', score: 1 });
    expect(runner!.passage.text).toContain('waterproof');
    expect((await search.search('earbuds that stay in while running'))[0]!.productId).toBe('sport-buds');
    expect((await search.search('moisturizer for dry skin'))[0]!.productId).toBe('night-cream');
    expect((await search.search('wireles earbudz'))[0]!.productId).toBe('sport-buds');
    const [policy] = await search.search('can I return earrings?');
    expect(policy).toMatchObject({ productId: null, documentId: 'returns', title: 'Returns and refunds', price: null });
    expect(policy!.passage.text).toContain('final sale');
  });

  it('ranks only passages containing the words in lexical mode, with English stemming', async () => {
    expect(ids(await search.search('ceramide', { mode: 'lexical' }))).toEqual(['night-cream']);
    expect(ids(await search.search('Gore-Tex membrane', { mode: 'lexical' }))).toEqual(['trail-runner']);
    // "earbuds" meets "earbud"-stemmed text; "runs" and "running" share the stem "run".
    expect(ids(await search.search('earbuds', { mode: 'lexical' }))).toEqual(['sport-buds']);
    expect(ids(await search.search('runs', { mode: 'lexical' })).sort()).toEqual(['sport-buds', 'trail-runner']);
    expect(await search.search('hovercraft', { mode: 'lexical' })).toEqual([]);
  });

  it('ranks every passage by vector distance in semantic mode', async () => {
    const results = await search.search('cream for dry tight skin', { mode: 'semantic' });
    expect(results[0]!.productId).toBe('night-cream');
    // Semantic ranking has no notion of "no match": every product and document is ranked.
    expect(ids(results).sort()).toEqual(['doc:returns', 'espresso-cups', 'night-cream', 'silk-scarf', 'sport-buds', 'trail-runner']);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(1);
  });

  it.each(modes)('applies filters before ranking in %s mode', async (mode) => {
    const cheap = await search.search('running', { mode, maxPrice: 100 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((result) => result.price !== null && result.price <= 100)).toBe(true);
    expect(ids(cheap)).not.toContain('trail-runner');
    expect(ids(cheap)).not.toContain('doc:returns');

    const pricey = await search.search('running', { mode, minPrice: 100 });
    expect(ids(pricey)).toContain('trail-runner');
    expect(ids(pricey).every((id) => id === 'trail-runner' || id === 'silk-scarf')).toBe(true);
    expect(ids(await search.search('espresso cups', { mode, inStock: true }))).not.toContain('espresso-cups');
    expect(ids(await search.search('silk scarf', { mode, category: 'ACCESSORIES' }))).toEqual(['silk-scarf']);
    expect(ids(await search.search('earbuds', { mode, brand: 'sonora' }))).toEqual(['sport-buds']);
  });

  it('searches the store pages alone on request, naming the section each passage sits under', async () => {
    // Passage by passage: both sections of the one returns page come back, best first.
    const pages = await search.search('earbuds final sale', { documentsOnly: true });
    expect(ids(pages)).toEqual(['doc:returns', 'doc:returns']);
    expect(pages[0]).toMatchObject({ section: 'Returns and refunds — Final sale', passage: { text: 'Earrings and swimwear are final sale.' } });
    expect(pages[1]!.section).toBe('Returns and refunds — Window');
    const [product] = await search.search('earbuds');
    expect(product).toMatchObject({ productId: 'sport-buds', section: null });
  });

  it("ranks one product's passages for a question about it", async () => {
    const results = await search.search('does it run small?', { productId: 'trail-runner', limit: 3 });
    expect(results).toHaveLength(3);
    expect(results.every((result) => result.productId === 'trail-runner')).toBe(true);
    expect(results[0]!.passage).toEqual({ kind: 'review', text: '4/5 — Runs half a size small, order up.' });
  });

  it('returns the same top result with an exact vector scan as with HNSW', async () => {
    for (const query of ['waterproof shoes for trails', 'earbuds for workouts', 'silk scarf gift', 'espresso', 'moisturizer for dry skin']) {
      for (const mode of ['hybrid', 'semantic'] as const) {
        const approximate = await search.search(query, { mode });
        const exact = await search.search(query, { mode, exact: true });
        expect(exact[0]!.productId, `${mode}: ${query}`).toBe(approximate[0]!.productId);
        expect(ids(exact).sort(), `${mode}: ${query}`).toEqual(ids(approximate).sort());
      }
    }
  });

  it('respects the limit, and clamps nonsense limits instead of failing', async () => {
    expect(await search.search('running', { limit: 2 })).toHaveLength(2);
    expect(await search.search('running', { limit: 1, mode: 'semantic' })).toHaveLength(1);
    expect(await search.search('running', { limit: 0 })).toHaveLength(1);
    expect(await search.search('running', { limit: -5 })).toHaveLength(1);
    expect(await search.search('running', { limit: 2.7 })).toHaveLength(2);
    expect(await search.search('running', { limit: Number.NaN })).toHaveLength(6);
    expect(await search.search('running', { limit: 1_000 })).toHaveLength(6);
  });

  it.each(['the', 'what is the', '???', '', '   ', '— … !'])('returns nothing for %j, which has nothing to rank by', async (query) => {
    for (const mode of modes) {
      expect(await search.search(query, { mode }), mode).toEqual([]);
      expect(await search.search(query, { mode, maxPrice: 100, category: 'audio' }), mode).toEqual([]);
    }
  });

  it.each([
    "'; drop table products; --",
    "silk' or '1'='1",
    'silk 100%',
    '%',
    '_',
    '\\',
    'silk\\',
    'silk & !scarf | (cups',
    '$1 ::vector <-> <=>',
    'silk"); select pg_sleep(10); --',
  ])('treats %j as text, not SQL or query syntax', async (query) => {
    for (const mode of modes) {
      const results = await search.search(query, { mode, maxPrice: 1_000 });
      expect(Array.isArray(results)).toBe(true);
      // The words still count; what the hashing vectors make of the digits is their own business.
      if (query.startsWith('silk') && mode !== 'semantic') expect(results[0]!.productId, mode).toBe('silk-scarf');
    }
    const { rows } = await db.query<{ count: number }>('select count(*)::int as count from products');
    expect(rows[0]!.count).toBe(5);
  });
});

describe('HybridSearch limits on a larger catalog', () => {
  let db: Database;
  const embedder = new HashingEmbeddingModel();

  beforeAll(async () => {
    db = await openPgliteDatabase();
    await prepareStore(db, embedder);
    const mugs = Array.from({ length: 120 }, (_, index) =>
      productSchema.parse({
        id: `mug-${index}`,
        title: `Stoneware Mug no. ${index}`,
        description: 'A glazed stoneware coffee mug.',
        variants: [{ id: `mug-${index}`, title: 'Default', price: 10 + index }],
      }),
    );
    await writeCatalog(db, embedder, { products: mugs, documents: [] });
  });
  afterAll(() => db?.close());

  it.each(['bm25', 'full-text'] as const)('returns at most 100 results with %s, whatever is asked', async (lexical) => {
    const search = new HybridSearch(db, embedder, { lexical });
    expect(await search.search('stoneware mug')).toHaveLength(10);
    expect(await search.search('stoneware mug', { limit: 100 })).toHaveLength(100);
    expect(await search.search('stoneware mug', { limit: 5_000 })).toHaveLength(100);
    expect(await search.search('stoneware mug', { limit: 5_000, mode: 'lexical' })).toHaveLength(100);
    const cheap = await search.search('stoneware mug', { limit: 5_000, maxPrice: 29 });
    expect(cheap).toHaveLength(20);
  });
});

describe('price words in a query', () => {
  it('are left to the price filters, not matched as text', () => {
    expect(withoutPriceWords('cheap lipstick under 20 bucks')).toBe('lipstick under 20');
    expect(withoutPriceWords('cheap stuff')).toBe('stuff');
    expect(withoutPriceWords('cheapest')).toBe('cheapest');
  });
});
