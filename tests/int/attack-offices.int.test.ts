// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { DirectoryOffice } from "@/lib/offices/hosts";
import type { TestDatabase } from "@/tests/helpers/db";
import type { Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// The attack suite's cross-office section. Every server action is set up as Chiang Rai's staff
// would carry it out (tests/helpers/attack-cases.ts: Chiang Rai's ids in the form), then sent by
// Phayao's admin on Phayao's site: nothing of Chiang Rai's may change, and no Phayao row may come
// to point at a Chiang Rai row. Then the same for files (download, replace, attach) and previews.

const env = vi.hoisted(() => {
  const uploadsDir = `${process.env.TMPDIR ?? "/tmp"}/attack-offices-${process.pid}-${Date.now()}`;
  process.env.UPLOADS_DIR = uploadsDir;
  process.env.SITE_URL = "https://ect.example.go.th";
  return { uploadsDir, site: "https://ect.example.go.th" };
});
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { createTestDatabase } = await import("@/tests/helpers/db");
const { createStaff, sessionSwitch } = await import("@/tests/helpers/manage-fixtures");
const { makeAsset, makePost } = await import("@/tests/helpers/post-fixtures");
const { attackCases } = await import("@/tests/helpers/attack-cases");
const { outcome, serverActions } = await import("@/tests/helpers/server-actions");
const { runForOffice } = await import("@/lib/offices/context");
const { loadDirectory } = await import("@/lib/offices/directory");
const { OWNED_MODELS } = await import("@/lib/offices/scope");
const { pdfBytes } = await import("@/tests/helpers/media-samples");

const IDLE = {};
let db: TestDatabase;
let staff: Staff;
let phayao: DirectoryOffice;
let chiangraiId: number;
let phayaoAdmin: SessionUser;
const session = sessionSwitch();

const CASES = attackCases({
  get db() {
    return db;
  },
  get staff() {
    return staff;
  },
  session,
});

// Rows that belong to an office through a parent: how to reach the parent's office.
const THROUGH: Record<string, string> = {
  PostSlug: `JOIN "Post" p ON p.id = t."postId"`,
  ChangeNote: `JOIN "Post" p ON p.id = t."postId"`,
  PostRevision: `JOIN "Post" p ON p.id = t."postId"`,
  PostAttachment: `JOIN "Post" p ON p.id = t."postId"`,
  PostImage: `JOIN "Post" p ON p.id = t."postId"`,
  PostTag: `JOIN "Post" p ON p.id = t."postId"`,
  Contest: `JOIN "Election" p ON p.id = t."electionId"`,
  Candidate: `JOIN "Contest" k ON k.id = t."contestId" JOIN "Election" p ON p.id = k."electionId"`,
  ElectionPost: `JOIN "Election" p ON p.id = t."electionId"`,
  Session: `JOIN "User" p ON p.id = t."userId"`,
  AssetBodyUse: `JOIN "Asset" p ON p.id = t."assetId"`,
};

/** Every row of Chiang Rai's, in every table. */
async function chiangraiRows(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const tables: [string, string][] = [
    ...OWNED_MODELS.map((m): [string, string] => [m, `FROM "${m}" t WHERE t."officeId" = ${chiangraiId}`]),
    ...Object.entries(THROUGH).map(([m, join]): [string, string] => [
      m,
      `FROM "${m}" t ${join} WHERE p."officeId" = ${chiangraiId}`,
    ]),
  ];
  for (const [table, from] of tables) {
    const rows = await db.runner.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row ${from} ORDER BY 1`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** Links from a row of one office to a row of another: there must be none. */
async function crossLinks(): Promise<unknown[]> {
  return db.runner.query(`
    SELECT 'cover' AS link, p.id FROM "Post" p JOIN "Asset" a ON a.id = p."coverId" WHERE a."officeId" <> p."officeId"
    UNION ALL SELECT 'video', p.id FROM "Post" p JOIN "Asset" a ON a.id IN (p."videoId", p."videoPosterId", p."videoCaptionsId") WHERE a."officeId" <> p."officeId"
    UNION ALL SELECT 'redirect', p.id FROM "Post" p JOIN "Post" r ON r.id = p."redirectToId" WHERE r."officeId" <> p."officeId"
    UNION ALL SELECT 'attachment', x."postId" FROM "PostAttachment" x JOIN "Post" p ON p.id = x."postId" JOIN "Asset" a ON a.id = x."assetId" WHERE a."officeId" <> p."officeId"
    UNION ALL SELECT 'gallery', x."postId" FROM "PostImage" x JOIN "Post" p ON p.id = x."postId" JOIN "Asset" a ON a.id = x."assetId" WHERE a."officeId" <> p."officeId"
    UNION ALL SELECT 'tag', x."postId" FROM "PostTag" x JOIN "Post" p ON p.id = x."postId" JOIN "Tag" g ON g.id = x."tagId" WHERE g."officeId" <> p."officeId"
    UNION ALL SELECT 'election post', x.id FROM "ElectionPost" x JOIN "Post" p ON p.id = x."postId" JOIN "Election" e ON e.id = x."electionId" WHERE e."officeId" <> p."officeId"
    UNION ALL SELECT 'disclosure file', d.id FROM "ProcurementDisclosure" d JOIN "Asset" a ON a.id = d."fileId" WHERE a."officeId" <> d."officeId"
    UNION ALL SELECT 'executive photo', x.id FROM "Executive" x JOIN "Asset" a ON a.id = x."photoId" WHERE a."officeId" <> x."officeId"`);
}

/** As Phayao's admin, on Phayao's site. */
function asPhayao<T>(fn: () => Promise<T>): Promise<T> {
  session.as(phayaoAdmin);
  return runForOffice(phayao, fn);
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  staff = await createStaff(db.prisma);
  const offices = await loadDirectory(db.prisma);
  phayao = offices.find((o) => o.code === "phayao")!;
  chiangraiId = offices.find((o) => o.isDefault)!.id;
  const u = await db.prisma.user.create({
    data: {
      officeId: phayao.id,
      email: "admin@phayao.test.go.th",
      name: "แอดมินพะเยา",
      role: "ADMIN",
      passwordHash: "!",
    },
  });
  phayaoAdmin = { id: u.id, email: u.email, name: u.name, role: "ADMIN" };
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
  await rm(env.uploadsDir, { recursive: true, force: true });
});

describe("another office's admin, by id and by form field, changes nothing of this office's", () => {
  it.each(Object.keys(CASES))("%s", async (key) => {
    const actions = await serverActions();
    const fd = await CASES[key]!.setup();
    session.as(null);
    const before = await chiangraiRows();
    await asPhayao(() => outcome(actions.get(key)!(IDLE, fd)).catch((e: unknown) => ({ ok: false, error: e })));
    expect(await chiangraiRows()).toEqual(before);
    expect(await crossLinks()).toEqual([]);
  });
});

describe("another office's files and posts", () => {
  it("a published file is not served on another office's site, by id, token or name", async () => {
    const { GET } = await import("@/app/files/[id]/[[...name]]/route");
    const author = await db.prisma.user.findFirstOrThrow({ where: { officeId: chiangraiId } });
    const asset = await makeAsset(db.prisma, "FILE");
    await makePost(db.prisma, { authorId: author.id, status: "PUBLISHED" }).then((p) =>
      db.prisma.postAttachment.create({ data: { postId: p.id, assetId: asset.id } }),
    );
    const onDisk = path.join(env.uploadsDir, asset.storagePath);
    await mkdir(path.dirname(onDisk), { recursive: true });
    await writeFile(onDisk, pdfBytes("ประกาศเชียงราย"));
    const segment = `${asset.id}-${asset.token}`;
    const get = () =>
      GET(new Request(`${env.site}/files/${segment}/x.pdf`), { params: Promise.resolve({ id: segment }) });
    session.as(null);
    expect((await get()).status).toBe(200);
    // Not to the public of another office's site, nor to its staff.
    expect((await runForOffice(phayao, get)).status).toBe(404);
    expect((await asPhayao(get)).status).toBe(404);
  });

  it("replacing another office's file by its id is refused, and the file stays", async () => {
    const { POST: replace } = await import("@/app/api/admin/uploads/[id]/route");
    const asset = await makeAsset(db.prisma, "FILE");
    const before = await db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    const body = new FormData();
    body.append("file", new File([new Uint8Array(pdfBytes("แทนที่"))], "x.pdf"));
    const res = await asPhayao(() =>
      replace(
        new Request(`${env.site}/api/admin/uploads/${asset.id}`, {
          method: "POST",
          body,
          headers: { origin: env.site },
        }),
        { params: Promise.resolve({ id: String(asset.id) }) },
      ),
    );
    expect(res.status).toBe(404);
    expect(await db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } })).toEqual(before);
  });

  it("a draft of another office is not found for preview or editing, and its public address is a 404", async () => {
    const { getPublicPost } = await import("@/lib/posts/queries");
    const { getPostForEdit } = await import("@/lib/posts/admin-queries");
    const author = await db.prisma.user.findFirstOrThrow({ where: { officeId: chiangraiId } });
    const draft = await makePost(db.prisma, { authorId: author.id });
    const live = await makePost(db.prisma, { authorId: author.id, status: "PUBLISHED" });
    expect(await getPublicPost(live.id)).not.toBeNull();
    expect(await asPhayao(() => getPublicPost(live.id))).toBeNull();
    expect(await getPostForEdit(draft.id, { id: author.id, role: "ADMIN" })).not.toBeNull();
    expect(await asPhayao(() => getPostForEdit(draft.id, phayaoAdmin))).toBeNull();
  });
});
