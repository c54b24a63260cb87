// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { UploadedAsset } from "@/lib/media/types";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { tempUploadsDir } from "@/tests/helpers/media-database";
import { pdfBytes, pngBytes, vttBytes, vttText, webmBytes } from "@/tests/helpers/media-samples";
import { makePost, postForm, postState } from "@/tests/helpers/post-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// A post's uploaded video, as staff and readers meet it: uploaded through the upload route like
// every file (refused by content when it is not what it claims), saved with the post, private
// while the post is a draft or a pending change, public with the published post, and never swept
// while the post, its pending draft or a revision names it.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// Uploads go to a folder of this file's own (set before anything reads env()).
const uploadsDir = tempUploadsDir("post-video-");
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));
const SITE = "https://ect.example.go.th";
process.env.SITE_URL = SITE;

const { POST: upload } = await import("@/app/api/admin/uploads/route");
const { GET: getFile } = await import("@/app/files/[id]/[[...name]]/route");
const { savePost } = await import("@/lib/posts/actions/save");
const { publishPost } = await import("@/lib/posts/actions/workflow");
const { getPostForEdit, listRevisions } = await import("@/lib/posts/admin-queries");
const { restoreRevision } = await import("@/lib/posts/actions/revisions");
const { getPublicPost } = await import("@/lib/posts/queries");
const { sweepUnusedUploads } = await import("@/lib/media/sweep");

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
const IDLE = {};

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(async () => {
  session.as(null);
  await db.prisma.post.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
});

async function send(bytes: Uint8Array, name: string, use: string): Promise<Response> {
  const body = new FormData();
  body.append("use", use);
  body.append("file", new File([new Uint8Array(bytes)], name));
  return upload(new Request(`${SITE}/api/admin/uploads`, { method: "POST", body, headers: { origin: SITE } }));
}

async function uploaded(bytes: Uint8Array, name: string, use: string): Promise<UploadedAsset> {
  const res = await send(bytes, name, use);
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { asset: UploadedAsset }).asset;
}

/** The three files of a video, uploaded by whoever is signed in. */
async function videoFiles(name = "คลิปรณรงค์.webm") {
  return {
    video: await uploaded(webmBytes, name, "video"),
    poster: await uploaded(await pngBytes(320, 180), "ภาพตัวอย่าง.png", "image"),
    captions: await uploaded(vttBytes(vttText), "คำบรรยาย.vtt", "captions"),
  };
}

/** GET of a file's address, as whoever is signed in; `range` asks for part of it. */
function fetchFile(href: string, range?: string): Promise<Response> {
  const segment = href.split("/")[2]!;
  const headers: Record<string, string> = range ? { range } : {};
  return getFile(new Request(`${SITE}${href}`, { headers }), { params: Promise.resolve({ id: segment }) });
}

/** The HTTP status each file gets when a reader (nobody signed in) asks for it. */
async function publicStatus(...hrefs: string[]): Promise<number[]> {
  const who = session.resolver;
  const current = await who();
  session.as(null);
  const statuses = await Promise.all(hrefs.map(async (h) => (await fetchFile(h)).status));
  session.as(current);
  return statuses;
}

const videoFields = (f: Awaited<ReturnType<typeof videoFiles>>) => ({
  videoId: f.video.id,
  videoPosterId: f.poster.id,
  videoCaptionsId: f.captions.id,
});

