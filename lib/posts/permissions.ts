import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { PostStatus } from "@/lib/generated/prisma/enums";

// Who may do what to a post, from which status. Pure: the actions ask this before writing, the
// admin pages ask it to decide which buttons to offer.
//
//   DRAFT ──submit──▶ IN_REVIEW ──publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN ──publish──▶ PUBLISHED
//     ▲  ◀──return───┘    │                     ▲  │
//     │                schedule                 │  └─ edits: editors change the public page (minor/major);
//     └──unschedule── SCHEDULED ──(time)────────┘     authors' edits wait in `draft` for an editor
//
// Authors write: they edit and submit their own posts and can never publish, schedule, return,
// withdraw or unschedule. Editors and admins may do everything to anyone's post.

export type PostAction =
  | "edit"
  | "submit"
  | "return"
  | "publish"
  | "schedule"
  | "unschedule"
  | "withdraw"
  | "restore"
  | "discardDraft"
  | "delete";

export type WorkflowPost = {
  status: PostStatus;
  authorId: number | null;
  /** firstPublishedAt is set. */
  everPublished: boolean;
  /** A pending draft (changes to a live post) exists. */
  hasDraft: boolean;
};

type Actor = Pick<SessionUser, "id" | "role">;

/** Published at least once and not back in the writing stages: saves touch the public page. */
export function isLive(post: Pick<WorkflowPost, "status" | "everPublished">): boolean {
  return (
    post.everPublished && (post.status === "PUBLISHED" || post.status === "WITHDRAWN" || post.status === "SCHEDULED")
  );
}

function editorMay(action: PostAction, p: WorkflowPost): boolean {
  switch (action) {
    case "edit":
    case "restore":
      return true;
    case "submit":
      return p.status === "DRAFT" || (p.status === "PUBLISHED" && p.hasDraft);
    case "return":
      return p.status === "IN_REVIEW";
    case "publish":
      return p.status !== "PUBLISHED" || p.hasDraft;
    case "schedule":
      return !p.everPublished && (p.status === "DRAFT" || p.status === "IN_REVIEW" || p.status === "SCHEDULED");
    case "unschedule":
      return p.status === "SCHEDULED";
    case "withdraw":
      return p.status === "PUBLISHED";
    case "discardDraft":
      return p.hasDraft;
    case "delete":
      return !p.everPublished;
  }
}

function authorMay(action: PostAction, p: WorkflowPost): boolean {
  switch (action) {
    case "edit":
    case "restore":
      // A live post's changes go to its pending draft; a scheduled or withdrawn one is the
      // editors' business.
      return p.status === "DRAFT" || p.status === "IN_REVIEW" || p.status === "PUBLISHED";
    case "submit":
      return p.status === "DRAFT" || (p.status === "PUBLISHED" && p.hasDraft);
    case "discardDraft":
      return p.status === "PUBLISHED" && p.hasDraft;
    case "delete":
      return p.status === "DRAFT" && !p.everPublished;
    default:
      return false;
  }
}

/** Whether `user` may take `action` on `post` now. */
export function can(user: Actor, action: PostAction, post: WorkflowPost): boolean {
  if (hasRole(user, "EDITOR")) return editorMay(action, post);
  if (!hasRole(user, "AUTHOR") || post.authorId !== user.id) return false;
  return authorMay(action, post);
}

/** Every action `user` may take on `post`, for pages that offer buttons. */
export function allowedActions(user: Actor, post: WorkflowPost): PostAction[] {
  const all: PostAction[] = [
    "edit",
    "submit",
    "return",
    "publish",
    "schedule",
    "unschedule",
    "withdraw",
    "restore",
    "discardDraft",
    "delete",
  ];
  return all.filter((a) => can(user, a, post));
}

/** Thai refusal for an action that is not allowed, telling apart "not yours" from "not now". */
export function refusal(user: Actor, action: PostAction, post: WorkflowPost): string {
  if (!hasRole(user, "EDITOR")) {
    if (
      action === "publish" ||
      action === "schedule" ||
      action === "unschedule" ||
      action === "withdraw" ||
      action === "return"
    ) {
      return "เฉพาะบรรณาธิการหรือผู้ดูแลระบบเท่านั้นที่ทำรายการนี้ได้";
    }
    if (post.authorId !== user.id) return "คุณแก้ไขได้เฉพาะเรื่องที่คุณเขียนเอง";
  }
  return "ทำรายการนี้กับเรื่องในสถานะปัจจุบันไม่ได้ โปรดโหลดหน้าใหม่เพื่อดูสถานะล่าสุด";
}
