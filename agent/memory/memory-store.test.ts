import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, HashingEmbeddingModel, openPgliteDatabase, prepareStore } from '../../knowledge/index.ts';
import { MemoryStore } from './memory-store.ts';
import { recordPurchased, recordViewed } from './profile-updates.ts';

let db: Database;
let memory: MemoryStore;
beforeAll(async () => {
  db = await openPgliteDatabase();
  await prepareStore(db, new HashingEmbeddingModel());
  memory = new MemoryStore(db);
});
afterAll(() => db?.close());

describe('MemoryStore profiles', () => {
  it('keeps both of two changes made at once (a purchase during a brain turn)', async () => {
    await Promise.all([
      memory.updateProfile('customer:one', (profile) => recordPurchased(profile, ['dew-serum'])),
      memory.updateProfile('customer:one', (profile) => recordViewed(profile, ['barrier-cream'])),
      memory.updateProfile('customer:one', (profile) => ({ ...profile, budget: 80 })),
    ]);
    const profile = await memory.loadProfile('customer:one');
    expect(profile.purchasedProductIds).toContain('dew-serum');
    expect(profile.viewedProductIds).toContain('barrier-cream');
    expect(profile.budget).toBe(80);
  });

  it('never reads one participant\'s profile for another', async () => {
    await memory.updateProfile('viewer:a', (profile) => ({ ...profile, budget: 50 }));
    expect((await memory.loadProfile('viewer:b')).budget).toBeNull();
  });
});
