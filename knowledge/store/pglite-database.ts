import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pg_textsearch } from '@electric-sql/pglite-pg_textsearch';
import { vector } from '@electric-sql/pglite-pgvector';
import type { Database } from './database.ts';

const NUMERIC_OID = 1700;
/** Prices are numeric(12,2): read them as numbers, as the `pg` backend does. */
const parsers = { [NUMERIC_OID]: (value: string) => Number.parseFloat(value) };

/** The embedded PostgreSQL with pgvector, BM25 and trigram extensions; in memory when `dataDir` is omitted. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database & { pglite: PGlite }> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    extensions: { vector, pg_textsearch, pg_trgm },
    parsers,
  });
  return {
    engine: 'pglite',
    pglite,
    query: (sql, params) => pglite.query(sql, params),
    transaction: (work) => pglite.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params) })),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
  } as Database & { pglite: PGlite };
}
