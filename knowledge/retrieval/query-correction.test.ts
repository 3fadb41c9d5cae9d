import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalog } from '../catalog/catalog-writer.ts';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';
import type { Database, Queryable } from '../store/database.ts';
import { openPgliteDatabase } from '../store/pglite-database.ts';
import { prepareStore } from '../store/prepare-store.ts';
import { sampleCatalog } from '../testing/sample-catalog.ts';
import { QueryCorrector } from './query-correction.ts';

describe('QueryCorrector', () => {
  let db: Database;
  let queries = 0;
  // A real database, counted: proves cached verdicts skip the lookup.
  const counted: Queryable = { query: (sql, params) => (queries++, db.query(sql, params)) };
  beforeAll(async () => {
    db = await openPgliteDatabase();
    const embedder = new HashingEmbeddingModel();
    await prepareStore(db, embedder);
    await writeCatalog(db, embedder, sampleCatalog());
  });
  afterAll(() => db?.close());

  it('appends the closest catalog word to a misspelt one and keeps the original', async () => {
    const corrector = new QueryCorrector(counted);
    expect(await corrector.correct('wireles earbudz please')).toEqual({
      query: 'wireles earbudz please wireless earbuds',
      corrections: { wireles: 'wireless', earbudz: 'earbuds' },
    });
    expect(await corrector.correct('waterproof shoes')).toEqual({ query: 'waterproof shoes', corrections: {} });
  });

  it('remembers verdicts per word until they are ten minutes old', async () => {
    let now = 0;
    const corrector = new QueryCorrector(counted, () => now);
    queries = 0;
    await corrector.correct('silk botanicl');
    await corrector.correct('a botanicl silk');
    expect(queries).toBe(1);
    now = 11 * 60_000;
    expect((await corrector.correct('botanicl')).corrections).toEqual({ botanicl: 'botanical' });
    expect(queries).toBe(2);
  });
});
