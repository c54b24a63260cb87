import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedAsset } from "./asset-types";
import { images, files, media } from "./assets";
import { seedElections } from "./elections";
import { events } from "./events";
import { makePdf, makePng, sha256 } from "./files";
import { executives, officePages } from "./office";
import { holidays } from "./holidays";
import { posts, type SeedDate, type SeedPost } from "./posts";
import { disclosureData, disclosures } from "./procurement";
import { seedOtherOffices } from "./offices";
import { seedUser, siteSettings } from "./settings";
import { bkkDaysFrom } from "./time";
import { refreshSearchVector } from "@/lib/search/index-post";

export { MOU_SLUG, MOU_TITLE, SPECIAL_FAQ_TITLE, SPECIAL_TITLE } from "./posts";

export type SeedOptions = {
  /** The uploads folder; files go to `${uploadsDir}/seed/<name>`. */
  uploadsDir: string;
  /** "Today" for the relative parts of the demo (recent posts, this month's events). */
  now?: Date;
};

export type SeedResult = { posts: number; events: number; assets: number; elections: number; disclosures: number };

/** True when the database has never been set up: no settings row and no posts. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  const [settings, postCount] = await Promise.all([prisma.siteSettings.count(), prisma.post.count()]);
  return settings === 0 && postCount === 0;
}

type BuiltAsset = { spec: SeedAsset; bytes: Buffer; storagePath: string; absPath: string };

/**
 * Fills an empty database with the demo office: settings, an admin without a password, posts in
 * all eight sections with files, events, holidays, two elections' results and two fiscal years of
 * procurement disclosures. Files are written
 * first; the rows go in one transaction, and if it fails the files this call created are removed
 * again.
 */
export async function seedDemo(prisma: PrismaClient, opts: SeedOptions): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  if (!(await isDatabaseEmpty(prisma))) throw new Error("seedDemo: the database already has content");

  const built = buildAssets(opts.uploadsDir);
  const created = await writeAssets(built);
  try {
    return await prisma.$transaction((tx) => insertRows(tx, built, now), { maxWait: 10_000, timeout: 120_000 });
  } catch (error) {
    await Promise.all(created.map((p) => rm(p, { force: true })));
    throw error;
  }
}

function buildAssets(uploadsDir: string): BuiltAsset[] {
  return [...images, ...files, ...media].map((spec) => {
    const bytes = spec.kind === "IMAGE" ? makePng(spec.picture) : spec.kind === "FILE" ? makePdf(spec.pdf) : spec.bytes;
    const storagePath = `seed/${spec.name}`;
    return { spec, bytes, storagePath, absPath: path.join(uploadsDir, storagePath) };
  });
}

/** Writes every file; returns the paths that did not exist before (to undo on failure). */
async function writeAssets(built: BuiltAsset[]): Promise<string[]> {
  const created: string[] = [];
  for (const a of built) {
    await mkdir(path.dirname(a.absPath), { recursive: true });
    const existed = await stat(a.absPath).then(
      () => true,
      () => false,
    );
    await writeFile(a.absPath, a.bytes);
    if (!existed) created.push(a.absPath);
  }
  return created;
}

