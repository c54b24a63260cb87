import { getPrisma } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// THE rule for who may fetch an uploaded file. The public may, while published content uses it:
// a published post's cover, gallery picture, attachment, video (with its poster and captions), or
// a file its body shows or links; a published procurement disclosure; an executive's photo (the
// About page lists them all); a candidate's photo in a published election; a file an office
// page's body shows or links.
// Anything else (drafts, posts in review, scheduled or withdrawn posts, unpublished disclosures
// and elections, uploads not used yet) is for signed-in staff only.
//
// Body uses come from AssetBodyUse, which database triggers keep in step with Post.body and
// OfficePage.body on every write (migration asset_access): parsing every published body here on
// each request would cost a scan of all posts per file (and per crawler guess), and a table
// written by application code would be wrong the day a new way of saving a body forgets it.

type Db = PrismaClient | Prisma.TransactionClient;

export async function isPublicAsset(assetId: number, db: Db = getPrisma()): Promise<boolean> {
  const rows = await db.$queryRaw<{ public: boolean }[]>`
    SELECT (
      EXISTS (SELECT 1 FROM "Post" p WHERE p."coverId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (SELECT 1 FROM "Post" p WHERE p."videoId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (SELECT 1 FROM "Post" p WHERE p."videoPosterId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (SELECT 1 FROM "Post" p WHERE p."videoCaptionsId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (SELECT 1 FROM "PostAttachment" x JOIN "Post" p ON p.id = x."postId" WHERE x."assetId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (SELECT 1 FROM "PostImage" x JOIN "Post" p ON p.id = x."postId" WHERE x."assetId" = ${assetId} AND p.status = 'PUBLISHED')
      OR EXISTS (
        SELECT 1 FROM "AssetBodyUse" u LEFT JOIN "Post" p ON p.id = u."postId"
        WHERE u."assetId" = ${assetId} AND (u."officePage" IS NOT NULL OR p.status = 'PUBLISHED')
      )
      OR EXISTS (SELECT 1 FROM "ProcurementDisclosure" d WHERE d."fileId" = ${assetId} AND d.published)
      OR EXISTS (SELECT 1 FROM "Executive" e WHERE e."photoId" = ${assetId})
      OR EXISTS (
        SELECT 1 FROM "Candidate" c JOIN "Contest" k ON k.id = c."contestId" JOIN "Election" el ON el.id = k."electionId"
        WHERE c."photoId" = ${assetId} AND el.published
      )
    ) AS public`;
  return rows[0]?.public === true;
}
