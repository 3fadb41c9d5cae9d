import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';

/**
 * The secret that signs cart links: the configured one (VITRINE_SECRET), else a random 32-byte
 * secret kept in `store_settings` so links made before a restart still verify after it.
 */
export async function loadOrCreateSecret(db: Queryable, configured?: string): Promise<string> {
  if (configured?.trim()) return configured.trim();
  const stored = await readSecret(db);
  if (stored) return stored;
  // Two instances starting together: the first insert wins and both read it back.
  await db.query(`insert into store_settings (key, value) values ('secret', to_jsonb($1::text)) on conflict (key) do nothing`, [
    randomBytes(32).toString('base64url'),
  ]);
  const secret = await readSecret(db);
  if (!secret) {
    throw new AppError(
      'internal',
      "The stored signing secret (store_settings key 'secret') is not text of at least 32 characters. Set VITRINE_SECRET, " +
        'or delete that row to have a new one generated (cart links already sent will stop working).',
    );
  }
  return secret;
}

async function readSecret(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ value: unknown }>(`select value from store_settings where key = 'secret'`);
  const value = rows[0]?.value;
  return typeof value === 'string' && value.length >= 32 ? value : null;
}
