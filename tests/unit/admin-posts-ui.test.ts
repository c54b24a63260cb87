import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "@/app/admin/(staff)/posts/list-params";
import { moveItem } from "@/components/admin/media/asset-item";
import { previewViewOf } from "@/components/admin/posts/preview-view";
import { describeWallTime, toWallTimeInput } from "@/lib/thai-date/wall-time";
import type { PostForEdit } from "@/lib/posts/admin-queries";

describe("posts list address", () => {
  it("reads known filters and ignores anything else", () => {
    expect(
      parseListParams({ section: "PRESS_RELEASE", status: "IN_REVIEW", author: "7", q: "  เลือกตั้ง ", page: "3" }),
    ).toEqual({
      section: "PRESS_RELEASE",
      status: "IN_REVIEW",
      authorId: 7,
      q: "เลือกตั้ง",
      page: 3,
    });
    expect(parseListParams({ section: "nope", status: "toString", author: "-1", q: "   ", page: "0" })).toEqual({
      section: undefined,
      status: undefined,
      authorId: undefined,
      q: undefined,
      page: 1,
    });
    expect(parseListParams({ status: ["DRAFT", "PUBLISHED"] }).status).toBe("DRAFT");
  });

  it("writes the same filters back, page 1 left out", () => {
    expect(listHref({})).toBe("/admin/posts");
    expect(listHref({ status: "IN_REVIEW", page: 1 })).toBe("/admin/posts?status=IN_REVIEW");
    const href = listHref({ q: "ก & ข", section: "OTHER", authorId: 2, page: 4 });
    expect(parseListParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      q: "ก & ข",
      section: "OTHER",
      status: undefined,
      authorId: 2,
      page: 4,
    });
  });
});

describe("moveItem", () => {
  it("moves up and down and refuses moves past either end", () => {
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    const same = [1, 2, 3];
    expect(moveItem(same, 0, -1)).toBe(same);
    expect(moveItem(same, 2, 1)).toBe(same);
    expect(moveItem(same, 5, -1)).toBe(same);
  });
});

describe("Bangkok wall time for the schedule input", () => {
  it("shows an instant as Bangkok wall time whatever the server's zone", () => {
    expect(toWallTimeInput(new Date("2026-03-05T02:30:00Z"))).toBe("2026-03-05T09:30");
    expect(toWallTimeInput(new Date("2025-12-31T17:05:00Z"))).toBe("2026-01-01T00:05");
    expect(toWallTimeInput(null)).toBe("");
  });

  it("describes a typed value in Thai with the Buddhist-era year, and nothing for nonsense", () => {
    expect(describeWallTime("2026-03-05T09:30")).toBe("5 มี.ค. 2569 เวลา 09.30 น.");
    expect(describeWallTime("2026-02-31T09:30")).toBeNull();
    expect(describeWallTime("2026-03-05 09:30")).toBeNull();
    expect(describeWallTime("")).toBeNull();
  });
});

describe("previewViewOf", () => {
  const asset = (id: number, mimeType: string) => ({
    id,
    fileName: `f${id}.pdf`,
    mimeType,
    size: 10,
    src: `/files/${id}/f${id}.pdf`,
    isImage: mimeType.startsWith("image/"),
    alt: "",
    width: null,
    height: null,
  });
  const base: PostForEdit = {
    id: 5,
    status: "PUBLISHED",
    version: 3,
    authorId: 1,
    authorName: "ก",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    updatedAt: new Date("2026-01-02T00:00:00Z"),
    publishedAt: new Date("2026-01-02T00:00:00Z"),
    firstPublishedAt: new Date("2026-01-02T00:00:00Z"),
    lastUpdatedAt: null,
    scheduledAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
    redirectToId: null,
    everPublished: true,
    live: {
      title: "เดิม",
      section: "OTHER",
      slug: "old",
      summary: "",
      body: "<p>เดิม</p>",
      tags: [],
      coverId: null,
      galleryIds: [],
      attachmentIds: [],
      videoId: null,
      videoPosterId: null,
      videoCaptionsId: null,
      titleEn: null,
      summaryEn: null,
      bodyEn: null,
    },
    draft: {
      title: "ใหม่",
      section: "PRESS_RELEASE",
      slug: "new",
      summary: "ส",
      body: "<p>ใหม่</p>",
      tags: ["ท"],
      coverId: null,
      galleryIds: [],
      attachmentIds: [9],
      videoId: null,
      videoPosterId: null,
      videoCaptionsId: null,
      titleEn: null,
      summaryEn: null,
      bodyEn: null,
    },
    draftUpdatedAt: new Date("2026-01-03T00:00:00Z"),
    draftAuthorName: "ข",
    working: {
      title: "ใหม่",
      section: "PRESS_RELEASE",
      slug: "new",
      summary: "ส",
      body: "<p>ใหม่</p>",
      tags: ["ท"],
      coverId: null,
      galleryIds: [],
      attachmentIds: [9],
      videoId: null,
      videoPosterId: null,
      videoCaptionsId: null,
      titleEn: null,
      summaryEn: null,
      bodyEn: null,
    },
    cover: null,
    gallery: [],
    attachments: [asset(9, "application/pdf")],
    video: null,
    videoPoster: null,
    videoCaptions: null,
    revisionCount: 2,
    reviewNote: null,
    scheduleError: null,
  };

  it("shows the working copy with the live post's notes and download counts", () => {
    const notes = [{ note: "แก้วันที่", at: new Date("2026-01-02T05:00:00Z") }];
    const live = {
      changeNotes: notes,
      viewCount: 12,
      attachments: [
        { id: 9, href: "", label: "คำสั่ง", mimeType: "application/pdf", typeLabel: "PDF", size: 10, downloadCount: 4 },
      ],
    };
    const view = previewViewOf(base, live);
    expect(view).toMatchObject({
      title: "ใหม่",
      section: "PRESS_RELEASE",
      path: "/posts/5/new",
      body: "<p>ใหม่</p>",
      tags: ["ท"],
      viewCount: 12,
      changeNotes: notes,
    });
    expect(view.attachments).toEqual([
      {
        id: 9,
        href: "/files/9/f9.pdf",
        label: "คำสั่ง",
        mimeType: "application/pdf",
        typeLabel: "PDF",
        size: 10,
        downloadCount: 4,
      },
    ]);
  });

  it("dates a never-published post by its schedule, else by now", () => {
    const now = new Date("2026-04-01T00:00:00Z");
    const draft = {
      ...base,
      status: "DRAFT" as const,
      publishedAt: null,
      firstPublishedAt: null,
      everPublished: false,
    };
    expect(previewViewOf(draft, null, now).publishedAt).toEqual(now);
    const at = new Date("2026-05-01T02:00:00Z");
    const scheduled = previewViewOf({ ...draft, status: "SCHEDULED", scheduledAt: at }, null, now);
    expect(scheduled.publishedAt).toEqual(at);
    expect(scheduled.firstPublishedAt).toEqual(at);
    expect(scheduled.attachments[0]?.downloadCount).toBe(0);
  });
});
