import type { PrismaPg } from "@prisma/adapter-pg";

// One interactive transaction is one PostgreSQL connection, and a connection runs one statement
// at a time. Prisma's query interpreter does not wait its turn: reading a row with two or more
// relations (`include: { tags, gallery, attachments }`) sends the relation queries together, and
// so does any Promise.all over `tx` calls. node-postgres queues them for now, with a
// DeprecationWarning ("Calling client.query() when the client is already executing a query");
// pg 9 will refuse them. These wrappers queue the statements of each transaction here instead, in
// the order they were sent, so every caller — today's and tomorrow's — is safe without having to
// know which Prisma calls fan out. Queries outside transactions take a pooled connection each and
// are left alone.

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** Runs each call after the previous one has settled (whatever its outcome), in call order. */
export function serialQueue(): <T>(run: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}

// Everything a transaction sends to its connection (savepoints are statements too; commit and
// rollback release the connection, so they wait for the statements before them).
const STATEMENTS = new Set<PropertyKey>([
  "queryRaw",
  "executeRaw",
  "createSavepoint",
  "rollbackToSavepoint",
  "releaseSavepoint",
  "commit",
  "rollback",
]);

function oneStatementAtATime(tx: Transaction): Transaction {
  const queue = serialQueue();
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return STATEMENTS.has(prop) ? (...args: unknown[]) => queue(async () => bound(...args)) : bound;
    },
  });
}

function withSerialTransactions(adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === "startTransaction") {
        return async (...args: Parameters<Adapter["startTransaction"]>) =>
          oneStatementAtATime(await target.startTransaction(...args));
      }
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The pg driver adapter, with each transaction's statements sent one at a time. */
export function serialTransactions(factory: PrismaPg): PrismaPg {
  return new Proxy(factory, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === "connect") return async () => withSerialTransactions(await target.connect());
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
