import { audit } from "@/lib/audit/log";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";
import { removeStoredFile } from "./store";

// Uploads nothing uses are deleted a day after upload (row, then file): a file chosen in the
// editor but never saved, or saved and later removed from every post. "Uses" is wider than
// "public": any post in any state, its pending draft and every revision (so restoring an old
// version never finds its file gone), office pages, executives, candidates and disclosures.

export const UNUSED_AFTER_MS = 24 * 60 * 60_000;
const BATCH = 200;

// Every asset id named in a post's pending draft or in a revision snapshot (lib/posts/revisions:
// coverId, the video's three files, galleryIds, attachmentIds, and files the body shows or links).
const SNAPSHOT_REFS = Prisma.sql`
  WITH docs AS (
    SELECT data AS j FROM "PostRevision"
    UNION ALL SELECT draft FROM "Post" WHERE draft IS NOT NULL
  )
  SELECT (j->>f)::int AS id FROM docs, unnest(ARRAY['coverId', 'videoId', 'videoPosterId', 'videoCaptionsId']) AS f
  WHERE j->>f ~ '^[0-9]{1,9}$'
  UNION SELECT e.v::int FROM docs, jsonb_array_elements_text(CASE WHEN jsonb_typeof(j->'galleryIds') = 'array' THEN j->'galleryIds' ELSE '[]'::jsonb END) AS e(v) WHERE e.v ~ '^[0-9]{1,9}$'
  UNION SELECT e.v::int FROM docs, jsonb_array_elements_text(CASE WHEN jsonb_typeof(j->'attachmentIds') = 'array' THEN j->'attachmentIds' ELSE '[]'::jsonb END) AS e(v) WHERE e.v ~ '^[0-9]{1,9}$'
  UNION SELECT b.id FROM docs, asset_body_ids(j->>'body') AS b(id)`;

const UNUSED = Prisma.sql`
  NOT EXISTS (SELECT 1 FROM "Post" p WHERE p."coverId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "Post" p WHERE p."videoId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "Post" p WHERE p."videoPosterId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "Post" p WHERE p."videoCaptionsId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "PostAttachment" x WHERE x."assetId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "PostImage" x WHERE x."assetId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "AssetBodyUse" u WHERE u."assetId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "ProcurementDisclosure" d WHERE d."fileId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "Executive" e WHERE e."photoId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM "Candidate" c WHERE c."photoId" = a.id)
  AND NOT EXISTS (SELECT 1 FROM (${SNAPSHOT_REFS}) r WHERE r.id = a.id)`;

/**
 * Deletes unused uploads older than a day, of every office, each office's in its own context (its
 * audit entries are its own); returns how many.
 */
export async function sweepUnusedUploads(now = new Date(), root: PrismaClient = getRootPrisma()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNUSED_AFTER_MS);
  const owners = await root.$queryRaw<{ officeId: number }[]>`
    SELECT DISTINCT a."officeId" FROM "Asset" a WHERE a."createdAt" < ${cutoff} AND ${UNUSED}`;
  if (owners.length === 0) return 0;
  const offices = new Map((await loadDirectory(root)).map((o) => [o.id, o]));
  let total = 0;
  for (const { officeId } of owners) {
    const office = offices.get(officeId);
    if (office) total += await runForOffice(office, () => sweepOffice(officeId, cutoff));
  }
  return total;
}

async function sweepOffice(officeId: number, cutoff: Date): Promise<number> {
  const db = getPrisma();
  let total = 0;
  for (;;) {
    const deleted = await db.$transaction(
      async (tx) => {
        // Locking first makes a save that is attaching one of these files right now either finish
        // before the check below (which then sees it) or wait and fail on the missing row; the
        // check runs as a new statement, so it sees everything committed up to the lock.
        const locked = await tx.$queryRaw<{ id: number }[]>`
        SELECT a.id FROM "Asset" a WHERE a."officeId" = ${officeId} AND a."createdAt" < ${cutoff} AND ${UNUSED}
        ORDER BY a.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return [];
        const ids = Prisma.join(locked.map((r) => r.id));
        const rows = await tx.$queryRaw<
          { id: number; fileName: string; storagePath: string; sha256: string; size: number }[]
        >`
        DELETE FROM "Asset" a WHERE a.id IN (${ids}) AND ${UNUSED} RETURNING a.id, a."fileName", a."storagePath", a.sha256, a.size`;
        for (const r of rows) {
          await audit(tx, {
            userId: null,
            action: "asset.delete",
            entity: "asset",
            entityId: r.id,
            before: {
              fileName: r.fileName,
              storagePath: r.storagePath,
              sha256: r.sha256,
              size: r.size,
              reason: "unused for a day",
            },
          });
        }
        return rows;
        // A busy server (or one still starting) may keep the pool waiting; this can wait too.
      },
      { maxWait: 15_000, timeout: 60_000 },
    );
    // Files go after the rows are gone for good: a failed delete leaves a file, never a dead row.
    for (const r of deleted) await removeStoredFile(r.storagePath);
    total += deleted.length;
    if (deleted.length < BATCH) return total;
  }
}
