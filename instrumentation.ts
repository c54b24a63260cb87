// Runs once when the Next server boots. Opening the database here (rather than on the first
// request) takes the embedded data folder's lock at start-up, so a second server on the same
// folder fails at once with a clear message.
export async function register(): Promise<void> {
  // Raw reads of what Next and Vitest set for themselves, before anything may call env().
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before anything reads it: NEXTAUTH_SECRET (or the one kept in $DATA_DIR/auth-secret) and
  // NEXTAUTH_URL (defaults to SITE_URL).
  const { prepareAuthAtBoot } = await import("./lib/auth/secret");
  prepareAuthAtBoot();
  const { installHeaderDedupe } = await import("./server/dedupe-headers");
  installHeaderDedupe();
  const { openAtBoot } = await import("./lib/db/boot");
  await openAtBoot();
  // Unfinished uploads a crash left behind, then hourly: uploads nothing has used for a day.
  if (!process.env.VITEST) await (await import("./server/upload-maintenance")).startUploadMaintenance();
  // Scheduled posts publish on time even when no request arrives (never inside tests).
  if (process.env.NODE_ENV !== "test" && !process.env.VITEST) {
    const { startScheduler } = await import("./server/scheduler");
    startScheduler();
    // E-mail alerts (SMTP_URL on PostgreSQL): the queue's worker, which installs its schema first.
    const { startAlertWorker } = await import("./lib/alerts/worker");
    await startAlertWorker()?.catch((e: unknown) => {
      console.error("[alerts] the e-mail queue did not start:", e instanceof Error ? e.message : e);
    });
  }
}
