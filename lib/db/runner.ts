import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";
import { serialQueue } from "./one-at-a-time";

// Raw SQL on the same database Prisma uses: migrations (multi-statement scripts), test set-up
// and the few statements Prisma cannot express (pg_trgm search).

export interface SqlExecutor {
  /** Runs a script of one or more statements (simple protocol, no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1, $2 … parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlRunner extends SqlExecutor {
  readonly kind: "postgres" | "pglite";
  /** Runs `fn` on one connection between BEGIN and COMMIT; any error rolls back and rethrows. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  const on = (q: PGlite | Transaction): SqlExecutor => ({
    async exec(sql) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: "pglite",
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
  };
}

type PgQueryable = { query(text: string, params?: unknown[]): Promise<pg.QueryResult> };

/** A transaction's connection takes one statement at a time (see ./one-at-a-time.ts). */
function serialClient(client: pg.PoolClient): PgQueryable {
  const queue = serialQueue();
  return { query: (text, params) => queue(() => client.query(text, params)) };
}

export function pgRunner(pool: pg.Pool): SqlRunner {
  const on = (q: PgQueryable): SqlExecutor => ({
    async exec(sql) {
      // Without parameters node-postgres uses the simple protocol, which accepts many statements.
      await q.query(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      const result = await q.query(sql, params);
      return result.rows as T[];
    },
  });
  return {
    kind: "postgres",
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const value = await fn(on(serialClient(client)));
        await client.query("COMMIT");
        return value;
      } catch (e) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          // A connection that cannot even roll back must not go back into the pool.
          broken = rollbackError as Error;
        }
        throw e;
      } finally {
        client.release(broken);
      }
    },
  };
}
