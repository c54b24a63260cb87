import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SiteLang } from "@/lib/i18n/langs";
import { parseSearchParams } from "@/lib/search/params";
import { parseQuery } from "@/lib/search/tsquery";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { postForm } from "@/tests/helpers/post-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// Search results as the English page shows them: a translated post by its English title and
// passage with the words marked, an untranslated one by its Thai text (inThai), both at their
// /en address; the Thai page unchanged.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { savePost } = await import("@/lib/posts/actions/save");
const { publishPost } = await import("@/lib/posts/actions/workflow");
const { searchPosts } = await import("@/lib/search/queries");

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
});

async function publish(fields: Parameters<typeof postForm>[0]): Promise<number> {
  session.as(staff.editor);
  const saved = await savePost(IDLE, postForm(fields));
  expect(saved).toMatchObject({ ok: true });
  await publishPost(IDLE, form({ id: saved.postId, version: saved.version }));
  return saved.postId!;
}

async function search(q: string, lang: SiteLang) {
  const p = parseSearchParams({ q }, lang);
  const query = parseQuery(p.q);
  const r = await searchPosts({
    tsquery: query.tsquery!,
    candidates: query.candidates!,
    words: query.words,
    page: 1,
    lang,
  });
  return r!.items.map((h) => ({
    path: h.path,
    title: h.title.map((t) => t.text).join(""),
    marked: [...h.title, ...h.snippet].filter((t) => t.hit).map((t) => t.text),
    snippet: h.snippet.map((t) => t.text).join(""),
    inThai: h.inThai,
  }));
}

describe("search results in English", () => {
  it("shows a translated post in English with its words marked, an untranslated one in Thai", async () => {
    const translated = await publish({
      title: "รับสมัครกรรมการประจำหน่วยเลือกตั้ง",
      slug: "polling-staff",
      summary: "สรุปภาษาไทย",
      body: "<p>เนื้อหาภาษาไทย หน่วยเลือกตั้ง</p>",
      titleEn: "Polling station staff wanted",
      summaryEn: "Apply at the district office.",
      bodyEn: "<p>Every polling station needs nine members.</p>",
    });
    const untranslated = await publish({ title: "ประกาศหน่วยเลือกตั้งอำเภอเมือง", summary: "รายชื่อหน่วยเลือกตั้ง" });

    expect(await search("polling station", "en")).toEqual([
      {
        path: `/en/posts/${translated}/polling-staff`,
        title: "Polling station staff wanted",
        marked: ["Polling", "station", "polling", "station"],
        snippet: "Every polling station needs nine members.",
        inThai: false,
      },
    ]);
    const thai = await search("หน่วยเลือกตั้ง", "en");
    expect(thai.find((h) => h.inThai)).toMatchObject({
      path: `/en/posts/${untranslated}`,
      title: "ประกาศหน่วยเลือกตั้งอำเภอเมือง",
      snippet: "รายชื่อหน่วยเลือกตั้ง",
    });
    // Found by its Thai words, the translated post still reads in English.
    expect(thai.find((h) => !h.inThai)).toMatchObject({ title: "Polling station staff wanted", inThai: false });
    // The Thai page: Thai titles at Thai addresses.
    expect((await search("หน่วยเลือกตั้ง", "th")).map((h) => [h.title, h.path, h.inThai]).sort()).toEqual(
      [
        ["ประกาศหน่วยเลือกตั้งอำเภอเมือง", `/posts/${untranslated}`, false],
        ["รับสมัครกรรมการประจำหน่วยเลือกตั้ง", `/posts/${translated}/polling-staff`, false],
      ].sort(),
    );
  });
});