describe("a post's uploaded video", () => {
  it("is saved with the draft, hidden from readers until published, then plays from /files with its captions", async () => {
    session.as(staff.author);
    const files = await videoFiles();
    expect(files.video).toMatchObject({ kind: "video", mimeType: "video/webm", fileName: "คลิปรณรงค์.webm" });
    expect(files.captions).toMatchObject({ kind: "captions", mimeType: "text/vtt", fileName: "คำบรรยาย.vtt" });

    const saved = await savePost(
      IDLE,
      postForm({ title: "คลิปรณรงค์ไปใช้สิทธิ", section: "MULTIMEDIA", ...videoFields(files) }),
    );
    expect(saved).toMatchObject({ ok: true, version: 1 });
    const id = saved.postId!;
    const edit = await getPostForEdit(id, staff.author);
    expect(edit?.video).toMatchObject({ id: files.video.id, src: files.video.href });
    expect(edit?.videoPoster).toMatchObject({ id: files.poster.id, isImage: true });
    expect(edit?.videoCaptions).toMatchObject({ id: files.captions.id });

    // A draft's files: staff see them, readers get the same 404 as for a file that never existed.
    expect((await fetchFile(files.video.href)).status).toBe(200);
    expect(await publicStatus(files.video.href, files.poster.href, files.captions.href)).toEqual([404, 404, 404]);
    expect(await getPublicPost(id)).toBeNull();

    session.as(staff.editor);
    expect((await publishPost(IDLE, form({ id, version: 1 }))).ok).toBe(true);
    expect(await publicStatus(files.video.href, files.poster.href, files.captions.href)).toEqual([200, 200, 200]);
    expect((await getPublicPost(id))?.video).toEqual({
      src: files.video.href,
      mimeType: "video/webm",
      fileName: "คลิปรณรงค์.webm",
      size: webmBytes.length,
      poster: files.poster.href,
      captions: files.captions.href,
    });

    // What the player asks for: a range of the video; the captions as text/vtt.
    session.as(null);
    const part = await fetchFile(files.video.href, "bytes=0-99");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-type")).toBe("video/webm");
    expect(part.headers.get("content-range")).toBe(`bytes 0-99/${webmBytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(webmBytes.subarray(0, 100))).toBe(true);
    const captions = await fetchFile(files.captions.href);
    expect(captions.headers.get("content-type")).toBe("text/vtt");
    expect(await captions.text()).toBe(vttText);
  });

  it("uses the cover as the poster when the video has none, and shows no video once withdrawn", async () => {
    session.as(staff.editor);
    const video = await uploaded(webmBytes, "clip.webm", "video");
    const cover = await uploaded(await pngBytes(), "ปก.png", "image");
    const saved = await savePost(IDLE, postForm({ coverId: cover.id, videoId: video.id }));
    await publishPost(IDLE, form({ id: saved.postId, version: 1 }));
    expect((await getPublicPost(saved.postId!))?.video).toMatchObject({ poster: cover.href, captions: null });
    await db.prisma.post.update({ where: { id: saved.postId! }, data: { status: "WITHDRAWN" } });
    expect((await getPublicPost(saved.postId!))?.video).toBeNull();
    expect(await publicStatus(video.href)).toEqual([404]);
  });

  it("a new video in a published post's pending draft stays private until the draft is published", async () => {
    session.as(staff.editor);
    const first = await videoFiles("ฉบับแรก.webm");
    const saved = await savePost(IDLE, postForm({ title: "คลิป", ...videoFields(first) }));
    const id = saved.postId!;
    await publishPost(IDLE, form({ id, version: 1 }));

    session.as(staff.author);
    await db.prisma.post.update({ where: { id }, data: { authorId: staff.author.id } });
    const second = await videoFiles("ฉบับใหม่.webm");
    const draft = await savePost(IDLE, postForm({ id, version: 2, title: "คลิป", ...videoFields(second) }));
    expect(draft).toMatchObject({ ok: true, version: 3 });
    expect((await getPostForEdit(id, staff.author))?.video?.id).toBe(second.video.id);
    expect((await getPublicPost(id))?.video?.src).toBe(first.video.href);
    expect(await publicStatus(first.video.href, second.video.href, second.captions.href)).toEqual([200, 404, 404]);

    session.as(staff.editor);
    expect((await publishPost(IDLE, form({ id, version: 3 }))).ok).toBe(true);
    expect((await getPublicPost(id))?.video?.src).toBe(second.video.href);
    expect(await publicStatus(first.video.href, second.video.href, second.captions.href)).toEqual([404, 200, 200]);
  });

  it("removing the video keeps it in the history; restoring that revision brings the video back", async () => {
    session.as(staff.editor);
    const files = await videoFiles();
    const first = await savePost(IDLE, postForm({ title: "คลิป", ...videoFields(files) }));
    const id = first.postId!;
    const removed = await savePost(IDLE, postForm({ id, version: 1, title: "คลิป" }));
    expect((await getPostForEdit(id, staff.editor))?.video).toBeNull();
    const oldest = (await listRevisions(id)).at(-1)!;
    const restored = await restoreRevision(IDLE, form({ id, version: removed.version, revisionId: oldest.id }));
    expect(restored.ok).toBe(true);
    const edit = await getPostForEdit(id, staff.editor);
    expect([edit?.video?.id, edit?.videoPoster?.id, edit?.videoCaptions?.id]).toEqual(
      Object.values(videoFields(files)),
    );
  });

  it("the unused-file sweep keeps the video files a post, its pending draft or a revision names", async () => {
    session.as(staff.editor);
    const live = await videoFiles("ใช้อยู่.webm");
    const old = await videoFiles("ฉบับเก่า.webm");
    const pending = await videoFiles("รอเผยแพร่.webm");
    const unused = await uploaded(webmBytes, "ไม่ได้ใช้.webm", "video");
    const s1 = await savePost(IDLE, postForm({ title: "คลิป", ...videoFields(old) }));
    const id = s1.postId!;
    await savePost(IDLE, postForm({ id, version: 1, title: "คลิป", ...videoFields(live) }));
    await publishPost(IDLE, form({ id, version: 2 }));
    await db.prisma.post.update({
      where: { id },
      data: { draft: { title: "คลิป", ...videoFields(pending) } },
    });
    // Old enough to be swept, were nothing to name them.
    await db.prisma.asset.updateMany({ data: { createdAt: new Date("2026-01-01T00:00:00Z") } });

    expect(await sweepUnusedUploads(new Date("2026-01-05T00:00:00Z"))).toBe(1);
    const left = (await db.prisma.asset.findMany({ select: { id: true } })).map((a) => a.id);
    expect(left).not.toContain(unused.id);
    for (const f of [live, old, pending]) expect(left).toEqual(expect.arrayContaining(Object.values(videoFields(f))));
  });
});

describe("refused video files", () => {
  it("a renamed PDF as the video, text without WEBVTT as the captions: a Thai reason, nothing stored", async () => {
    session.as(staff.author);
    const pdf = await send(pdfBytes(), "คลิป.mp4", "video");
    expect(pdf.status).toBe(415);
    expect(((await pdf.json()) as { error: string }).error).toBe("ใช้ไฟล์ PDF ที่นี่ไม่ได้ รับเฉพาะวิดีโอ MP4 หรือ WebM");
    const srt = await send(vttBytes("1\n00:00:00,000 --> 00:00:01,000\nสวัสดี\n"), "คำบรรยาย.vtt", "captions");
    expect(srt.status).toBe(415);
    expect(((await srt.json()) as { error: string }).error).toMatch(
      /^ไฟล์นี้ไม่ใช่ ไฟล์คำบรรยาย WebVTT จริง .*บรรทัดแรกขึ้นต้นด้วยคำว่า WEBVTT$/,
    );
    const html = await send(Buffer.from("<html><script>alert(1)</script></html>"), "x.webm", "video");
    expect(((await html.json()) as { error: string }).error).toMatch(/^ไฟล์นี้ไม่ใช่ วิดีโอ WebM จริง \(เนื้อหาเป็นหน้าเว็บ/);
    expect(await db.prisma.asset.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("a save naming the wrong kind of file, or a poster without its video, is refused and changes nothing", async () => {
    session.as(staff.author);
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    const files = await videoFiles();
    const before = await postState(db.prisma);
    const swapped = await savePost(
      IDLE,
      postForm({ id: post.id, version: 1, videoId: files.poster.id, videoCaptionsId: files.video.id }),
    );
    expect(swapped.ok).toBe(false);
    expect(swapped.fieldErrors?.videoId).toEqual(["วิดีโอต้องเป็นไฟล์วิดีโอ MP4 หรือ WebM"]);
    expect(swapped.fieldErrors?.videoCaptionsId).toEqual(["คำบรรยายวิดีโอต้องเป็นไฟล์ WebVTT"]);
    const orphan = await savePost(IDLE, postForm({ id: post.id, version: 1, videoPosterId: files.poster.id }));
    expect(orphan.fieldErrors?.videoId?.[0]).toMatch(/^ภาพตัวอย่างและคำบรรยายใช้คู่กับวิดีโอ/);
    expect(await postState(db.prisma)).toEqual(before);
  });
});