async function insertRows(tx: Prisma.TransactionClient, built: BuiltAsset[], now: Date): Promise<SeedResult> {
  await tx.siteSettings.create({ data: siteSettings });
  const user =
    (await tx.user.findFirst({ where: { email: seedUser.email } })) ?? (await tx.user.create({ data: seedUser }));
  await tx.holiday.createMany({ data: holidays, skipDuplicates: true });
  await tx.officePage.createMany({ data: officePages.map((p) => ({ ...p, updatedById: user.id })) });
  await tx.executive.createMany({ data: executives.map((e, i) => ({ ...e, sortOrder: (i + 1) * 10 })) });

  const tagNames = [...new Set(posts.flatMap((p) => p.tags ?? []))];
  await tx.tag.createMany({ data: tagNames.map((name) => ({ name })), skipDuplicates: true });
  const tagIds = new Map((await tx.tag.findMany()).map((t) => [t.name, t.id]));

  const assetRows = await tx.asset.createManyAndReturn({
    data: built.map(({ spec, bytes, storagePath }) => ({
      kind: spec.kind,
      fileName: spec.fileName,
      storagePath,
      mimeType: spec.kind === "IMAGE" ? "image/png" : spec.kind === "FILE" ? "application/pdf" : spec.mimeType,
      size: bytes.length,
      width: spec.kind === "IMAGE" ? spec.picture.width : null,
      height: spec.kind === "IMAGE" ? spec.picture.height : null,
      alt: spec.kind === "IMAGE" ? spec.alt : "",
      sha256: sha256(bytes),
      downloadCount: spec.kind === "FILE" ? spec.downloadCount : 0,
      uploadedById: user.id,
    })),
    select: { id: true, storagePath: true },
  });
  const byStorage = new Map(assetRows.map((r) => [r.storagePath, r.id]));
  const assetId = (key: string): number => {
    const spec = built.find((b) => b.spec.key === key);
    const id = spec && byStorage.get(spec.storagePath);
    if (id === undefined) throw new Error(`seed: unknown asset "${key}"`);
    return id;
  };

  // Oldest first, so that ids grow with publication dates as they would on a real site.
  const ordered = posts
    .map((post) => ({ post, at: resolveDate(post.at, now) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { post, at } of ordered) {
    const row = await tx.post.create({ data: postData(post, at, now, user.id, assetId, tagIds), select: { id: true } });
    await refreshSearchVector(tx, row.id);
  }

  const eventRows = events(now).map((e) => ({ ...e, createdById: user.id }));
  await tx.event.createMany({ data: eventRows });
  const elections = await seedElections(tx);
  await tx.procurementDisclosure.createMany({
    data: disclosures.map((d) => disclosureData(d, assetId(d.asset), user.id)),
  });
  const otherPosts = await seedOtherOffices(tx, now);

  return {
    posts: ordered.length + otherPosts,
    events: eventRows.length,
    assets: assetRows.length,
    elections,
    disclosures: disclosures.length,
  };
}

/** Resolves a seed date; a fixed date later than `now` is pulled back to just before `now`. */
function resolveDate(d: SeedDate, now: Date): Date {
  const at = d instanceof Date ? d : bkkDaysFrom(now, -d.daysAgo, d.hh, d.mm ?? 0);
  return at.getTime() <= now.getTime() ? at : new Date(now.getTime() - 60 * 60_000);
}

function postData(
  post: SeedPost,
  at: Date,
  now: Date,
  authorId: number,
  assetId: (key: string) => number,
  tagIds: Map<string, number>,
): Prisma.PostCreateInput {
  const status = post.status ?? "PUBLISHED";
  const published = status === "PUBLISHED";
  const updatedAt = published && post.updated ? resolveDate(post.updated.at, now) : undefined;
  const lastUpdatedAt = updatedAt && updatedAt > at ? updatedAt : undefined;
  const slugs = [...(post.oldSlugs ?? []), ...(post.slug ? [post.slug] : [])];
  return {
    section: post.section,
    status,
    title: post.title,
    slug: post.slug ?? null,
    summary: post.summary,
    body: post.body,
    titleEn: post.english?.title ?? null,
    summaryEn: post.english?.summary ?? null,
    bodyEn: post.english?.body ?? null,
    author: { connect: { id: authorId } },
    cover: post.cover ? { connect: { id: assetId(post.cover) } } : undefined,
    video: post.video ? { connect: { id: assetId(post.video.asset) } } : undefined,
    videoPoster: post.video?.poster ? { connect: { id: assetId(post.video.poster) } } : undefined,
    videoCaptions: post.video?.captions ? { connect: { id: assetId(post.video.captions) } } : undefined,
    createdAt: at,
    updatedAt: lastUpdatedAt ?? at,
    publishedAt: published ? at : null,
    firstPublishedAt: published ? at : null,
    lastUpdatedAt: lastUpdatedAt ?? null,
    version: lastUpdatedAt ? 2 : 1,
    viewCount: published ? (post.viewCount ?? 0) : 0,
    slugs: slugs.length
      ? { create: slugs.map((slug, i) => ({ slug, createdAt: new Date(at.getTime() + i * 60_000) })) }
      : undefined,
    attachments: post.attachments?.length
      ? { create: post.attachments.map((a, i) => ({ assetId: assetId(a.asset), position: i, label: a.label ?? "" })) }
      : undefined,
    gallery: post.gallery?.length
      ? { create: post.gallery.map((g, i) => ({ assetId: assetId(g.asset), position: i, caption: g.caption ?? "" })) }
      : undefined,
    tags: post.tags?.length
      ? { create: post.tags.map((name) => ({ tag: { connect: { id: tagIds.get(name) ?? -1 } } })) }
      : undefined,
    changeNotes:
      lastUpdatedAt && post.updated ? { create: [{ note: post.updated.note, createdAt: lastUpdatedAt }] } : undefined,
  };
}
