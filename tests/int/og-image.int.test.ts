import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPostCard, textImage } from "@/lib/seo/og-image";
import { fromBangkok } from "@/lib/thai-date";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { makePost } from "@/tests/helpers/post-fixtures";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// The link-preview picture: Thai must be shaped (marks stacked over their consonant, not drawn as
// boxes side by side), and only published posts have one.

const ink = async (text: string) => {
  const img = await textImage(
    text,
    "Sarabun Bold 60",
    `${process.cwd()}/node_modules/@fontsource/sarabun/files/sarabun-thai-700-normal.woff`,
    1000,
    "#000000",
  );
  const { info } = await sharp(img.data).trim({ threshold: 1 }).toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height };
};

describe("Thai in the picture", () => {
  it("tone marks and vowels above stack on their consonant: ปั้น is as wide as ปน but taller", async () => {
    const [marked, plain] = await Promise.all([ink("ปั้น"), ink("ปน")]);
    expect(Math.abs(marked.width - plain.width) / plain.width).toBeLessThan(0.15);
    expect(marked.height).toBeGreaterThan(plain.height * 1.2);
  });

  it("a card is a 1200×630 PNG", async () => {
    const png = await renderPostCard({
      officeName: "สำนักงาน กกต. เชียงราย",
      section: "ข่าวประชาสัมพันธ์",
      title: "ก".repeat(300),
      date: "วันที่ 28 เม.ย. 2565",
    });
    expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
  });
});

describe("GET /og/posts/{id}.png", () => {
  let db: TestDatabase;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    db = await createTestDatabase();
    useTestDatabase(db);
    const a = await db.prisma.user.create({
      data: { email: "a@t.go.th", name: "ก", role: "EDITOR", passwordHash: "!" },
    });
    ids.live = (
      await makePost(db.prisma, {
        authorId: a.id,
        status: "PUBLISHED",
        title: "ลงนาม MOU <b>&</b>",
        publishedAt: fromBangkok(2022, 4, 28, 10),
      })
    ).id;
    ids.draft = (await makePost(db.prisma, { authorId: a.id, title: "ร่าง" })).id;
  });
  afterAll(async () => {
    useTestDatabase(undefined);
    await db.close();
  });

  it("draws a published post (markup in its title is text), and is 404 for drafts and nonsense", async () => {
    const { GET } = await import("@/app/og/posts/[file]/route");
    const call = (file: string) => GET(new Request("https://x/"), { params: Promise.resolve({ file }) });
    const res = await call(`${ids.live}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toContain("s-maxage");
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({ width: 1200, height: 630 });
    for (const file of [`${ids.draft}.png`, "abc.png", `${ids.live}.jpg`, "0.png"])
      expect((await call(file)).status, file).toBe(404);
  });

  it("draws the office's card for every other page", async () => {
    const { GET } = await import("@/app/og/site.png/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({
      format: "png",
      width: 1200,
      height: 630,
    });
  });
});
