import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pg_textsearch } from '@electric-sql/pglite-pg_textsearch';
import { vector } from '@electric-sql/pglite-pgvector';
import { AppError } from '../../core/index.ts';
import type { Database } from './database.ts';

const NUMERIC_OID = 1700;
/** Prices are numeric(12,2): read them as numbers, as the `pg` backend does. */
const parsers = { [NUMERIC_OID]: (value: string) => Number.parseFloat(value) };

/** The embedded PostgreSQL with pgvector, BM25 and trigram extensions; in memory when `dataDir` is omitted. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database & { pglite: PGlite }> {
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir, extensions: { vector, pg_textsearch, pg_trgm }, parsers });
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    engine: 'pglite',
    pglite,
    query: (sql, params) => pglite.query(sql, params),
    transaction: (work) => pglite.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params) })),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {
      await pglite.close();
      await unlock();
    },
  } as Database & { pglite: PGlite };
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt
 * it. A pid file turns that into a clear error instead.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'vitrine.pid');
  const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
  if (holder && isAlive(holder)) {
    throw new AppError(
      'conflict',
      `The embedded database in ${dataDir} is in use by another vitrine process (pid ${holder}). ` +
        'Stop it first, use another VITRINE_DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
