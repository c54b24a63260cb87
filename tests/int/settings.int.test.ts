// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getSiteSettings } from "@/lib/settings/queries";
import { seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

const open: TestDatabase[] = [];
let uploadsDir: string | undefined;

async function useDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  open.push(db);
  useTestDatabase(db);
  return db;
}

afterEach(() => useTestDatabase(undefined));

afterAll(async () => {
  for (const db of open) await db.close();
  if (uploadsDir) await rm(uploadsDir, { recursive: true, force: true });
});

describe("getSiteSettings", () => {
  it("falls back to the office's own name and the 1444 hotline before its settings are filled in", async () => {
    await useDatabase();
    const settings = await getSiteSettings();
    expect(settings.hotline).toBe("1444");
    expect(settings.officeName).toBe("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
    expect(settings.officeShortName).toBe("สำนักงาน กกต. ประจำจังหวัดเชียงราย");
    expect(settings.province).toBe("เชียงราย");
    expect(settings.copyrightStartYear).toBe(2559);
    expect(settings.facebookUrl).toBe("");
  });

  it("returns the seeded Chiang Rai office, and only the fields pages show", async () => {
    const db = await useDatabase();
    uploadsDir = await mkdtemp(path.join(os.tmpdir(), "settings-uploads-"));
    await seedDemo(db.prisma, { uploadsDir, now: new Date("2026-08-01T05:00:00Z") });

    const settings = await getSiteSettings();
    expect(settings).toMatchObject({
      officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย",
      officeShortName: "สำนักงาน กกต. ประจำจังหวัดเชียงราย",
      province: "เชียงราย",
      phone: "053 150 100",
      hotline: "1444",
      email: "chiangrai@example.go.th",
      facebookUrl: "https://www.facebook.com/ect.chiangrai.demo",
      copyrightStartYear: 2559,
    });
    expect(settings).not.toHaveProperty("id");
    expect(settings).not.toHaveProperty("version");
    expect(settings).not.toHaveProperty("updatedAt");

    // An office that never filled in a short name is called by its full name.
    await db.prisma.siteSettings.updateMany({ data: { officeShortName: "" } });
    expect((await getSiteSettings()).officeShortName).toBe("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
  });
});
