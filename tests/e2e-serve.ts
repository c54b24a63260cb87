// `npm run e2e:serve`: the end-to-end suite's server on its own — a fresh seeded database with the
// e2e staff accounts and the production build (run `npm run build` first), on E2E_PORT (3100).
// Then, in another terminal: E2E_BASE_URL=http://127.0.0.1:3100 npx playwright test -c
// tests/playwright.config.ts tests/e2e/<spec>. Ctrl-C stops the server and drops the database.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { createE2EDatabase, smtpPortFor } from "./helpers/e2e-database";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";
const db = await createE2EDatabase();
const server = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/serve.ts"], {
  cwd: root,
  // E-mail alerts go to the SMTP server the alerts spec runs (E2E_SMTP_PORT=<port + 50> for it).
  env: {
    ...process.env,
    ...db.env,
    PORT: port,
    NODE_ENV: "production",
    SMTP_URL: `smtp://127.0.0.1:${smtpPortFor(Number(port))}`,
  },
  stdio: "inherit",
});
console.log(`e2e server on http://127.0.0.1:${port} (Ctrl-C stops it and drops its database)`);
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await db.drop();
  process.exit(code ?? 0);
});
