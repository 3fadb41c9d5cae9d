import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pg_textsearch } from '@electric-sql/pglite-pg_textsearch';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Database } from '../store/database.ts';
import { openPgliteDatabase } from '../store/pglite-database.ts';
import { openPostgresDatabase } from '../store/postgres-database.ts';

/** A fresh, empty database of one backend for one test file. */
export interface TestDatabase {
  name: string;
  open(): Promise<Database>;
}

/**
 * The two paths the store must work on: PGlite in-process, and the `pg` wire-protocol client
 * against PGlite served by pglite-socket on 127.0.0.1 (the code path a real server uses).
 */
export const testDatabases: TestDatabase[] = [
  { name: 'pglite', open: () => openPgliteDatabase() },
  {
    name: 'pg over pglite-socket',
    open: async () => {
      const pglite = await PGlite.create({ extensions: { vector, pg_textsearch, pg_trgm } });
      const server = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1' });
      await server.start();
      const db = await openPostgresDatabase(`postgres://postgres:postgres@${server.getServerConn()}/postgres`, {
        maxConnections: 1,
      });
      return {
        ...db,
        close: async () => {
          await db.close();
          await server.stop();
          await pglite.close();
        },
      };
    },
  },
];
