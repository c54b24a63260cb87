// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { loadDirectory } from "@/lib/offices/directory";
import { addOfficeHost, removeOfficeHost } from "@/lib/offices/host-actions";
import { createOffice } from "@/lib/offices/office-actions";
import { officeForHost } from "@/lib/offices/hosts";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { createStaff, form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// The platform administrator gives an office a host name of its own; the server's directory then
// sends that name to the office. Bad names are refused in Thai and change nothing.

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
const config = { siteUrl: "https://chiangrai.ect.example.go.th", siteDomain: "ect.example.go.th" };

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  staff = await createStaff(db.prisma);
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
});

const platform = () => session.as({ ...staff.admin, isPlatformAdmin: true });

describe("host names of an office", () => {
  it("added by the platform administrator, they lead to that office; removed, they lead nowhere", async () => {
    platform();
    expect(await addOfficeHost(IDLE, form({ office: "nan", host: "WWW.Nan-Election.example.org" }))).toMatchObject({
      ok: true,
      message: "เพิ่มชื่อ www.nan-election.example.org ให้สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่านแล้ว มีผลภายใน 1 นาที",
    });
    expect(officeForHost("www.nan-election.example.org", await loadDirectory(db.prisma), config)?.code).toBe("nan");
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "office.host_add" } });
    expect(entry).toMatchObject({ entityId: "nan", after: { host: "www.nan-election.example.org" } });

    expect(await removeOfficeHost(IDLE, form({ host: "www.nan-election.example.org" }))).toMatchObject({ ok: true });
    expect(officeForHost("www.nan-election.example.org", await loadDirectory(db.prisma), config)).toBeNull();
  });

  it.each([
    ["", "กรุณากรอกชื่อเว็บไซต์ เช่น www.example.go.th"],
    ["http://evil.example/x", "ชื่อเว็บไซต์ไม่ถูกต้อง ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด และขีด เช่น www.example.go.th"],
    ["203.0.113.9", "ใช้ที่อยู่ไอพีเป็นชื่อเว็บไซต์ของสำนักงานไม่ได้"],
    ["nan.localhost", "ชื่อนี้ใช้ได้เฉพาะบนเครื่องนี้ จึงไม่ต้องเพิ่ม"],
  ])("%j is refused: %s", async (host, message) => {
    platform();
    const before = await db.prisma.officeHost.count();
    expect(await addOfficeHost(IDLE, form({ office: "nan", host }))).toMatchObject({ ok: false, message });
    expect(await db.prisma.officeHost.count()).toBe(before);
  });

  it("one name belongs to one office: taking another office's is refused, naming it", async () => {
    platform();
    expect(await addOfficeHost(IDLE, form({ office: "phayao", host: "www.phayao.example.org" }))).toMatchObject({
      ok: true,
    });
    expect(await addOfficeHost(IDLE, form({ office: "nan", host: "www.phayao.example.org" }))).toMatchObject({
      ok: false,
      message: "ชื่อ www.phayao.example.org เป็นของสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพะเยาอยู่แล้ว",
    });
  });

  it("an office's own admin may not add one", async () => {
    session.as(staff.admin);
    expect(await addOfficeHost(IDLE, form({ office: "chiangrai", host: "www.chiangrai.example.org" }))).toMatchObject({
      ok: false,
      message: "คุณไม่มีสิทธิ์ทำรายการนี้",
    });
    expect(await db.prisma.officeHost.count({ where: { host: "www.chiangrai.example.org" } })).toBe(0);
  });
});

describe("adding an office", () => {
  const fields = (over: Record<string, string> = {}) =>
    form({
      code: "khongchiam",
      nameTh: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดโขงเจียม",
      nameEn: "Khong Chiam Provincial Election Commission Office",
      province: "โขงเจียม",
      provinceEn: "Khong Chiam",
      ...over,
    });

  it("the platform administrator adds one: its site answers at once on its host names, audited", async () => {
    platform();
    expect(await createOffice(IDLE, fields())).toMatchObject({
      ok: true,
      message:
        "เพิ่มสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดโขงเจียมแล้ว เว็บไซต์ใช้ได้ภายใน 1 นาที ต่อไปสร้างผู้ดูแลระบบคนแรกในระบบจัดการของสำนักงานนั้น",
    });
    const directory = await loadDirectory(db.prisma);
    expect(directory).toHaveLength(79);
    expect(officeForHost("khongchiam.ect.example.go.th", directory, config)).toMatchObject({
      code: "khongchiam",
      province: "โขงเจียม",
      isCentral: false,
      isDefault: false,
    });
    expect(await db.prisma.auditLog.findFirstOrThrow({ where: { action: "office.create" } })).toMatchObject({
      entityId: "khongchiam",
    });
  });

  it.each([
    [{ code: "khongchiam" }, "code", "มีสำนักงานรหัส khongchiam อยู่แล้ว"],
    [{ code: "Khong Chiam" }, "code", "รหัสสำนักงานใช้ตัวอักษรอังกฤษตัวเล็กและตัวเลข 2–30 ตัว ขึ้นต้นด้วยตัวอักษร เช่น buengkan"],
    [{ code: "default" }, "code", "รหัสนี้สงวนไว้สำหรับระบบ โปรดใช้รหัสอื่น"],
    [{ code: "other", nameTh: "  " }, "nameTh", "กรุณากรอกชื่อสำนักงานภาษาไทย"],
  ])("%j is refused in Thai under its field, and nothing is added", async (over, field, message) => {
    platform();
    const before = await db.prisma.office.count();
    const state = await createOffice(IDLE, fields(over));
    expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await db.prisma.office.count()).toBe(before);
  });

  it("an office's own admin may not add one", async () => {
    session.as(staff.admin);
    const before = await db.prisma.office.count();
    expect(await createOffice(IDLE, fields({ code: "another" }))).toMatchObject({ ok: false });
    expect(await db.prisma.office.count()).toBe(before);
  });
});
