"use server";

import { formValues, invalid, refuseUnauthorized, submitted, withFieldErrors } from "@/lib/admin/form-state";
import { addAlertJob } from "@/lib/alerts/queue";
import { audit, fieldDiff } from "@/lib/audit/log";
import { hasRole } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { auditContent, checkAssets, scalarData, workflowPost, writeRelations } from "../content";
import { NO_DRAFT } from "../publish";
import {
  CONTENT_INCLUDE,
  parseSnapshot,
  recordRevision,
  snapshotJson,
  snapshotOfPost,
  type PostSnapshot,
} from "../revisions";
import { sanitizeBody } from "../sanitize";
import { createPostSchema, updatePostSchema, type PostInput } from "../schema";
import { visiblePostsWhere } from "../visibility";
import { can, isLive, refusal } from "../permissions";
import { parseId } from "@/lib/http/params";
import { answer, MESSAGES, type Outcome } from "./run";
import type { PostActionState } from "./state";

// Saving the editor form. Every save keeps a revision. Where the save goes depends on the post:
// - never published (draft, in review, scheduled): the post's own fields;
// - live, saved by an editor: the public page, as a minor or a major (publicly noted) change;
// - live, saved by an author: the pending `draft`, which an editor publishes later.

/** The form's content with both bodies (Thai and English) reduced to the HTML allowlist. */
function sanitized(content: PostInput): PostSnapshot {
  const bodyEn = content.bodyEn === null ? null : sanitizeBody(content.bodyEn);
  // An English body that was nothing but removed markup is no translation.
  return { ...content, body: sanitizeBody(content.body), bodyEn: bodyEn || null };
}

/** Creates a DRAFT (no id) or saves an existing post's working copy. */
export async function savePost(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () => {
    const user = await requireRole("AUTHOR");
    const values = formValues(formData);
    if (values.id === undefined || values.id === "") return createPost(user.id, values);

    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return { ok: false, message: MESSAGES.badRequest };
    const parsed = updatePostSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error);
    const { changeType, changeNote, notifySubscribers, ...content } = parsed.data;
    const snapshot = sanitized(content);
    const editor = hasRole(user, "EDITOR");
    let publicChanged = false;

    const outcome = await getPrisma().$transaction(async (tx): Promise<Outcome> => {
      // A post the user may not see is answered exactly like a missing one.
      const row = await tx.post.findFirst({
        where: { AND: [{ id }, visiblePostsWhere(user)] },
        include: CONTENT_INCLUDE,
      });
      if (!row) return { kind: "missing" };
      const wp = workflowPost(row);
      if (!can(user, "edit", wp)) return { kind: "refused", message: refusal(user, "edit", wp) };
      if (row.version !== version) return { kind: "stale" };
      const problems = await checkAssets(tx, snapshot);
      if (Object.keys(problems).length) return { kind: "invalid", state: withFieldErrors(problems) };

      const now = new Date();
      const live = isLive(wp);
      const toDraft = live && !editor;
      const major = live && editor && changeType === "major";
      const before = parseSnapshot(row.draft) ?? snapshotOfPost(row);
      const { count } = await tx.post.updateMany({
        where: { id, version },
        data: toDraft
          ? { draft: snapshotJson(snapshot), draftUpdatedAt: now, draftAuthorId: user.id, version: { increment: 1 } }
          : {
              ...scalarData(snapshot),
              ...(live ? NO_DRAFT : {}),
              ...(major ? { lastUpdatedAt: now } : {}),
              version: { increment: 1 },
            },
      });
      if (count === 0) return { kind: "stale" };
      if (!toDraft) await writeRelations(tx, id, snapshot);
      // Old readable addresses keep working (the id is the address; this keeps the history).
      if (!toDraft && row.slug && row.slug !== snapshot.slug) {
        await tx.postSlug.createMany({ data: [{ postId: id, slug: row.slug }], skipDuplicates: true });
      }
      if (major) {
        const note = await tx.changeNote.create({ data: { postId: id, note: changeNote, createdAt: now } });
        // E-mailed to the post's subscribers only when the editor asks (lib/alerts).
        if (notifySubscribers)
          await addAlertJob(tx, "alert_post", {
            officeId: row.officeId,
            postId: id,
            kind: "update",
            changeNoteId: note.id,
          });
      }
      await recordRevision(tx, id, version + 1, snapshot, user.id);
      const diff = fieldDiff(auditContent(before), auditContent(snapshot));
      await audit(tx, {
        userId: user.id,
        action: toDraft
          ? "post.save_draft"
          : live
            ? major
              ? "post.update_major"
              : "post.update_minor"
            : "post.update",
        entity: "post",
        entityId: id,
        before: diff.before,
        after: {
          ...diff.after,
          ...(major ? { changeNote } : {}),
          ...(major && notifySubscribers ? { subscribersNotified: true } : {}),
        },
      });
      publicChanged = live && !toDraft;
      return { kind: "ok", version: version + 1 };
    });

    if (publicChanged) revalidatePublic();
    return answer(
      outcome,
      (v) => ({
        ok: true,
        postId: id,
        version: v,
        message: publicChanged
          ? changeType === "major"
            ? "บันทึกแล้ว หน้าเว็บแสดงการแก้ไขพร้อมบันทึกการแก้ไข"
            : "บันทึกแล้ว หน้าเว็บแสดงการแก้ไขแล้ว"
          : "บันทึกแล้ว",
      }),
      MESSAGES.conflictForm,
    );
  });
}

async function createPost(userId: number, values: Record<string, string>): Promise<PostActionState> {
  const parsed = createPostSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const snapshot = sanitized(parsed.data);
  const outcome = await getPrisma().$transaction(async (tx): Promise<Outcome & { id?: number }> => {
    const problems = await checkAssets(tx, snapshot);
    if (Object.keys(problems).length) return { kind: "invalid", state: withFieldErrors(problems) };
    const row = await tx.post.create({
      data: { ...scalarData(snapshot), status: "DRAFT", authorId: userId, version: 1 },
      select: { id: true },
    });
    await writeRelations(tx, row.id, snapshot);
    await recordRevision(tx, row.id, 1, snapshot, userId);
    await audit(tx, {
      userId,
      action: "post.create",
      entity: "post",
      entityId: row.id,
      after: { status: "DRAFT", ...auditContent(snapshot) },
    });
    return { kind: "ok", version: 1, id: row.id };
  });
  return answer(outcome, (v) => ({ ok: true, postId: outcome.id, version: v, message: "บันทึกฉบับร่างแล้ว" }));
}
