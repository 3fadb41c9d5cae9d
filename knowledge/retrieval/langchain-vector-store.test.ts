import { Document } from '@langchain/core/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { writeCatalog } from '../catalog/catalog-writer.ts';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';
import type { Database } from '../store/database.ts';
import { openPgliteDatabase } from '../store/pglite-database.ts';
import { prepareStore } from '../store/prepare-store.ts';
import { sampleCatalog } from '../testing/sample-catalog.ts';
import { HybridSearch } from './hybrid-search.ts';
import { VitrineVectorStore } from './langchain-vector-store.ts';

describe('VitrineVectorStore (LangChain)', () => {
  let db: Database;
  let search: HybridSearch;
  let store: VitrineVectorStore;
  const embedder = new HashingEmbeddingModel();

  beforeAll(async () => {
    db = await openPgliteDatabase();
    const capabilities = await prepareStore(db, embedder);
    await writeCatalog(db, embedder, sampleCatalog());
    search = new HybridSearch(db, embedder, capabilities);
    store = new VitrineVectorStore({ db, embedder, search });
  });
  afterAll(() => db?.close());

  /** Removes documents a test added, so the catalog stays the sample for the others. */
  async function removeDocuments(ids: string[]) {
    await db.query('delete from store_documents where id = any($1::text[])', [ids]);
  }

  it('returns Documents whose content is the cited passage and whose metadata is the product', async () => {
    const documents = await store.similaritySearch('waterproof shoes for trails', 2);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toBeInstanceOf(Document);
    const [cited] = await search.search('waterproof shoes for trails', { limit: 2 });
    expect(documents[0]!.pageContent).toBe(cited!.passage.text);
    expect(documents[0]!.metadata).toEqual({
      productId: 'trail-runner',
      documentId: null,
      title: 'Trail Runner GTX',
      price: 139,
      currency: 'USD',
      section: null,
      kind: cited!.passage.kind,
    });
  });

  it('pairs each Document with its fused score, best first', async () => {
    const scored = await store.similaritySearchWithScore('earbuds that stay in while running', 3);
    expect(scored).toHaveLength(3);
    const [[best, bestScore]] = scored as [[Document, number]];
    expect(best.metadata.productId).toBe('sport-buds');
    expect(bestScore).toBeGreaterThan(0);
    expect(bestScore).toBeLessThanOrEqual(1);
    const scores = scored.map(([, score]) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('applies vitrine filters', async () => {
    const cheap = await store.similaritySearch('running', 10, { maxPrice: 100 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((document) => typeof document.metadata.price === 'number' && document.metadata.price <= 100)).toBe(true);
    expect(cheap.map((document) => document.metadata.productId)).not.toContain('trail-runner');
    const skincare = await store.similaritySearchWithScore('something nice', 4, { category: 'skincare' });
    expect(skincare.map(([document]) => document.metadata.productId)).toEqual(['night-cream']);
  });

  it('works as a retriever', async () => {
    const documents = await store.asRetriever(2).invoke('earbuds that stay in while running');
    expect(documents).toHaveLength(2);
    expect(documents[0]!.metadata.productId).toBe('sport-buds');
    const filtered = await store.asRetriever({ k: 3, filter: { maxPrice: 60 } }).invoke('gift');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((document) => document.metadata.price <= 60)).toBe(true);
  });

  it('searches with a vector the caller embedded', async () => {
    const vector = await embedder.embedQuery('silk scarf with a botanical print');
    const [[document, score]] = (await store.similaritySearchVectorWithScore(vector, 2)) as [[Document, number]];
    expect(document.metadata.productId).toBe('silk-scarf');
    expect(score).toBe(1);
    const cheaper = await store.similaritySearchVectorWithScore(vector, 2, { maxPrice: 100 });
    expect(cheaper).toHaveLength(2);
    expect(cheaper.map(([found]) => found.metadata.productId)).not.toContain('silk-scarf');
  });

  it('adds documents that search then finds and cites', async () => {
    const text = 'Gift wrapping is free on every order over 50 dollars. Choose it at checkout.';
    const ids = await store.addDocuments([new Document({ pageContent: text, metadata: { id: 'gift-wrap', title: 'Gift wrapping', kind: 'faq' } })]);
    try {
      expect(ids).toEqual(['gift-wrap']);
      const [found] = await store.similaritySearch('is gift wrapping free?', 1);
      expect(found!.pageContent).toBe(text);
      expect(found!.metadata).toMatchObject({ productId: null, documentId: 'gift-wrap', title: 'Gift wrapping', price: null });
      const { rows } = await db.query(`select title, kind, body from store_documents where id = 'gift-wrap'`);
      expect(rows).toEqual([{ title: 'Gift wrapping', kind: 'faq', body: text }]);
    } finally {
      await removeDocuments(ids);
    }
  });

  it("names added documents from LangChain's ids, so adding again replaces instead of duplicating", async () => {
    const loyalty = (text: string) => new Document({ id: 'loyalty', pageContent: text, metadata: {} });
    const first = await store.addDocuments([loyalty('Loyalty points: one point per dollar spent.')]);
    const again = await store.addDocuments([loyalty('Loyalty points: two points per dollar spent.')]);
    const byOption = await store.addDocuments([new Document({ pageContent: 'Gift cards never expire.', metadata: {} })], { ids: ['gift-cards'] });
    const unnamed = await store.addDocuments([new Document({ pageContent: 'Student discount of 10 percent with a valid student card.', metadata: {} })]);
    try {
      expect(first).toEqual(['loyalty']);
      expect(again).toEqual(['loyalty']);
      expect(byOption).toEqual(['gift-cards']);
      expect(unnamed[0]).toMatch(/^langchain-/);
      const { rows } = await db.query(`select id, title, body from store_documents where id in ('loyalty', 'gift-cards') order by id`);
      expect(rows).toEqual([
        { id: 'gift-cards', title: 'Gift cards never expire.', body: 'Gift cards never expire.' },
        { id: 'loyalty', title: 'Loyalty points: two points per dollar spent.', body: 'Loyalty points: two points per dollar spent.' },
      ]);
      const loyaltyHits = await store.similaritySearch('loyalty points per dollar', 10);
      expect(loyaltyHits.filter((document) => document.metadata.documentId === 'loyalty')).toHaveLength(1);
      expect(loyaltyHits[0]!.pageContent).toContain('two points');
    } finally {
      await removeDocuments([...first, ...byOption, ...unnamed]);
    }
  });

  it('refuses precomputed vectors with a clear error', async () => {
    const error = await store
      .addVectors([await embedder.embedQuery('x')], [new Document({ pageContent: 'x' })])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('invalid-input');
    expect((error as AppError).message).toMatch(/use addDocuments/);
    expect(store._vectorstoreType()).toBe('vitrine');
  });
});
