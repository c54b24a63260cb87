// What `npm test` needs from the machine, checked in its first second (tests/run-all.ts) instead
// of minutes later in the browser tests: Chromium where tests/playwright.config.ts looks for it, a
// Thai font for the pages it renders, the PostgreSQL server of DATABASE_URL when one is set, and
// Varnish for the several-instances tests (tests/fleet), which run on that server.
// As root with apt-get, the missing Debian packages are installed; otherwise the run stops at once
// with the one command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { VARNISHD } from "@/scripts/fleet-parts";

export type Found = {
  chromium: boolean;
  thaiFont: boolean;
  varnish: boolean;
  /** "none" when DATABASE_URL is not set (the tests then use embedded databases). */
  postgres: "none" | "reachable" | "unreachable";
  root: boolean;
  aptGet: boolean;
};

export type Decision =
  { kind: "ready" } | { kind: "install"; packages: string[]; command: string } | { kind: "stop"; message: string };

/** Where tests/playwright.config.ts takes Chromium from. */
export const chromiumPath = (env: Record<string, string | undefined> = process.env) =>
  env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const aptCommand = (packages: string[]) =>
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(" ")}`;

/**
 * What to do about what was found; `browser` says whether the run includes browser tests, `fleet`
 * whether it includes the several-instances tests.
 */
export function decide(found: Found, browser: boolean, fleet = false): Decision {
  if (found.postgres === "unreachable") {
    return {
      kind: "stop",
      message:
        "PostgreSQL at DATABASE_URL does not answer: start it (e.g. `pg_ctlcluster <version> main start`) or unset DATABASE_URL",
    };
  }
  const packages = [
    ...(browser ? [...(found.chromium ? [] : ["chromium"]), ...(found.thaiFont ? [] : ["fonts-thai-tlwg"])] : []),
    ...(fleet && !found.varnish ? ["varnish"] : []),
  ];
  if (packages.length === 0) return { kind: "ready" };
  const command = aptCommand(packages);
  if (found.root && found.aptGet) return { kind: "install", packages, command };
  return {
    kind: "stop",
    message: `the tests need ${packages.join(" and ")}: run \`sudo sh -c '${command}'\` first`,
  };
}

const succeeds = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout : null;
};

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Looks at this machine. */
export async function look(env: NodeJS.ProcessEnv = process.env): Promise<Found> {
  const fonts = succeeds("fc-list", [":lang=th", "family"]);
  return {
    chromium: existsSync(chromiumPath(env)),
    thaiFont: fonts !== null ? fonts.trim() !== "" : succeeds("dpkg", ["-s", "fonts-thai-tlwg"]) !== null,
    varnish: existsSync(VARNISHD),
    postgres: env.DATABASE_URL ? ((await postgresAnswers(env.DATABASE_URL)) ? "reachable" : "unreachable") : "none",
    root: process.getuid?.() === 0,
    aptGet: succeeds("sh", ["-c", "command -v apt-get"]) !== null,
  };
}

/** Checks, installs what it may, and otherwise ends the process with the command to run. */
export async function ensurePrerequisites(browser: boolean, fleet = false): Promise<void> {
  const decision = decide(await look(), browser, fleet);
  if (decision.kind === "ready") return;
  if (decision.kind === "stop") {
    console.error(`npm test cannot run: ${decision.message}`);
    process.exit(1);
  }
  console.log(`installing ${decision.packages.join(", ")} for the tests`);
  const r = spawnSync("sh", ["-c", decision.command], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const after = decide(await look(), browser, fleet);
  if (r.status !== 0 || after.kind !== "ready") {
    console.error(`npm test cannot run: installing ${decision.packages.join(", ")} failed (${decision.command})`);
    process.exit(1);
  }
}
