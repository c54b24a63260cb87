"use server";

import { addYears, isAfter } from "date-fns";
import { formValues, invalid, submitted, withFieldErrors } from "@/lib/admin/form-state";
import { audit } from "@/lib/audit/log";
import { fromBangkok, toBangkokParts } from "@/lib/thai-date";
import { NO_DRAFT, publishInTx } from "../publish";
import { nudgeScheduler } from "../scheduler-signal";
import { parseWallTime, publishSchema, returnSchema, scheduleSchema, withdrawSchema } from "../schema";
import { type Outcome } from "./run";
import type { PostActionState } from "./state";
import { noInput, runStep, type StepContext } from "./step";

// The publishing workflow's steps. Authors may only submit (and discard or delete their own
// unpublished work); publishing, scheduling, returning and withdrawing need an editor. The rules
// of who may do what from which status are lib/posts/permissions.ts; runStep enforces them.

/** The version-guarded write every step ends with. */
async function guardedUpdate(
  ctx: StepContext<unknown>,
  data: Parameters<StepContext<unknown>["tx"]["post"]["updateMany"]>[0]["data"],
): Promise<boolean> {
  const { count } = await ctx.tx.post.updateMany({
    where: { id: ctx.row.id, version: ctx.row.version },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

const ok = (ctx: StepContext<unknown>): Outcome => ({ kind: "ok", version: ctx.row.version + 1 });
const stale: Outcome = { kind: "stale" };

export async function submitForReview(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "AUTHOR",
    action: "submit",
    input: noInput,
    publicChange: () => false,
    done: "ส่งให้บรรณาธิการตรวจแล้ว",
    async write(ctx) {
      // A live post's pending draft stays a draft of a published post: only the request is logged.
      const live = ctx.row.status === "PUBLISHED";
      if (!(await guardedUpdate(ctx, live ? { reviewNote: null } : { status: "IN_REVIEW", reviewNote: null })))
        return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: live ? "post.submit_draft" : "post.submit",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status },
        after: { status: live ? ctx.row.status : "IN_REVIEW" },
      });
      return ok(ctx);
    },
  });
}

export async function returnToAuthor(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "EDITOR",
    action: "return",
    input: (fd) => {
      const p = returnSchema.safeParse(formValues(fd));
      return p.success ? { ok: true, value: p.data.note } : { ok: false, state: invalid(p.error) };
    },
    publicChange: () => false,
    done: "ส่งกลับให้ผู้เขียนแก้ไขแล้ว",
    async write(ctx) {
      if (!(await guardedUpdate(ctx, { status: "DRAFT", reviewNote: ctx.input }))) return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.return",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status },
        after: { status: "DRAFT", reviewNote: ctx.input },
      });
      return ok(ctx);
    },
  });
}

/** Publishes now: a new post, a scheduled or withdrawn one, or a live post's pending draft. */
export async function publishPost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "EDITOR",
    action: "publish",
    // Optional: publishing a pending draft may be a major change with a public note.
    input: (fd) => {
      const p = publishSchema.safeParse(formValues(fd));
      return p.success
        ? { ok: true, value: { type: p.data.changeType, note: p.data.changeNote, notify: p.data.notifySubscribers } }
        : { ok: false, state: invalid(p.error) };
    },
    publicChange: () => true,
    done: "เผยแพร่แล้ว หน้าเว็บแสดงเรื่องนี้แล้ว",
    async write(ctx) {
      const v = await publishInTx(ctx.tx, ctx.row, {
        now: ctx.now,
        userId: ctx.user.id,
        action: "post.publish",
        change: ctx.input,
      });
      return v === "stale" ? stale : { kind: "ok", version: v };
    },
  });
}

