import { describe, expect, it } from "vitest";
import { bodyText, diffList, diffRevisions, diffText, parseSnapshot, type PostSnapshot } from "@/lib/posts/revisions";
import { createPostSchema, parseTags, parseWallTime, postSchema, updatePostSchema } from "@/lib/posts/schema";

const base: PostSnapshot = {
  title: "ประกาศผลการเลือกตั้ง",
  section: "ELECTION_RESULT",
  slug: null,
  summary: "",
  body: "<p>ผลการนับคะแนน</p>",
  tags: ["เลือกตั้ง"],
  coverId: null,
  galleryIds: [],
  attachmentIds: [4],
  videoId: null,
  videoPosterId: null,
  videoCaptionsId: null,
  titleEn: null,
  summaryEn: null,
  bodyEn: null,
};

describe("diffRevisions", () => {
  it("lists only the fields that changed, in form order", () => {
    const b = { ...base, title: "ประกาศผลการเลือกตั้งอย่างเป็นทางการ", tags: ["เลือกตั้ง", "ผลคะแนน"], attachmentIds: [4, 9] };
    expect(diffRevisions(base, b).map((d) => d.field)).toEqual(["title", "tags", "attachmentIds"]);
    expect(diffRevisions(base, base)).toEqual([]);
  });

  it("diffs Thai text by word, although Thai has no spaces", () => {
    const parts = diffText("ประกาศผลการเลือกตั้ง", "ประกาศผลการเลือกตั้งอย่างเป็นทางการ");
    expect(parts[0]).toEqual({ value: "ประกาศผลการเลือกตั้ง" });
    expect(
      parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(""),
    ).toBe("อย่างเป็นทางการ");
    expect(parts.some((p) => p.removed)).toBe(false);
  });

  it("shows replaced words as removed then added, and reassembles both texts", () => {
    const a = "ประชุมวันจันทร์ ห้อง 1";
    const b = "ประชุมวันอังคาร ห้อง 1";
    const parts = diffText(a, b);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(""),
    ).toBe(a);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(""),
    ).toBe(b);
    expect(parts.find((p) => p.removed)?.value).toContain("จันทร์");
    expect(parts.find((p) => p.added)?.value).toContain("อังคาร");
  });

  it("compares the body's words, and says when only the markup changed", () => {
    const bolder = { ...base, body: "<p><strong>ผลการนับคะแนน</strong></p>" };
    expect(diffRevisions(base, bolder)).toEqual([
      { field: "body", parts: [{ value: "ผลการนับคะแนน" }], formatOnly: true },
    ]);
    const longer = { ...base, body: "<p>ผลการนับคะแนน</p><p>เขต 7</p>" };
    const [d] = diffRevisions(base, longer);
    expect(d?.formatOnly).toBeUndefined();
    expect(
      d?.parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(""),
    ).toBe("\nเขต 7");
  });

  it("lists tags and files item by item, and names the section in Thai", () => {
    expect(diffList(["ก", "ข"], ["ก", "ค"])).toEqual([
      { value: "ก" },
      { value: ", " },
      { value: "ข", removed: true },
      { value: ", " },
      { value: "ค", added: true },
    ]);
    const [section] = diffRevisions(base, { ...base, section: "ANNOUNCEMENT" });
    expect(section?.parts).toEqual([
      { value: "ประกาศผลการเลือกตั้ง", removed: true },
      { value: ", " },
      { value: "ข่าวประกาศ", added: true },
    ]);
  });

  it("reads body HTML as lines of text, entities decoded and images named", () => {
    expect(bodyText('<p>ก &amp; ข</p><p>ค<br>ง</p><figure><img src="/files/1/a.png" alt="ภาพ"></figure>')).toBe(
      "ก & ข\nค\nง\n[ภาพ: ภาพ]",
    );
  });
});

describe("diffRevisions: the video", () => {
  it("names the video, poster and captions files that changed", () => {
    const b = { ...base, videoId: 7, videoCaptionsId: 8 };
    const diffs = diffRevisions(base, b);
    expect(diffs.map((d) => d.field)).toEqual(["videoId", "videoCaptionsId"]);
    expect(diffs[0]!.parts.filter((p) => p.added || p.removed)).toEqual([
      { value: "(ไม่มี)", removed: true },
      { value: "ไฟล์หมายเลข 7", added: true },
    ]);
  });
});

