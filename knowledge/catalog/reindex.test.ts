import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';
import { OpenAIEmbeddingModel } from '../embeddings/openai-embedding-model.ts';
import { HybridSearch } from '../retrieval/hybrid-search.ts';
import type { Database } from '../store/database.ts';
import { openPgliteDatabase } from '../store/pglite-database.ts';
import { prepareStore } from '../store/prepare-store.ts';
import { type FakeEmbeddingsServer, startFakeEmbeddingsServer } from '../testing/fake-openai-embeddings.ts';
import { sampleCatalog } from '../testing/sample-catalog.ts';
import { writeCatalog } from './catalog-writer.ts';
import { reindexCatalog } from './reindex.ts';

/** A fresh in-memory catalog embedded with the offline default, as `vitrine ingest` leaves it. */
async function catalogEmbeddedWithDefault(): Promise<Database> {
  const db = await openPgliteDatabase();
  const embedder = new HashingEmbeddingModel(384);
  await prepareStore(db, embedder);
  await writeCatalog(db, embedder, sampleCatalog());
  return db;
}

async function conflictOf(db: Database, embedder: EmbeddingModel): Promise<AppError> {
  const error = await prepareStore(db, embedder).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('conflict');
  return error as AppError;
}

async function passageCount(db: Database): Promise<number> {
  const { rows } = await db.query<{ count: number }>('select count(*)::int as count from passages');
  return rows[0]!.count;
}

describe('reindexCatalog after a change of embedding model', () => {
  let db: Database;
  beforeAll(async () => {
    db = await catalogEmbeddedWithDefault();
  });
  afterAll(() => db?.close());

  it('is demanded at startup, re-embeds every passage, and then search works with the new model', async () => {
    const newModel = new HashingEmbeddingModel(128);
    const conflict = await conflictOf(db, newModel);
    expect(conflict.message).toContain(`"${new HashingEmbeddingModel(384).id}" (384 dimensions)`);
    expect(conflict.message).toContain(`"${newModel.id}" (128 dimensions)`);
    expect(conflict.message).toContain('vitrine reindex');

    await prepareStore(db, newModel, { checkEmbeddings: false });
    const progress: [number, number][] = [];
    const total = await passageCount(db);
    const report = await reindexCatalog(db, newModel, { batchSize: 7, onProgress: (done, all) => progress.push([done, all]) });

    expect(report).toEqual({ passages: total });
    expect(progress).toHaveLength(Math.ceil(total / 7));
    expect(progress.every(([, all]) => all === total)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual(progress.map(([done]) => done).sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);

    // Every passage holds the new model's vector of its own search text.
    const { rows } = await db.query<{ search_text: string; embedding: string; dims: number }>(
      'select search_text, embedding::text as embedding, vector_dims(embedding) as dims from passages',
    );
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(row.dims).toBe(128);
      const stored = JSON.parse(row.embedding) as number[];
      const expected = newModel.embed(row.search_text);
      expect(Math.max(...stored.map((value, index) => Math.abs(value - expected[index]!)))).toBeLessThan(1e-5);
    }

    const capabilities = await prepareStore(db, newModel);
    await conflictOf(db, new HashingEmbeddingModel(384));
    const search = new HybridSearch(db, newModel, capabilities);
    expect((await search.search('waterproof shoes for trails'))[0]!.productId).toBe('trail-runner');
    expect((await search.search('earbuds that stay in while running', { mode: 'semantic' }))[0]!.productId).toBe('sport-buds');
    expect((await search.search('moisturizer for dry skin'))[0]!.productId).toBe('night-cream');
  });
});

describe('reindexCatalog to an OpenAI-compatible model', () => {
  let server: FakeEmbeddingsServer;
  let db: Database;
  beforeAll(async () => {
    server = await startFakeEmbeddingsServer(64);
    db = await catalogEmbeddedWithDefault();
  });
  afterAll(async () => {
    await db?.close();
    await server?.close();
  });

  it('survives an interruption: the index is refused until a re-index finishes', async () => {
    const newModel = await OpenAIEmbeddingModel.create({ model: 'fake-embed', baseUrl: server.baseUrl, batchSize: 16, maxRetries: 0 });
    expect(newModel.dimensions).toBe(64);
    const conflict = await conflictOf(db, newModel);
    expect(conflict.message).toContain('"openai:fake-embed:64" (64 dimensions)');
    expect(conflict.message).toContain('vitrine reindex');

    await prepareStore(db, newModel, { checkEmbeddings: false });
    const total = await passageCount(db);
    // The embedding server breaks after the first batch.
    const interrupted = await reindexCatalog(db, newModel, { batchSize: 5, onProgress: () => server.failNext(1, 400) }).catch(
      (caught: unknown) => caught,
    );
    expect(interrupted).toBeInstanceOf(AppError);
    expect((interrupted as AppError).kind).toBe('upstream');
    const { rows: embedded } = await db.query<{ count: number }>('select count(embedding)::int as count from passages');
    expect(embedded[0]!.count).toBe(5);
    // Half the passages have no vector: starting with the new model must not pass silently.
    expect((await conflictOf(db, newModel)).message).toContain('vitrine reindex');

    server.requests.length = 0;
    const progress: [number, number][] = [];
    expect(await reindexCatalog(db, newModel, { onProgress: (done, all) => progress.push([done, all]) })).toEqual({ passages: total });
    expect(progress.at(-1)).toEqual([total, total]);
    expect(server.requests.every((request) => request.model === 'fake-embed' && request.inputs <= 16)).toBe(true);
    expect(server.requests.reduce((sum, request) => sum + request.inputs, 0)).toBe(total);

    const capabilities = await prepareStore(db, newModel);
    const search = new HybridSearch(db, newModel, capabilities);
    expect((await search.search('waterproof shoes for trails'))[0]!.productId).toBe('trail-runner');
    expect((await search.search('silk scarf with a botanical print', { mode: 'semantic' }))[0]!.productId).toBe('silk-scarf');
  });
});