export async function schedulePost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  const state = await runStep(formData, {
    min: "EDITOR",
    action: "schedule",
    input: (fd) => {
      const p = scheduleSchema.safeParse(formValues(fd));
      if (!p.success) return { ok: false, state: invalid(p.error) };
      const w = parseWallTime(p.data.scheduledAt);
      const at = w ? fromBangkok(w.year, w.month, w.day, w.hour, w.minute) : null;
      const parts = at ? toBangkokParts(at) : null;
      // 31 April rolls over to 1 May in fromBangkok: a date that does not exist is refused.
      if (!w || !parts || parts.day !== w.day || parts.month !== w.month)
        return { ok: false, state: withFieldErrors({ scheduledAt: ["ไม่มีวันที่นี้ในปฏิทิน"] }) };
      const now = new Date();
      if (!at || !isAfter(at, now))
        return { ok: false, state: withFieldErrors({ scheduledAt: ["เวลาเผยแพร่ต้องเป็นเวลาในอนาคต"] }) };
      // Instants, not calendar days: no time zone is involved in either comparison.
      if (isAfter(at, addYears(now, 5)))
        return {
          ok: false,
          state: withFieldErrors({ scheduledAt: ["ตั้งเวลาล่วงหน้าได้ไม่เกิน 5 ปี โปรดตรวจสอบปี (ใช้ปี ค.ศ. ในช่องนี้)"] }),
        };
      return { ok: true, value: at };
    },
    publicChange: () => false,
    done: "ตั้งเวลาเผยแพร่แล้ว ระบบจะเผยแพร่ให้เองตรงเวลา",
    async write(ctx) {
      if (
        !(await guardedUpdate(ctx, {
          status: "SCHEDULED",
          scheduledAt: ctx.input,
          scheduleError: null,
          reviewNote: null,
        }))
      )
        return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.schedule",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status, scheduledAt: ctx.row.scheduledAt?.toISOString() ?? null },
        after: { status: "SCHEDULED", scheduledAt: ctx.input.toISOString() },
      });
      return ok(ctx);
    },
  });
  if (state.ok) nudgeScheduler();
  return state;
}

export async function unschedulePost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "EDITOR",
    action: "unschedule",
    input: noInput,
    publicChange: () => false,
    done: "ยกเลิกการตั้งเวลาแล้ว เรื่องนี้กลับเป็นฉบับร่าง",
    async write(ctx) {
      if (!(await guardedUpdate(ctx, { status: "DRAFT", scheduledAt: null, scheduleError: null }))) return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.unschedule",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status, scheduledAt: ctx.row.scheduledAt?.toISOString() ?? null },
        after: { status: "DRAFT", scheduledAt: null },
      });
      return ok(ctx);
    },
  });
}

export async function withdrawPost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "EDITOR",
    action: "withdraw",
    input: (fd) => {
      const p = withdrawSchema.safeParse(formValues(fd));
      return p.success ? { ok: true, value: p.data } : { ok: false, state: invalid(p.error) };
    },
    publicChange: () => true,
    done: "ถอนการเผยแพร่แล้ว",
    async write(ctx) {
      const { reason, redirectToId } = ctx.input;
      if (redirectToId !== null) {
        // Only a published other post: a withdrawn target could lead readers in a circle.
        const target =
          redirectToId === ctx.row.id
            ? null
            : await ctx.tx.post.findFirst({ where: { id: redirectToId, status: "PUBLISHED" }, select: { id: true } });
        if (!target)
          return {
            kind: "invalid",
            state: withFieldErrors({ redirectToId: ["ไม่พบเรื่องที่เผยแพร่อยู่หมายเลขนี้ (ต้องเป็นเรื่องอื่นที่เผยแพร่อยู่)"] }),
          };
      }
      if (
        !(await guardedUpdate(ctx, {
          status: "WITHDRAWN",
          withdrawnAt: ctx.now,
          withdrawnReason: reason,
          redirectToId,
        }))
      )
        return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.withdraw",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status },
        after: { status: "WITHDRAWN", reason, redirectToId },
      });
      return ok(ctx);
    },
  });
}

/** Drops a live post's pending draft; the public page is untouched (the draft stays in history). */
export async function discardDraft(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "AUTHOR",
    action: "discardDraft",
    input: noInput,
    publicChange: () => false,
    done: "ทิ้งฉบับร่างที่รออยู่แล้ว",
    async write(ctx) {
      if (!(await guardedUpdate(ctx, { ...NO_DRAFT }))) return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.discard_draft",
        entity: "post",
        entityId: ctx.row.id,
        before: { pendingDraft: true },
        after: { pendingDraft: false },
      });
      return ok(ctx);
    },
  });
}

/** Deletes a post that was never published (published ones are withdrawn instead). */
export async function deletePost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return runStep(formData, {
    min: "AUTHOR",
    action: "delete",
    input: noInput,
    publicChange: () => false,
    done: "ลบเรื่องนี้แล้ว",
    async write(ctx) {
      const { count } = await ctx.tx.post.deleteMany({ where: { id: ctx.row.id, version: ctx.row.version } });
      if (count === 0) return stale;
      await audit(ctx.tx, {
        userId: ctx.user.id,
        action: "post.delete",
        entity: "post",
        entityId: ctx.row.id,
        before: { status: ctx.row.status, title: ctx.row.title },
      });
      return { kind: "ok", version: ctx.row.version };
    },
  });
}
