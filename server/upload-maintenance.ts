import { env } from "@/lib/env";
import { removePartials } from "@/lib/media/durable";
import { sweepUnusedUploads } from "@/lib/media/sweep";

// Upload housekeeping for the running server: at start, ".part" leftovers of uploads a crash cut
// short (no upload is running yet, so all of them); a minute later and then every hour, uploads
// nothing has used for a day. Called once from instrumentation.ts.

const SWEEP_EVERY_MS = 60 * 60_000;
// The first sweep waits until start-up (migrations, first renders) is over.
const FIRST_SWEEP_MS = 60_000;

export async function startUploadMaintenance(): Promise<void> {
  const removed = await removePartials(env().uploadsDir).catch(report("clear unfinished uploads"));
  if (removed) console.log(`[media] removed ${removed} unfinished upload(s)`);
  const sweep = () => sweepUnusedUploads().catch(report("remove unused uploads"));
  setTimeout(() => void sweep(), FIRST_SWEEP_MS).unref();
  setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
}

function report(what: string) {
  return (e: unknown): 0 => {
    console.error(`[media] could not ${what}: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  };
}