describe("diffRevisions: the English translation", () => {
  it("shows a new English title as added and compares the English body by its words", () => {
    const a = { ...base, titleEn: "Election results", bodyEn: "<p>The count</p>" };
    const b = { ...base, titleEn: "Official Election results", bodyEn: "<p><strong>The count</strong></p>" };
    const added = diffRevisions(base, a);
    expect(added.map((d) => d.field)).toEqual(["titleEn", "bodyEn"]);
    expect(added[0]!.parts).toEqual([{ value: "Election results", added: true }]);
    const changed = diffRevisions(a, b);
    expect(changed.map((d) => d.field)).toEqual(["titleEn", "bodyEn"]);
    expect(changed[0]!.parts.filter((p) => p.added)).toEqual([{ value: "Official ", added: true }]);
    expect(changed[1]!.formatOnly).toBe(true);
  });
});

describe("parseSnapshot", () => {
  it("reads old or partial snapshots with empty defaults and refuses non-objects", () => {
    expect(parseSnapshot({ title: "ก" })).toEqual({
      ...base,
      title: "ก",
      section: "OTHER",
      body: "",
      tags: [],
      attachmentIds: [],
      videoId: null,
      videoPosterId: null,
      videoCaptionsId: null,
    });
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot("x")).toBeNull();
  });
});

describe("post schema", () => {
  const valid = {
    title: "  หัวข้อ  ",
    section: "PRESS_RELEASE",
    slug: "",
    summary: "",
    body: "<p>ก</p>",
    tags: "เลือกตั้ง, อสม.,เลือกตั้ง, ",
    galleryIds: "[3,4,3]",
    attachmentIds: "",
  };

  it("trims text, splits Thai tags, parses file lists and turns an empty slug into none", () => {
    const r = postSchema.parse(valid);
    expect(r).toMatchObject({
      title: "หัวข้อ",
      slug: null,
      tags: ["เลือกตั้ง", "อสม."],
      coverId: null,
      galleryIds: [3, 4],
      attachmentIds: [],
      videoId: null,
      videoPosterId: null,
      videoCaptionsId: null,
    });
  });

  it("refuses a missing title, an unknown section, a non-ASCII slug and a broken file list, in Thai", () => {
    const r = postSchema.safeParse({ ...valid, title: " ", section: "HACK", slug: "ข่าว-1", galleryIds: '["1"]' });
    expect(r.success).toBe(false);
    const errors = r.error!.flatten().fieldErrors;
    expect(errors.title).toEqual(["กรุณากรอกหัวข้อ"]);
    expect(errors.section).toEqual(["กรุณาเลือกหมวดจากรายการ"]);
    expect(errors.slug?.[0]).toMatch(/a-z 0-9/);
    expect(errors.galleryIds?.[0]).toMatch(/ไม่ถูกต้อง/);
  });

  it("keeps an optional English translation, empty parts as none", () => {
    expect(postSchema.parse(valid)).toMatchObject({ titleEn: null, summaryEn: null, bodyEn: null });
    const r = updatePostSchema.parse({ ...valid, titleEn: "  Results  ", summaryEn: " ", bodyEn: "<p>Text</p>" });
    expect(r).toMatchObject({ titleEn: "Results", summaryEn: null, bodyEn: "<p>Text</p>" });
  });

  it("refuses an English summary or body without an English title, in Thai", () => {
    for (const extra of [{ summaryEn: "Summary" }, { bodyEn: "<p>Text</p>" }]) {
      const r = updatePostSchema.safeParse({ ...valid, ...extra });
      expect(r.error?.flatten().fieldErrors.titleEn?.[0]).toMatch(/^ใส่ชื่อเรื่องภาษาอังกฤษก่อน/);
    }
    expect(createPostSchema.safeParse({ ...valid, bodyEn: "<p>Text</p>" }).success).toBe(false);
    const long = updatePostSchema.safeParse({ ...valid, titleEn: "x".repeat(301) });
    expect(long.error?.flatten().fieldErrors.titleEn).toEqual(["ชื่อเรื่องภาษาอังกฤษยาวได้ไม่เกิน 300 ตัวอักษร"]);
  });

  it("requires a change note for a major change only", () => {
    expect(updatePostSchema.safeParse({ ...valid, changeType: "minor" }).success).toBe(true);
    const major = updatePostSchema.safeParse({ ...valid, changeType: "major", changeNote: " " });
    expect(major.error?.flatten().fieldErrors.changeNote).toEqual(["การแก้ไขสำคัญต้องมีบันทึกการแก้ไขที่ผู้อ่านจะเห็น"]);
    expect(updatePostSchema.safeParse({ ...valid, changeType: "sneaky" }).success).toBe(false);
  });

  it("parses tags and wall times", () => {
    expect(parseTags("ก,\nข ,  ค  ง")).toEqual(["ก", "ข", "ค ง"]);
    expect(parseWallTime("2026-03-05T09:30")).toEqual({ year: 2026, month: 3, day: 5, hour: 9, minute: 30 });
    expect(parseWallTime("2026-13-05T09:30")).toBeNull();
    expect(parseWallTime("05/03/2569 09:30")).toBeNull();
  });
});
