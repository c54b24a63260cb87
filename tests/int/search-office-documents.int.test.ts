import { describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { updateOfficePage } from "@/lib/office/actions";
import { createExecutive } from "@/lib/office/executive-actions";
import { createDisclosure, updateDisclosure } from "@/lib/procurement/actions";
import { parseSearchParams } from "@/lib/search/params";
import { searchOfficeDocuments, type DocumentHit } from "@/lib/search/office-documents";
import { parseQuery } from "@/lib/search/tsquery";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, redirectOf, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { disclosureFields, makeFileAsset } from "@/tests/helpers/procurement-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// Search beyond the news (issue 11): the office's pages and published procurement documents,
// written through the staff actions and found through the search page's own parsing.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

async function found(q: string, raw: Record<string, string> = {}): Promise<DocumentHit[]> {
  const p = parseSearchParams({ q, ...raw });
  expect(p.errors).toEqual({});
  return searchOfficeDocuments({
    words: parseQuery(p.q).words,
    section: p.sectionKey,
    start: p.range.start,
    end: p.range.end,
  });
}
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

async function disclosure(over: Record<string, string | number>) {
  const file = await makeFileAsset(db.prisma);
  session.as(staff.editor);
  const to = await redirectOf(createDisclosure(IDLE, form(disclosureFields(file.id, over))));
  return db.prisma.procurementDisclosure.findUniqueOrThrow({
    where: { id: Number(/procurement\/(\d+)/.exec(to)![1]) },
  });
}

describe("office pages in search", () => {
  it("finds the about page by its text and by an executive's name, the privacy page by its words", async () => {
    session.as(staff.editor);
    expect(
      await updateOfficePage(
        IDLE,
        form({
          key: "ABOUT",
          version: 0,
          title: "เกี่ยวกับสำนักงาน",
          body: "<p>ก่อตั้งเมื่อ พ.ศ. ๒๕๔๑ ตามพระราชบัญญัติประกอบรัฐธรรมนูญ</p>",
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await updateOfficePage(
        IDLE,
        form({ key: "PRIVACY", version: 0, title: "นโยบายคุ้มครองข้อมูลส่วนบุคคล", body: "<p>เว็บไซต์ใช้คุกกี้ที่จำเป็นเท่านั้น</p>" }),
      ),
    ).toMatchObject({ ok: true });
    await redirectOf(
      createExecutive(
        IDLE,
        form({ name: "นายประเสริฐ ตัวอย่างดี", position: "ผู้อำนวยการสำนักงาน", phone: "", email: "", photoId: "" }),
      ),
    );

    const about = await found("พระราชบัญญัติ");
    expect(about.map((h) => [h.kind, h.path, text(h.title)])).toEqual([["page", "/about", "เกี่ยวกับสำนักงาน"]]);
    expect(marked(about[0]!.snippet)).toEqual(["พระราชบัญญัติ"]);
    // Thai digits in the page, Arabic in the query; a name after its title.
    expect((await found("2541")).map((h) => h.path)).toEqual(["/about"]);
    expect((await found("ประเสริฐ")).map((h) => h.path)).toEqual(["/about"]);
    // Typed without tone marks: ผูอำนวยการ for ผู้อำนวยการ.
    expect((await found("ผูอำนวยการ")).map((h) => h.path)).toEqual(["/about"]);
    expect((await found("คุกกี้")).map((h) => h.path)).toEqual(["/privacy"]);
    expect(await found("ฉลามวาฬ")).toEqual([]);
    // A section or a date range means news or documents of that kind: pages are left out.
    expect(await found("คุกกี้", { section: "announcements" })).toEqual([]);
    expect(await found("คุกกี้", { from: "01/01/2566" })).toEqual([]);
  });
});

describe("procurement documents in search", () => {
  it("finds a published document by title or description, links to its year page, and follows the filters", async () => {
    const rice = await disclosure({
      kind: "ANNOUNCEMENT",
      month: "",
      title: "ประกาศประกวดราคาจ้างพิมพ์บัตรเลือกตั้ง",
      description: "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
      documentDate: "2025-11-10",
    });
    const hits = await found("พิมพ์บัตร");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: "procurement",
      label: "ประกาศจัดซื้อจัดจ้าง",
      path: `/procurement/2569#d-${rice.id}`,
    });
    expect(marked(hits[0]!.title)).toEqual(["พิมพ์บัตร"]);
    expect((await found("e-bidding")).map((h) => h.path)).toEqual([`/procurement/2569#d-${rice.id}`]);
    // The ข่าวประกวดราคา section keeps documents; other sections and other dates do not.
    expect(await found("พิมพ์บัตร", { section: "procurement" })).toHaveLength(1);
    expect(await found("พิมพ์บัตร", { section: "press-releases" })).toEqual([]);
    expect(await found("พิมพ์บัตร", { from: "10/11/2568", to: "10/11/2568" })).toHaveLength(1);
    expect(await found("พิมพ์บัตร", { from: "11/11/2568" })).toEqual([]);

    // Unpublished: no longer found (the texts kept in memory follow the change).
    session.as(staff.editor);
    const s = await updateDisclosure(
      IDLE,
      form({
        ...disclosureFields(rice.fileId, {
          kind: "ANNOUNCEMENT",
          month: "",
          title: rice.title,
          description: rice.description,
          documentDate: "2025-11-10",
          published: "",
        }),
        id: rice.id,
        version: rice.version,
      }),
    );
    expect(s).toMatchObject({ ok: true });
    expect(await found("พิมพ์บัตร")).toEqual([]);
  });
});
