import { getRootPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { contentInDatabase, pruneLocalCopies } from "@/lib/media/content";
import { removePartials } from "@/lib/media/durable";
import { sweepUnusedUploads } from "@/lib/media/sweep";

// Upload housekeeping for the running server: at start, ".part" leftovers of uploads a crash cut
// short (no upload is running yet, so all of them); a minute later and then every hour, uploads
// nothing has used for a day, and (FILE_STORAGE=database) this instance's copies of files no row
// names any more. Called once from instrumentation.ts.

const SWEEP_EVERY_MS = 60 * 60_000;
// The first sweep waits until start-up (migrations, first renders) is over.
const FIRST_SWEEP_MS = 60_000;

export async function startUploadMaintenance(): Promise<void> {
  const removed = await removePartials(env().uploadsDir).catch(report("clear unfinished uploads"));
  if (removed) console.log(`[media] removed ${removed} unfinished upload(s)`);
  const sweep = async () => {
    await sweepUnusedUploads().catch(report("remove unused uploads"));
    if (!contentInDatabase()) return;
    const pruned = await pruneLocalCopies(getRootPrisma(), env().uploadsDir).catch(report("prune old copies"));
    if (pruned) console.log(`[media] removed ${pruned} copy(ies) of files replaced or deleted elsewhere`);
  };
  setTimeout(() => void sweep(), FIRST_SWEEP_MS).unref();
  setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
}

function report(what: string) {
  return (e: unknown): 0 => {
    console.error(`[media] could not ${what}: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  };
}
