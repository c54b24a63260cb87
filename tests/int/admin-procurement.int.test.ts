import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { createDisclosure, deleteDisclosure, updateDisclosure } from "@/lib/procurement/actions";
import { currentFiscalYear } from "@/lib/procurement/fiscal-year";
import { getDefaultFiscalYear, getFiscalYearPage } from "@/lib/procurement/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, redirectOf, sessionSwitch, snapshot, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";
import { disclosureFields, disclosureSnapshot, makeFileAsset } from "@/tests/helpers/procurement-fixtures";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

const all = async () => ({ ...(await snapshot(db.prisma)), disclosures: await disclosureSnapshot(db.prisma) });
const idFrom = (to: string) => Number(/procurement\/(\d+)/.exec(to)![1]);

async function created(over: Record<string, string | number> = {}) {
  const file = await makeFileAsset(db.prisma);
  session.as(staff.editor);
  const to = await redirectOf(createDisclosure(IDLE, form(disclosureFields(file.id, over))));
  session.as(null);
  return db.prisma.procurementDisclosure.findUniqueOrThrow({ where: { id: idFrom(to) } });
}

describe("refusals: signed out and authors change nothing", () => {
  it("create, update and delete as nobody and as an author", async () => {
    const existing = await created({ month: "1", documentDate: "2026-02-09" });
    const file = await makeFileAsset(db.prisma);
    revalidatePublic.mockClear();
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await all();
      const results = [
        await createDisclosure(IDLE, form(disclosureFields(file.id, { month: "2" }))),
        await updateDisclosure(
          IDLE,
          form({
            ...disclosureFields(file.id, { month: "1", title: "แก้" }),
            id: existing.id,
            version: existing.version,
          }),
        ),
        await deleteDisclosure(IDLE, form({ id: existing.id, version: existing.version, confirm: "on" })),
      ];
      for (const s of results)
        expect(s).toMatchObject({ ok: false, message: who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน" });
      expect(await all()).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();
  });
});

describe("as an editor", () => {
  it("creates a สขร.1 that the public year page shows in its month, with an audit entry", async () => {
    const file = await makeFileAsset(db.prisma, "สขร1-ตุลาคม-2568.pdf");
    session.as(staff.editor);
    const to = await redirectOf(
      createDisclosure(IDLE, form(disclosureFields(file.id, { month: "10", documentDate: "2025-10-01" }))),
    );
    expect(to).toMatch(/^\/admin\/procurement\/\d+\?saved=created$/);
    const row = await db.prisma.procurementDisclosure.findUniqueOrThrow({ where: { id: idFrom(to) } });
    // 1 Oct 2025 Bangkok is in ปีงบประมาณ 2569, though it is still 30 Sep in UTC.
    expect(row).toMatchObject({
      fiscalYear: 2569,
      month: 10,
      kind: "MONTHLY_SUMMARY",
      createdById: staff.editor.id,
      updatedById: staff.editor.id,
    });
    expect(row.documentDate.toISOString()).toBe("2025-09-30T17:00:00.000Z");
    expect(row.amount?.toFixed(2)).toBe("40250.00");

    const page = (await getFiscalYearPage(2569))!;
    const oct = page.monthly.get(10)!;
    expect(oct).toMatchObject({ id: row.id, amount: "40,250.00 บาท" });
    expect(oct.file).toMatchObject({ typeLabel: "PDF", size: "15 KB", fileName: "สขร1-ตุลาคม-2568.pdf" });
    expect(oct.file.href).toBe(`/files/${file.id}-${file.token}/${encodeURIComponent("สขร1-ตุลาคม-2568.pdf")}`);
    expect((await getFiscalYearPage(2568))?.monthly.get(10)).toBeUndefined();

    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entity: "procurement", entityId: String(row.id), action: "procurement.create" },
    });
    expect(entry.userId).toBe(staff.editor.id);
    expect(entry.after).toMatchObject({ fiscalYear: 2569, month: 10, amount: "40250.00", fileId: file.id });
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
  });

  it("refuses a second สขร.1 for the same month of the same fiscal year with a clear Thai error", async () => {
    await created({ month: "11", documentDate: "2025-12-08" });
    const file = await makeFileAsset(db.prisma);
    session.as(staff.admin);
    const before = await all();
    const s = await createDisclosure(
      IDLE,
      form(disclosureFields(file.id, { month: "11", documentDate: "2025-12-20", title: "ซ้ำ" })),
    );
    expect(s.ok).toBe(false);
    expect(s.fieldErrors?.month).toEqual([
      "ปีงบประมาณ 2569 มีแบบ สขร.1 ของเดือนพฤศจิกายน 2568 อยู่แล้ว โปรดแก้ไขรายการเดิมแทนการเพิ่มใหม่ หรือเลือกเดือนอื่น",
    ]);
    expect(s.values?.title).toBe("ซ้ำ");
    expect(await all()).toEqual(before);
    // The same month of another fiscal year is fine.
    await redirectOf(
      createDisclosure(IDLE, form(disclosureFields(file.id, { month: "11", documentDate: "2024-12-08" }))),
    );
  });

  it("two editors creating the same month at once: exactly one is saved", async () => {
    const [a, b] = [await makeFileAsset(db.prisma), await makeFileAsset(db.prisma)];
    session.as(staff.editor);
    const outcomes = await Promise.allSettled([
      createDisclosure(IDLE, form(disclosureFields(a.id, { month: "5", documentDate: "2026-06-09" }))),
      createDisclosure(IDLE, form(disclosureFields(b.id, { month: "5", documentDate: "2026-06-10" }))),
    ]);
    const redirected = outcomes.filter(
      (o) => o.status === "rejected" && String((o.reason as { digest?: string }).digest).startsWith("NEXT_REDIRECT"),
    );
    const refused = outcomes.filter((o) => o.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(
      (refused[0] as PromiseFulfilledResult<{ fieldErrors?: { month?: string[] } }>).value.fieldErrors?.month?.[0],
    ).toMatch(/มีแบบ สขร.1 ของเดือนพฤษภาคม 2569 อยู่แล้ว/);
    expect(await db.prisma.procurementDisclosure.count({ where: { fiscalYear: 2569, month: 5 } })).toBe(1);
  });

  it("two editors saving the same version: exactly one wins, the other keeps what they typed", async () => {
    const d = await created({ kind: "RESULT", month: "", title: "ประกาศผู้ชนะ", documentDate: "2026-03-27" });
    const fields = disclosureFields(d.fileId, { kind: "RESULT", month: "", documentDate: "2026-03-27" });
    session.as(staff.editor);
    const results = await Promise.all([
      updateDisclosure(IDLE, form({ ...fields, id: d.id, version: d.version, title: "ฉบับของคนแรก" })),
      updateDisclosure(IDLE, form({ ...fields, id: d.id, version: d.version, title: "ฉบับของคนที่สอง" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ conflict: true });
    expect(loser.message).toMatch(/มีผู้อื่นแก้ไขเอกสารนี้/);
    const row = await db.prisma.procurementDisclosure.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.version).toBe(d.version + 1);
    expect(row.title).toBe(results.find((r) => r.ok)!.values!.title);
    expect(loser.values?.title).not.toBe(row.title);
    expect(await db.prisma.auditLog.count({ where: { entityId: String(d.id), action: "procurement.update" } })).toBe(1);
  });

  it("an unpublished disclosure is not public; unpublishing by an edit removes it; the change is audited", async () => {
    const hidden = await created({
      kind: "ANNOUNCEMENT",
      month: "",
      title: "ร่างประกาศ",
      documentDate: "2026-08-03",
      published: "",
    });
    expect(hidden.published).toBe(false);
    const visible = await created({
      kind: "PLAN",
      month: "",
      title: "แผนการจัดซื้อจัดจ้าง 2569",
      documentDate: "2025-10-20",
    });
    const ids = async () => (await getFiscalYearPage(2569))!.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(await ids()).toContain(visible.id);
    expect(await ids()).not.toContain(hidden.id);

    session.as(staff.editor);
    const s = await updateDisclosure(
      IDLE,
      form({
        ...disclosureFields(visible.fileId, {
          kind: "PLAN",
          month: "",
          title: visible.title,
          documentDate: "2025-10-20",
          published: "",
        }),
        id: visible.id,
        version: visible.version,
      }),
    );
    expect(s.ok).toBe(true);
    expect(await ids()).not.toContain(visible.id);
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(visible.id), action: "procurement.update" },
    });
    expect(entry.before).toEqual({ published: true });
    expect(entry.after).toEqual({ published: false });
  });

  it("fields a crafted request adds (creator, version, id) are ignored", async () => {
    const file = await makeFileAsset(db.prisma);
    session.as(staff.editor);
    const fd = form({
      ...disclosureFields(file.id, { kind: "RESULT", month: "", documentDate: "2026-04-01" }),
      createdById: staff.admin.id,
      updatedById: staff.admin.id,
      version: 99,
      id: 1,
    });
    const row = await db.prisma.procurementDisclosure.findUniqueOrThrow({
      where: { id: idFrom(await redirectOf(createDisclosure(IDLE, fd))) },
    });
    expect(row).toMatchObject({ createdById: staff.editor.id, updatedById: staff.editor.id, version: 1 });
  });

  it("a file that does not exist is refused on its field", async () => {
    session.as(staff.editor);
    const before = await all();
    const s = await createDisclosure(IDLE, form(disclosureFields(999_999, { month: "8" })));
    expect(s.fieldErrors?.fileId).toEqual(["ไม่พบไฟล์ที่เลือก อาจถูกลบไปแล้ว โปรดอัปโหลดใหม่"]);
    expect(await all()).toEqual(before);
  });

  it("deletes only with the confirmation ticked and the current version, audited, back to the year's list", async () => {
    const d = await created({
      kind: "REFERENCE_PRICE",
      month: "",
      title: "ประกาศราคากลาง",
      documentDate: "2026-02-03",
      amount: "420000",
    });
    session.as(staff.editor);
    const before = await all();
    expect(await deleteDisclosure(IDLE, form({ id: d.id, version: d.version }))).toMatchObject({
      ok: false,
      message: "โปรดทำเครื่องหมายยืนยันการลบก่อนกดปุ่มลบ",
    });
    expect(await deleteDisclosure(IDLE, form({ id: d.id, version: d.version + 1, confirm: "on" }))).toMatchObject({
      ok: false,
      conflict: true,
    });
    expect(await all()).toEqual(before);
    const to = await redirectOf(deleteDisclosure(IDLE, form({ id: d.id, version: d.version, confirm: "on" })));
    expect(to).toBe("/admin/procurement?year=2569&saved=deleted");
    expect(await db.prisma.procurementDisclosure.findUnique({ where: { id: d.id } })).toBeNull();
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(d.id), action: "procurement.delete" },
    });
    expect(entry.before).toMatchObject({ title: "ประกาศราคากลาง", amount: "420000.00", kind: "REFERENCE_PRICE" });
  });
});

