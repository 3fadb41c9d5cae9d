import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, HashingEmbeddingModel, openPgliteDatabase, prepareStore } from '../../knowledge/index.ts';
import { TokenIssuer } from './tokens.ts';
import { TokenWithdrawals } from './token-withdrawals.ts';

let db: Database;
beforeAll(async () => {
  db = await openPgliteDatabase();
  await prepareStore(db, new HashingEmbeddingModel());
});
afterAll(() => db?.close());

describe('TokenWithdrawals', () => {
  it('refuses tokens issued before a withdrawal, to the millisecond, and keeps it across a restart', async () => {
    let now = new Date('2026-11-29T10:00:00.100Z');
    const withdrawals = await TokenWithdrawals.load(db);
    const tokens = new TokenIssuer('a-secret-long-enough-for-tests-0123456789', () => now, withdrawals);
    const stylist = { id: 'staff:maya-chen', name: 'Maya Chen', role: 'host' as const, room: null };
    const old = await tokens.issue(stylist);
    now = new Date('2026-11-29T10:00:00.500Z');
    await withdrawals.withdraw(stylist.id, now);
    now = new Date('2026-11-29T10:00:00.900Z');
    // Same second as the withdrawal: told apart by the milliseconds.
    const fresh = await tokens.issue(stylist);
    await expect(tokens.verify(old)).rejects.toThrow(/withdrawn/);
    await expect(tokens.verify(fresh)).resolves.toMatchObject({ id: stylist.id });

    const restarted = new TokenIssuer('a-secret-long-enough-for-tests-0123456789', () => now, await TokenWithdrawals.load(db));
    await expect(restarted.verify(old)).rejects.toThrow(/withdrawn/);
    await expect(restarted.verify(fresh)).resolves.toMatchObject({ id: stylist.id });
  });
});
