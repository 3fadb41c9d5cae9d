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
      try {
        await pglite.close();
      } finally {
        await unlock();
      }
    },
  } as Database & { pglite: PGlite };
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt
 * it. An exclusively created pid file turns that into a clear error instead.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'vitrine.pid');
  const key = path.resolve(lockFile);
  if (heldHere.has(key)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' fails when the file exists: of two processes starting at once, only one creates it.
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      // Our own pid in the file is stale (this process does not hold it): a container restarted
      // after a kill runs vitrine under the same pid (often 1) as the run that left the file.
      if (holder && holder !== process.pid && isAlive(holder)) throw inUse(dataDir, holder);
      await rm(lockFile, { force: true });
    }
  }
  throw inUse(dataDir, null);
}

function inUse(dataDir: string, pid: number | null): AppError {
  return new AppError(
    'conflict',
    `The embedded database in ${dataDir} is in use by another vitrine process${pid ? ` (pid ${pid})` : ''}. ` +
      'Stop it first, use another VITRINE_DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
  );
}

/** Data directories this process has open. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