describe("public year pages", () => {
  it("groups by kind in the cycle's order; a far-off year is unknown; an empty year is a page with nothing", async () => {
    // Added in reverse order; the report is dated after its year and names the year itself.
    await created({
      kind: "ANNUAL_REPORT",
      month: "",
      title: "รายงานประจำปี 2569",
      documentDate: "2026-10-20",
      fiscalYear: "2569",
    });
    await created({ kind: "ANNOUNCEMENT", month: "", title: "ประกาศเชิญชวน", documentDate: "2026-03-02" });
    await created({ kind: "PLAN", month: "", title: "แผน 2569 ฉบับปรับปรุง", documentDate: "2026-01-15" });
    const page = (await getFiscalYearPage(2569))!;
    expect(page.groups.map((g) => g.kind)).toEqual([
      "PLAN",
      "ANNOUNCEMENT",
      "RESULT",
      "MONTHLY_SUMMARY",
      "ANNUAL_REPORT",
    ]);
    expect(page.years).toContain(2569);
    expect(page.years).toContain(currentFiscalYear());
    expect(await getFiscalYearPage(1999)).toBeNull();
    expect(await getFiscalYearPage(2539)).toBeNull();
    expect(await getFiscalYearPage(currentFiscalYear() + 5)).toBeNull();
    const empty = (await getFiscalYearPage(2555))!;
    expect(empty.count).toBe(0);
    expect(await getDefaultFiscalYear()).toBe(2569);
  });

  it("the sitemap lists /procurement and every fiscal year with published disclosures", async () => {
    const { sitemapEntries } = await import("@/lib/feeds/sitemap");
    const urls = (await sitemapEntries()).map((e) => e.url);
    expect(urls.some((u) => u.endsWith("/procurement"))).toBe(true);
    expect(urls.some((u) => u.endsWith("/procurement/2569"))).toBe(true);
    expect(urls.some((u) => u.endsWith("/procurement/2555"))).toBe(false);
  });
});
