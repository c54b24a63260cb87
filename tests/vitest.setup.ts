import { afterAll, afterEach } from "vitest";

// Fails the test during which a DeprecationWarning from `pg` was emitted. The one seen in the
// server log, "Calling client.query() when the client is already executing a query", means two
// queries overlapped on one interactive transaction's connection; the next major pg makes that
// an error. Node emits each deprecation once per process and asynchronously (process.emitWarning
// → 'warning' event), so the check runs after each test, and once more after the file.

const seen: Error[] = [];

function fromPg(warning: Error): boolean {
  if (warning.name !== "DeprecationWarning") return false;
  const text = `${warning.message}\n${warning.stack ?? ""}`;
  return /pg@\d|client\.query\(\)/.test(text) || /[\\/]node_modules[\\/](pg|pg-pool|pg-protocol)[\\/]/.test(text);
}

// A run with --no-deprecation would hide the very warning this file is for.
process.noDeprecation = false;
process.on("warning", (warning) => {
  if (fromPg(warning)) seen.push(warning);
});

async function check(): Promise<void> {
  // The 'warning' event fires on a later tick than the query that caused it.
  await new Promise((r) => setImmediate(r));
  const found = seen.splice(0);
  if (found.length > 0) {
    throw new Error(
      `pg emitted a DeprecationWarning during this test (queries overlapping on one connection?):\n${found.map((w) => w.stack ?? w.message).join("\n")}`,
    );
  }
}

afterEach(check);
afterAll(check);
