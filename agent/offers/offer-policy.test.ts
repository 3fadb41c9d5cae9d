import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { type Database, openPgliteDatabase, prepareStore, HashingEmbeddingModel } from '../../knowledge/index.ts';
import { defaultOfferPolicySettings } from './offer-policy.ts';
import { deleteOfferPolicy, listOfferPolicies, resolveOfferPolicy, upsertOfferPolicy } from './offer-policy-repository.ts';

let db: Database;

beforeAll(async () => {
  db = await openPgliteDatabase();
  await prepareStore(db, new HashingEmbeddingModel());
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query('delete from offer_policies');
});

async function invalidInput(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('invalid-input');
  return (error as AppError).message;
}

describe('offer policies', () => {
  it('default to 10% off, one offer per viewer per session, 15 minutes, no budget, min stock 1', async () => {
    expect(defaultOfferPolicySettings).toEqual({ maxDiscountPercent: 10, perViewerLimit: 1, perShowBudget: null, expiryMinutes: 15, minStock: 1 });
    expect(await resolveOfferPolicy(db, { id: 'anything', brand: 'Any', category: 'any' })).toEqual({
      policy: null,
      settings: defaultOfferPolicySettings,
    });
  });

  it('fill omitted settings with the defaults and keep one policy per scope and target', async () => {
    const first = await upsertOfferPolicy(db, { scope: 'brand', target: 'Northpeak', settings: { maxDiscountPercent: 20 } });
    expect(first).toMatchObject({ id: 'brand:northpeak', scope: 'brand', target: 'Northpeak', settings: { ...defaultOfferPolicySettings, maxDiscountPercent: 20 } });
    const replaced = await upsertOfferPolicy(db, { scope: 'brand', target: 'NORTHPEAK', settings: { maxDiscountPercent: 12, perShowBudget: 250 } });
    expect(replaced.id).toBe('brand:northpeak');
    await upsertOfferPolicy(db, { scope: 'store' });
    await upsertOfferPolicy(db, { scope: 'store', target: null, settings: { expiryMinutes: 30 } });
    await upsertOfferPolicy(db, { scope: 'product', target: '<silk-scarf>', settings: { minStock: 0 } });
    const policies = await listOfferPolicies(db);
    expect(policies.map((policy) => policy.id)).toEqual(['store', 'brand:northpeak', 'product:silk-scarf']);
    expect(policies[0]!.settings.expiryMinutes).toBe(30);
    expect(policies[1]!.settings).toMatchObject({ maxDiscountPercent: 12, perShowBudget: 250 });
  });

  it('resolve the most specific match, brand and category case-insensitively', async () => {
    await upsertOfferPolicy(db, { scope: 'store', settings: { maxDiscountPercent: 5 } });
    await upsertOfferPolicy(db, { scope: 'brand', target: 'sonora', settings: { maxDiscountPercent: 15 } });
    const buds = { id: 'sport-buds', brand: 'Sonora', category: 'audio' };
    expect((await resolveOfferPolicy(db, buds)).policy?.id).toBe('brand:sonora');
    await upsertOfferPolicy(db, { scope: 'category', target: 'AUDIO', settings: { maxDiscountPercent: 20 } });
    expect((await resolveOfferPolicy(db, buds)).settings.maxDiscountPercent).toBe(20);
    await upsertOfferPolicy(db, { scope: 'product', target: 'sport-buds', settings: { maxDiscountPercent: 25 } });
    expect((await resolveOfferPolicy(db, buds)).settings.maxDiscountPercent).toBe(25);
    expect((await resolveOfferPolicy(db, { id: 'other', brand: null, category: null })).policy?.id).toBe('store');
  });

  it('reject bad settings with one clear error that lists every problem', async () => {
    const message = await invalidInput(
      upsertOfferPolicy(db, {
        scope: 'category',
        target: 'shoes',
        settings: { maxDiscountPercent: 95, perViewerLimit: 1.5, expiryMinutes: 0, minStock: -1, perShowBudget: -3 },
      }),
    );
    expect(message).toContain('settings.maxDiscountPercent: must be between 0 and 90');
    expect(message).toContain('settings.perViewerLimit');
    expect(message).toContain('settings.expiryMinutes: must be between 1 and 1440 minutes');
    expect(message).toContain('settings.minStock');
    expect(message).toContain('settings.perShowBudget');
    expect(await invalidInput(upsertOfferPolicy(db, { scope: 'brand' }))).toContain('target: must name the brand');
    expect(await invalidInput(upsertOfferPolicy(db, { scope: 'store', target: 'x' }))).toContain('target: must be empty');
    expect(await invalidInput(upsertOfferPolicy(db, { scope: 'planet' as 'store' }))).toContain('scope');
    expect(await listOfferPolicies(db)).toEqual([]);
  });

  it('can be deleted', async () => {
    await upsertOfferPolicy(db, { scope: 'category', target: 'shoes' });
    expect(await deleteOfferPolicy(db, 'category:shoes')).toBe(true);
    expect(await deleteOfferPolicy(db, 'category:shoes')).toBe(false);
    expect(await listOfferPolicies(db)).toEqual([]);
  });

  it('fail closed when a stored policy was edited into something invalid', async () => {
    await db.query(`insert into offer_policies (id, scope, target, settings) values ('store', 'store', null, '{"maxDiscountPercent": 300}')`);
    await expect(resolveOfferPolicy(db, { id: 'x' })).rejects.toMatchObject({ kind: 'internal' });
  });
});
