import { type Database, HashingEmbeddingModel, openPgliteDatabase, prepareStore, sampleCatalog, writeCatalog } from '../../knowledge/index.ts';

/**
 * Test support (no test runs from here): an in-memory store with the sample catalog, and a
 * clock the test moves by hand.
 */
export async function openOfferTestStore(): Promise<Database> {
  const db = await openPgliteDatabase();
  const embedder = new HashingEmbeddingModel();
  await prepareStore(db, embedder);
  await writeCatalog(db, embedder, sampleCatalog());
  return db;
}

/** Empties orders, offers and policies and puts the sample catalog's inventory back. */
export async function resetCommerceState(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from orders');
    await tx.query('delete from offers');
    await tx.query('delete from offer_policies');
    for (const product of sampleCatalog().products) {
      for (const variant of product.variants) {
        await tx.query('update variants set inventory = $3 where product_id = $1 and id = $2', [product.id, variant.id, variant.inventory]);
      }
    }
  });
}

export class ManualClock {
  private current: number;

  constructor(start = '2025-06-01T18:00:00.000Z') {
    this.current = Date.parse(start);
  }

  /** Pass as `clock`: a fresh Date each call, so callers cannot move time by mutating it. */
  readonly now = (): Date => new Date(this.current);

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}
