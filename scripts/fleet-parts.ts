// The production shape on one machine (README: Several instances), for `npm run fleet` and the
// tests (tests/fleet): Varnish with deploy/varnish/ect.vcl before N instances of the site, each
// `node --import tsx server/serve.ts` on a port of its own with a copy of the build of its own (as on separate
// machines: Next keeps rendered pages on disk in the build) and a data folder of its own (no
// shared folder: uploaded files live in PostgreSQL, FILE_STORAGE=database, and each instance keeps
// its own copies), all on one PostgreSQL, trusting one proxy and telling Varnish to drop its copies
// after a change (FRONT_PURGE_URL).
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { waitForAnswer } from "./wait-for-answer";

/** Debian's Varnish (package varnish). */
export const VARNISHD = "/usr/sbin/varnishd";

export type FleetOptions = {
  /** The project folder. */
  root: string;
  instances: number;
  frontPort: number;
  /** Instance i (from 1) listens on basePort + i. */
  basePort: number;
  /**
   * What every instance gets besides the fleet's own settings: DATABASE_URL and NEXTAUTH_SECRET
   * (one key for all, so a session started on one instance is good on the others), …
   */
  env: Record<string, string>;
  /** The build to copy for each instance (NEXT_DIST_DIR), relative to root. */
  distDir: string;
  /** Where the instances' and Varnish's output and working files go. */
  workDir: string;
  /** Echo the processes' output to this process's too. */
  echo?: boolean;
};

export type Instance = {
  index: number;
  port: number;
  url: string;
  /** Its Prometheus metrics: port + 1000 (server/metrics.ts). */
  metricsUrl: string;
  /** Its output, one JSON line per request among it (server/request-log.ts). */
  log: string;
  /** Its own data folder (DATA_DIR); its copies of uploaded files are in uploads/ under it. */
  dataDir: string;
  /** The running process, if any. */
  process(): ChildProcess | undefined;
  /** Starts it and waits until /readyz answers 200. */
  start(): Promise<void>;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops it and removes its copy of the build. */
  remove(): Promise<void>;
};

export type Fleet = { frontUrl: string; instances: Instance[]; stop(): Promise<void> };

/**
 * backends.vcl for deploy/varnish/ect.vcl: one backend per port and two round-robin directors:
 * `site` of them probed (public pages), `site_any` of the same instances unprobed (staff, API).
 */
export function backendsVcl(ports: number[]): string {
  const backend = (name: string, port: number, probe: boolean) =>
    `backend ${name} {\n    .host = "127.0.0.1";\n    .port = "${port}";\n${probe ? "    .probe = ready;\n" : ""}    .connect_timeout = 1s;\n    .first_byte_timeout = 30s;\n}`;
  const names = ports.map((_, i) => `instance${i + 1}`);
  return [
    ...ports.map((port, i) => backend(names[i]!, port, true)),
    ...ports.map((port, i) => backend(`${names[i]}_any`, port, false)),
    [
      "sub vcl_init {",
      "    new site = directors.round_robin();",
      ...names.map((n) => `    site.add_backend(${n});`),
      "    new site_any = directors.round_robin();",
      ...names.map((n) => `    site_any.add_backend(${n}_any);`),
      "}",
    ].join("\n"),
    "",
  ].join("\n\n");
}

/** A copy of the build without its page caches (Next's rendered pages on disk). */
export function copyBuild(root: string, from: string, to: string): string {
  const source = path.join(root, from);
  const skip = new Set([path.join(source, "cache"), path.join(source, "server", "route-cache")]);
  rmSync(path.join(root, to), { recursive: true, force: true });
  cpSync(source, path.join(root, to), { recursive: true, filter: (src) => !skip.has(src) });
  return to;
}

function logTo(child: ChildProcess, file: string, echo: boolean): void {
  const out = createWriteStream(file, { flags: "a" });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      out.write(chunk);
      if (echo) process.stdout.write(chunk);
    });
  }
  child.once("exit", () => out.end());
}

function ended(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** This process's environment without what a test runner set: a server under Vitest starts no scheduler. */
function serverEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST")));
}

export type InstanceOptions = Pick<FleetOptions, "root" | "basePort" | "env" | "distDir" | "workDir" | "echo"> & {
  index: number;
};

/**
 * One instance of the built site (not started): port basePort + index, its own copy of the build
 * and its own data folder under workDir (DATA_DIR and UPLOADS_DIR unless `env` names others).
 */
export function siteInstance(o: InstanceOptions): Instance {
  const { index } = o;
  const port = o.basePort + index;
  const dist = copyBuild(o.root, o.distDir, `${o.distDir}-fleet-${port}`);
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(o.workDir, `instance-${index}.log`);
  const dataDir = o.env.DATA_DIR ?? path.join(o.workDir, `instance-${index}`);
  return {
    index,
    port,
    url,
    dataDir,
    metricsUrl: `http://127.0.0.1:${port + 1000}/metrics`,
    log,
    process: () => child,
    async start() {
      // Node itself with tsx's loader, not the tsx command: that one runs the server as a child
      // process, which a SIGKILL to it would leave running.
      child = spawn(process.execPath, ["--import", "tsx", "server/serve.ts"], {
        cwd: o.root,
        env: {
          ...serverEnv(),
          DATA_DIR: dataDir,
          UPLOADS_DIR: path.join(dataDir, "uploads"),
          ...o.env,
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          NODE_ENV: "production",
          NEXT_DIST_DIR: dist,
          TRUSTED_PROXIES: "1",
          METRICS_PORT: String(port + 1000),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      logTo(child, log, !!o.echo);
      await waitForAnswer(`${url}/readyz`, { ms: 90_000 });
    },
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      const c = child;
      c?.kill(signal);
      await ended(c);
    },
    async remove() {
      await this.stop();
      rmSync(path.join(o.root, dist), { recursive: true, force: true });
    },
  };
}

export async function startFleet(o: FleetOptions): Promise<Fleet> {
  mkdirSync(o.workDir, { recursive: true });
  const frontUrl = `http://127.0.0.1:${o.frontPort}`;

  const instances = Array.from({ length: o.instances }, (_, i) =>
    siteInstance({
      ...o,
      index: i + 1,
      // No shared folder: files live in PostgreSQL; each instance keeps its own copies.
      env: { FILE_STORAGE: "database", FRONT_PURGE_URL: frontUrl, ...o.env },
    }),
  );

  let varnish: ChildProcess | undefined;
  const stop = async () => {
    varnish?.kill("SIGTERM");
    await ended(varnish);
    await Promise.all(instances.map((i) => i.remove()));
  };
  try {
    // The first instance alone first: it may run start-up work the others then find done.
    await instances[0]!.start();
    await Promise.all(instances.slice(1).map((i) => i.start()));
    writeFileSync(path.join(o.workDir, "backends.vcl"), backendsVcl(instances.map((i) => i.port)));
    varnish = spawn(
      VARNISHD,
      [
        "-F",
        "-j",
        "none",
        "-n",
        path.join(o.workDir, "varnish"),
        "-a",
        `127.0.0.1:${o.frontPort}`,
        "-T",
        "none",
        "-f",
        path.join(o.root, "deploy/varnish/ect.vcl"),
        "-p",
        `vcl_path=${o.workDir}:${path.join(o.root, "deploy/varnish")}`,
        "-p",
        "max_retries=6",
        "-s",
        "malloc,256m",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    logTo(varnish, path.join(o.workDir, "varnish.log"), !!o.echo);
    await waitForAnswer(`${frontUrl}/healthz`, { ms: 30_000 });
    return { frontUrl, instances, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
