import pg from 'pg';
import { AppError } from '../../core/index.ts';
import type { Database } from './database.ts';

const NUMERIC_OID = 1700;
let numericParserRegistered = false;

/** A PostgreSQL server (with pgvector) through a `pg` pool; fails fast with a message that says what to do. */
export async function openPostgresDatabase(url: string, options: { maxConnections?: number } = {}): Promise<Database> {
  if (!numericParserRegistered) {
    // Global on purpose: type parsers are process-wide in `pg`, register once.
    pg.types.setTypeParser(NUMERIC_OID, (value) => Number.parseFloat(value));
    numericParserRegistered = true;
  }
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new AppError(
      'unavailable',
      `Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}. ` +
        'Check DATABASE_URL, or unset it to use the embedded database.',
      { cause: error },
    );
  }
  return {
    engine: 'postgres',
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params) => client.query(sql, params as unknown[]) as never });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/** Hides the password of a connection URL in messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
