import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionLabel, auditChanges, entityHref, formatAuditValue } from "@/lib/audit/labels";

describe("audit entries in Thai", () => {
  it("labels actions, and shows unknown codes as they are", () => {
    expect(actionLabel("settings.update")).toBe("แก้ไขการตั้งค่าเว็บไซต์");
    expect(actionLabel("user.role_change")).toBe("เปลี่ยนบทบาทผู้ใช้");
    expect(actionLabel("something.new")).toBe("something.new");
  });

  it("has a Thai label for every action code the code base writes", () => {
    const root = path.resolve(__dirname, "../..");
    const files = ["lib", "app"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated"))
        .map((f) => path.join(root, dir, f)),
    );
    const codes = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(
        /"((?:auth|post|event|settings|user|asset|election|contest|office_page|executive)\.[a-z_]+)"/g,
      ))
        codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((c) => !(c in ACTION_LABELS))).toEqual([]);
  });

  it("names when a scheduled post really went out, beside the time it shows", () => {
    const changes = auditChanges(null, {
      publishedAt: "2026-12-01T02:00:00.000Z",
      scheduledAt: "2026-12-01T02:00:00.000Z",
      wentLiveAt: "2026-12-01T02:47:00.000Z",
    });
    expect(changes.map((c) => [c.label, c.after])).toEqual([
      ["วันที่เผยแพร่", "1 ธ.ค. 2569 เวลา 09.00 น."],
      ["เวลาที่ตั้งไว้", "1 ธ.ค. 2569 เวลา 09.00 น."],
      ["เวลาที่เผยแพร่จริง", "1 ธ.ค. 2569 เวลา 09.47 น."],
    ]);
  });

  it("formats values: Bangkok date-time, roles, booleans, empty", () => {
    expect(formatAuditValue("startsAt", "2022-05-31T17:30:00.000Z")).toBe("1 มิ.ย. 2565 เวลา 00.30 น.");
    expect(formatAuditValue("role", "EDITOR")).toBe("บรรณาธิการ");
    expect(formatAuditValue("status", "PUBLISHED")).toBe("เผยแพร่แล้ว");
    expect(formatAuditValue("active", false)).toBe("ไม่ใช่");
    expect(formatAuditValue("reason", "wrong_password")).toBe("รหัสผ่านไม่ถูกต้อง");
    expect(formatAuditValue("phone", "")).toBe("—");
    expect(formatAuditValue("copyrightStartYear", 2559)).toBe("2559");
    expect(formatAuditValue("body", "ก".repeat(400))).toMatch(/… \(400 ตัวอักษร\)$/);
  });

  it("pairs before and after field by field with Thai field names", () => {
    expect(auditChanges({ phone: "053 150 100" }, { phone: "053 999 999" })).toEqual([
      { field: "phone", label: "โทรศัพท์", before: "053 150 100", after: "053 999 999" },
    ]);
    expect(auditChanges(null, { title: "<b>x</b>" })).toEqual([
      { field: "title", label: "ชื่อเรื่อง", before: "—", after: "<b>x</b>" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    // jsonb reorders keys; rows follow the form instead.
    const rows = auditChanges(null, {
      endsAt: null,
      title: "ก",
      allDay: false,
      startsAt: "2022-05-31T17:30:00.000Z",
      zzz: 1,
    });
    expect(rows.map((r) => r.field)).toEqual(["title", "allDay", "startsAt", "endsAt", "zzz"]);
  });

  it("links to the entity's staff page", () => {
    expect(entityHref("post", "12")).toBe("/admin/posts/12");
    expect(entityHref("settings", "1")).toBe("/admin/settings");
    expect(entityHref("auth", null)).toBeNull();
    expect(entityHref("auth", "3")).toBe("/admin/users/3");
    expect(entityHref("user", "../x")).toBeNull();
  });
});
