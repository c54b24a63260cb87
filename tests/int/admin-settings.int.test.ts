import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { updateSettings } from "@/lib/settings/actions";
import { getSettingsForEdit } from "@/lib/settings/admin-queries";
import { getSiteSettings } from "@/lib/settings/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, snapshot, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

const office = {
  officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย",
  officeShortName: "สำนักงาน กกต. ประจำจังหวัดเชียงราย",
  province: "เชียงราย",
  address: "ถนนสิงหไคล",
  phone: "053 150 100",
  fax: "053 150 101",
  hotline: "1444",
  email: "chiangrai@example.go.th",
  facebookUrl: "https://www.facebook.com/ect.chiangrai.demo",
  youtubeUrl: "",
  lineUrl: "",
  mapUrl: "",
  copyrightStartYear: "2559",
};

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

async function currentVersion(): Promise<number> {
  return (await getSettingsForEdit()).version;
}

describe("updateSettings", () => {
  it("the first save on a fresh office creates the row (version 0 → 1)", async () => {
    session.as(staff.admin);
    expect(await currentVersion()).toBe(0);
    const s = await updateSettings(IDLE, form({ ...office, version: 0 }));
    expect(s).toMatchObject({ ok: true });
    expect((await getSiteSettings()).phone).toBe("053 150 100");
    expect(await currentVersion()).toBe(1);
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
  });

  it("refuses signed out, as an author and as an editor; nothing changes", async () => {
    const version = await currentVersion();
    for (const who of [null, staff.author, staff.editor]) {
      session.as(who);
      const before = await snapshot(db.prisma);
      const s = await updateSettings(IDLE, form({ ...office, phone: "02 000 0000", version }));
      expect(s.ok).toBe(false);
      expect(s.message).toBe(who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน");
      expect(await snapshot(db.prisma)).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("audits only the changed fields, with before and after", async () => {
    session.as(staff.admin);
    const version = await currentVersion();
    const s = await updateSettings(IDLE, form({ ...office, phone: "053 999 888", hotline: "1444", version }));
    expect(s).toMatchObject({ ok: true, values: { version: String(version + 1) } });
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "settings.update" },
      orderBy: { id: "desc" },
    });
    expect(entry.userId).toBe(staff.admin.id);
    expect(entry.before).toEqual({ phone: "053 150 100" });
    expect(entry.after).toEqual({ phone: "053 999 888" });
    expect((await getSiteSettings()).phone).toBe("053 999 888");
  });

  it("refuses invalid e-mail, phone, links and year with Thai field errors; nothing changes", async () => {
    session.as(staff.admin);
    const version = await currentVersion();
    const before = await snapshot(db.prisma);
    const s = await updateSettings(
      IDLE,
      form({
        ...office,
        email: "not-an-email",
        phone: "12345",
        facebookUrl: "javascript:alert(document.cookie)",
        lineUrl: "data:text/html,<script>alert(1)</script>",
        copyrightStartYear: "2016",
        version,
      }),
    );
    expect(s.ok).toBe(false);
    expect(s.fieldErrors?.email).toEqual(["รูปแบบอีเมลไม่ถูกต้อง เช่น office@example.go.th"]);
    expect(s.fieldErrors?.phone?.[0]).toMatch(/^รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง/);
    expect(s.fieldErrors?.facebookUrl?.[0]).toMatch(/ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:\/\//);
    expect(s.fieldErrors?.lineUrl?.[0]).toMatch(/ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:\/\//);
    expect(s.fieldErrors?.copyrightStartYear).toEqual(["ปีลิขสิทธิ์ต้องเป็นปี พ.ศ. ระหว่าง 2500 ถึง 2700"]);
    expect(s.message).toBe("มีข้อมูลที่ต้องแก้ไข 5 รายการ โปรดดูข้อความใต้ช่องที่มีเครื่องหมาย ⚠");
    // What was typed comes back, so the form can show it again.
    expect(s.values?.email).toBe("not-an-email");
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("a save from a stale version is refused and keeps the typed values", async () => {
    session.as(staff.admin);
    const version = await currentVersion();
    expect(await updateSettings(IDLE, form({ ...office, address: "ที่อยู่ใหม่", version }))).toMatchObject({ ok: true });
    const before = await snapshot(db.prisma);
    const stale = await updateSettings(IDLE, form({ ...office, address: "ที่อยู่ของอีกคน", version }));
    expect(stale).toMatchObject({ ok: false, conflict: true, values: { address: "ที่อยู่ของอีกคน" } });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("stores XSS strings in text fields as typed", async () => {
    session.as(staff.admin);
    const xss = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const s = await updateSettings(
      IDLE,
      form({ ...office, officeName: xss, address: xss, version: await currentVersion() }),
    );
    expect(s).toMatchObject({ ok: true });
    const saved = await getSiteSettings();
    expect(saved.officeName).toBe(xss);
    expect(saved.address).toBe(xss);
  });
});
