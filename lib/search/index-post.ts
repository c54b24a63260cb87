import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { buildSearchVector, documentWords, type SearchDocument } from "./document";
import { buildNgramVector, buildSearchText } from "./ngram";
import { htmlToText } from "./text";

// Keeps Post.searchVector in step with what the public page shows. Called inside the writing
// transaction after the post's columns and relations are written: lib/posts/content.ts
// writeRelations (every save, restore and publish of content goes through it), replacing a file
// (its name may change), and the demo seed.

type Db = Prisma.TransactionClient | PrismaClient;

const SOURCE = {
  officeId: true,
  title: true,
  summary: true,
  body: true,
  titleEn: true,
  summaryEn: true,
  bodyEn: true,
  tags: { select: { tag: { select: { name: true } } } },
  attachments: { select: { label: true, asset: { select: { fileName: true } } } },
} as const;

type SourceRow = Prisma.PostGetPayload<{ select: typeof SOURCE }>;

type Indexed = { vector: string; ngrams: string; text: string };

function indexOf(row: SourceRow | null): Indexed {
  if (!row) return { vector: "", ngrams: "", text: "" };
  const english = {
    titleEn: row.titleEn ?? "",
    summaryEn: row.summaryEn ?? "",
    bodyTextEn: htmlToText(row.bodyEn ?? ""),
  };
  const doc: SearchDocument = {
    title: row.title,
    summary: row.summary,
    bodyText: htmlToText(row.body),
    tags: row.tags.map((t) => t.tag.name),
    attachments: row.attachments.flatMap((a) => (a.label ? [a.label, a.asset.fileName] : [a.asset.fileName])),
    ...english,
  };
  const text = buildSearchText([
    doc.title,
    english.titleEn,
    doc.summary,
    english.summaryEn,
    ...doc.tags,
    ...doc.attachments,
    doc.bodyText,
    english.bodyTextEn,
  ]);
  const words = documentWords(doc);
  return { vector: buildSearchVector(doc, words), ngrams: buildNgramVector(row.officeId, text, words.keys()), text };
}

async function write(db: Db, postId: number, i: Indexed): Promise<void> {
  await db.$executeRaw`UPDATE "Post" SET "searchVector" = ${i.vector}::tsvector,
    "ngramVector" = ${i.ngrams}::tsvector, "searchText" = ${i.text} WHERE id = ${postId}`;
}

export async function refreshSearchVector(db: Db, postId: number): Promise<void> {
  const row = await db.post.findUnique({ where: { id: postId }, select: SOURCE });
  if (!row) return;
  await write(db, postId, indexOf(row));
}

/** Posts that attach the asset: their documents name its file. */
export async function refreshSearchForAsset(db: Db, assetId: number): Promise<void> {
  const rows = await db.postAttachment.findMany({ where: { assetId }, select: { postId: true } });
  for (const { postId } of rows) await refreshSearchVector(db, postId);
}

/**
 * Indexes posts that have no search document yet (posts written before search existed, or
 * before the n-gram index did, or by hand in SQL). Returns how many. Run at start-up and by `npm run db:migrate`.
 */
export async function indexMissing(db: PrismaClient, batch = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await db.$queryRaw<
      Array<{ id: number }>
    >`SELECT id FROM "Post" WHERE "searchVector" IS NULL OR "ngramVector" IS NULL ORDER BY id LIMIT ${batch}`;
    if (ids.length === 0) return done;
    for (const { id } of ids) {
      const row = await db.post.findUnique({ where: { id }, select: SOURCE });
      // An empty document is still a document: '' marks the post as indexed.
      await write(db, id, indexOf(row));
    }
    done += ids.length;
  }
}
