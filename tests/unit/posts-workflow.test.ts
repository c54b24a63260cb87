import { describe, expect, it } from "vitest";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { allowedActions, can, isLive, refusal, type PostAction, type WorkflowPost } from "@/lib/posts/permissions";

const author = { id: 1, role: "AUTHOR" as const };
const otherAuthor = { id: 2, role: "AUTHOR" as const };
const editor = { id: 3, role: "EDITOR" as const };
const admin = { id: 4, role: "ADMIN" as const };

const post = (status: PostStatus, extra: Partial<WorkflowPost> = {}): WorkflowPost => ({
  status,
  authorId: author.id,
  everPublished: status === "PUBLISHED" || status === "WITHDRAWN",
  hasDraft: false,
  ...extra,
});

const EDITOR_ONLY: PostAction[] = ["publish", "schedule", "unschedule", "withdraw", "return"];
const STATUSES: PostStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "WITHDRAWN"];

describe("authors", () => {
  it("never publish, schedule, unschedule, withdraw or return, from any status, even their own posts", () => {
    for (const status of STATUSES) {
      for (const hasDraft of [false, true]) {
        for (const action of EDITOR_ONLY)
          expect(can(author, action, post(status, { hasDraft })), `${action} from ${status}`).toBe(false);
      }
    }
  });

  it("edit and submit their own drafts; edit (into a pending draft) their own published posts", () => {
    expect(allowedActions(author, post("DRAFT"))).toEqual(["edit", "submit", "restore", "delete"]);
    expect(allowedActions(author, post("IN_REVIEW"))).toEqual(["edit", "restore"]);
    expect(allowedActions(author, post("PUBLISHED"))).toEqual(["edit", "restore"]);
    expect(allowedActions(author, post("PUBLISHED", { hasDraft: true }))).toEqual([
      "edit",
      "submit",
      "restore",
      "discardDraft",
    ]);
  });

  it("cannot touch scheduled or withdrawn posts, even their own", () => {
    expect(allowedActions(author, post("SCHEDULED"))).toEqual([]);
    expect(allowedActions(author, post("WITHDRAWN", { hasDraft: true }))).toEqual([]);
  });

  it("cannot do anything to another author's post", () => {
    for (const status of STATUSES) expect(allowedActions(otherAuthor, post(status, { hasDraft: true }))).toEqual([]);
    expect(allowedActions(author, post("DRAFT", { authorId: null }))).toEqual([]);
  });

  it("are told why: the role for editor steps, ownership for others' posts", () => {
    expect(refusal(author, "publish", post("DRAFT"))).toBe("เฉพาะบรรณาธิการหรือผู้ดูแลระบบเท่านั้นที่ทำรายการนี้ได้");
    expect(refusal(otherAuthor, "edit", post("DRAFT"))).toBe("คุณแก้ไขได้เฉพาะเรื่องที่คุณเขียนเอง");
    expect(refusal(author, "delete", post("PUBLISHED"))).toMatch(/สถานะปัจจุบัน/);
  });
});

describe("editors and admins", () => {
  for (const user of [editor, admin]) {
    it(`${user.role}: the workflow from each status, on anyone's post`, () => {
      expect(allowedActions(user, post("DRAFT"))).toEqual([
        "edit",
        "submit",
        "publish",
        "schedule",
        "restore",
        "delete",
      ]);
      expect(allowedActions(user, post("IN_REVIEW"))).toEqual([
        "edit",
        "return",
        "publish",
        "schedule",
        "restore",
        "delete",
      ]);
      expect(allowedActions(user, post("SCHEDULED"))).toEqual([
        "edit",
        "publish",
        "schedule",
        "unschedule",
        "restore",
        "delete",
      ]);
      expect(allowedActions(user, post("PUBLISHED"))).toEqual(["edit", "withdraw", "restore"]);
      expect(allowedActions(user, post("PUBLISHED", { hasDraft: true }))).toEqual([
        "edit",
        "submit",
        "publish",
        "withdraw",
        "restore",
        "discardDraft",
      ]);
      expect(allowedActions(user, post("WITHDRAWN"))).toEqual(["edit", "publish", "restore"]);
    });
  }

  it("never delete a post that was once published (it is withdrawn instead)", () => {
    expect(can(editor, "delete", post("WITHDRAWN"))).toBe(false);
    expect(can(editor, "delete", post("DRAFT", { everPublished: true }))).toBe(false);
  });
});

describe("isLive", () => {
  it("is true once published, while published, withdrawn or rescheduled", () => {
    expect(isLive(post("PUBLISHED"))).toBe(true);
    expect(isLive(post("WITHDRAWN"))).toBe(true);
    expect(isLive(post("SCHEDULED", { everPublished: true }))).toBe(true);
    expect(isLive(post("SCHEDULED"))).toBe(false);
    expect(isLive(post("DRAFT"))).toBe(false);
    expect(isLive(post("IN_REVIEW"))).toBe(false);
  });
});
