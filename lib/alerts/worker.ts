import { Logger, run, runOnce, type Runner, type TaskList } from "graphile-worker";
import { env } from "@/lib/env";
import { alertsEnabled } from "./mailer";
import type { AlertJobs } from "./queue";
import { alertCleanup, alertDigest, alertPost, alertSend } from "./tasks";

// The e-mail queue: graphile-worker on the site's PostgreSQL (its own schema, graphile_worker,
// installed by its own migrations when the worker starts). Every instance runs a worker; a job
// is taken by one of them (SELECT … FOR UPDATE SKIP LOCKED), sends run one at a time in the named
// queue MAIL_QUEUE, and the daily digest's cron entry runs once per day across all of them (its
// `fill` catches up a digest missed while every instance was down, up to 6 hours late).

export const ALERT_TASKS: TaskList = {
  alert_post: async (payload) => void (await alertPost(payload as AlertJobs["alert_post"])),
  alert_digest: async (payload) => void (await alertDigest(payload as AlertJobs["alert_digest"])),
  alert_send: (payload, helpers) => alertSend(payload as AlertJobs["alert_send"], helpers),
  alert_cleanup: async () => void (await alertCleanup()),
};

/** 08.00 Bangkok is 01.00 UTC (graphile-worker's cron reads UTC); the clean-up half an hour later. */
export const ALERT_CRONTAB = ["0 1 * * * alert_digest ?fill=6h", "30 1 * * * alert_cleanup ?fill=1d"].join("\n");

const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[alerts] ${message}`);
});

const KEY = Symbol.for("ect.alerts.worker");
type WithRunner = typeof globalThis & { [KEY]?: Promise<Runner> };

/** Starts this process's worker when alerts are enabled (SMTP_URL and DATABASE_URL); once. */
export function startAlertWorker(): Promise<Runner> | undefined {
  if (!alertsEnabled()) return undefined;
  const g = globalThis as WithRunner;
  if (g[KEY]) return g[KEY];
  g[KEY] = run({
    connectionString: env().databaseUrl,
    concurrency: 2,
    maxPoolSize: 4,
    pollInterval: 2_000,
    noHandleSignals: true,
    logger,
    taskList: ALERT_TASKS,
    crontab: ALERT_CRONTAB,
  }).catch((e: unknown) => {
    // The database may be restarting: try again in half a minute.
    delete g[KEY];
    setTimeout(() => void startAlertWorker()?.catch(() => undefined), 30_000).unref();
    throw e;
  });
  return g[KEY];
}

/** Stops the worker (server shutdown), letting the job in hand finish. */
export async function stopAlertWorker(): Promise<void> {
  const g = globalThis as WithRunner;
  const runner = g[KEY];
  delete g[KEY];
  if (runner) await (await runner).stop();
}

/** Runs every job due now, then returns: what tests use instead of a running worker. */
export function runAlertJobsOnce(connectionString: string): Promise<void> {
  return runOnce({ connectionString, logger, taskList: ALERT_TASKS });
}
