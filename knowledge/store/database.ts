/** Anything that runs SQL: the database itself, or a transaction on it. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** The one SQL store behind vitrine: embedded PGlite or a PostgreSQL server, same SQL. */
export interface Database extends Queryable {
  /** Which engine answers: `pglite` (embedded, WASM) or `postgres` (a server through `pg`). */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
