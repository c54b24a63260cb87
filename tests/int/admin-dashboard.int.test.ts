import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/admin/dashboard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { createStaff, type Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

let db: TestDatabase;
let staff: Staff;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  staff = await createStaff(db.prisma);
  const post = (title: string, data: Partial<Prisma.PostUncheckedCreateInput>) =>
    db.prisma.post.create({ data: { title, section: "NEWS_ACTIVITY", ...data } });
  await post("ร่างของผู้เขียน", { authorId: staff.author.id, status: "DRAFT" });
  await post("ร่างของบรรณาธิการ", { authorId: staff.editor.id, status: "DRAFT" });
  await post("รอตรวจของผู้เขียน", { authorId: staff.author.id, status: "IN_REVIEW" });
  await post("รอตรวจของคนอื่น", { authorId: staff.editor.id, status: "IN_REVIEW" });
  await post("ตั้งเวลาไว้", {
    authorId: staff.editor.id,
    status: "SCHEDULED",
    scheduledAt: new Date("2030-01-01T02:00:00Z"),
  });
  await post("ตั้งเวลาแต่ล้มเหลว", {
    authorId: staff.author.id,
    status: "SCHEDULED",
    scheduledAt: new Date("2024-01-01T02:00:00Z"),
    scheduleError: "ไฟล์แนบหายไป",
  });
  for (let i = 0; i < 7; i++) {
    await post(`เผยแพร่ ${i}`, {
      authorId: staff.editor.id,
      status: "PUBLISHED",
      publishedAt: new Date(Date.UTC(2024, 0, 1 + i)),
    });
  }
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db.close();
});

const titles = (l: { posts: { title: string }[] }) => l.posts.map((p) => p.title);

describe("getDashboard", () => {
  it("an editor sees the office's review queue, schedules and failures, and only their own drafts", async () => {
    const d = await getDashboard(staff.editor);
    expect(titles(d.myDrafts)).toEqual(["ร่างของบรรณาธิการ"]);
    expect(titles(d.awaitingReview).sort()).toEqual(["รอตรวจของคนอื่น", "รอตรวจของผู้เขียน"]);
    expect(titles(d.failedSchedules)).toEqual(["ตั้งเวลาแต่ล้มเหลว"]);
    expect(d.failedSchedules.posts[0]?.scheduleError).toBe("ไฟล์แนบหายไป");
    expect(d.scheduled.total).toBe(2);
    // Five newest, with the total for "see all".
    expect(titles(d.recentlyPublished)).toEqual(["เผยแพร่ 6", "เผยแพร่ 5", "เผยแพร่ 4", "เผยแพร่ 3", "เผยแพร่ 2"]);
    expect(d.recentlyPublished.total).toBe(7);
  });

  it("an author sees only their own work in the workflow lists", async () => {
    const d = await getDashboard(staff.author);
    expect(titles(d.myDrafts)).toEqual(["ร่างของผู้เขียน"]);
    expect(titles(d.awaitingReview)).toEqual(["รอตรวจของผู้เขียน"]);
    expect(titles(d.scheduled)).toEqual(["ตั้งเวลาแต่ล้มเหลว"]);
    expect(titles(d.failedSchedules)).toEqual(["ตั้งเวลาแต่ล้มเหลว"]);
  });
});
