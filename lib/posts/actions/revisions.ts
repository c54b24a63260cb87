"use server";

import { submitted } from "@/lib/admin/form-state";
import { audit } from "@/lib/audit/log";
import { parseId } from "@/lib/http/params";
import { scalarData, withExistingAssets, workflowPost, writeRelations } from "../content";
import { parseSnapshot, recordRevision, snapshotJson } from "../revisions";
import { isLive } from "../permissions";
import { MESSAGES, type Outcome } from "./run";
import type { PostActionState } from "./state";
import { runStep } from "./step";

// "Restore as draft": an old revision becomes the working copy of a post that was never
// published, or the pending draft of a live one. It NEVER touches what the public sees; an editor
// publishes the restored draft like any other.

/** FormData: id, version, revisionId. */
export async function restoreRevision(prev: PostActionState, posted: FormData): Promise<PostActionState> {
  const formData = submitted(prev, posted);
  let live = false;
  const state = await runStep(formData, {
    min: "AUTHOR",
    action: "restore",
    input: (fd) => {
      const revisionId = parseId(fd.get("revisionId"));
      return revisionId === null
        ? { ok: false, state: { ok: false, message: MESSAGES.badRequest } }
        : { ok: true, value: revisionId };
    },
    publicChange: () => false,
    done: "กู้คืนฉบับนี้แล้ว",
    async write({ tx, row, user, input: revisionId, now }): Promise<Outcome> {
      const revision = await tx.postRevision.findFirst({ where: { id: revisionId, postId: row.id } });
      const stored = revision ? parseSnapshot(revision.data) : null;
      if (!revision || !stored) return { kind: "refused", message: "ไม่พบฉบับที่เลือกในประวัติของข่าวนี้" };
      // An old revision may name files deleted since: they are left out rather than failing.
      const snapshot = await withExistingAssets(tx, stored);
      live = isLive(workflowPost(row));
      const { count } = await tx.post.updateMany({
        where: { id: row.id, version: row.version },
        data: live
          ? { draft: snapshotJson(snapshot), draftUpdatedAt: now, draftAuthorId: user.id, version: { increment: 1 } }
          : { ...scalarData(snapshot), version: { increment: 1 } },
      });
      if (count === 0) return { kind: "stale" };
      if (!live) await writeRelations(tx, row.id, snapshot);
      await recordRevision(tx, row.id, row.version + 1, snapshot, user.id);
      await audit(tx, {
        userId: user.id,
        action: "post.restore_revision",
        entity: "post",
        entityId: row.id,
        after: { revisionId, revisionVersion: revision.version, target: live ? "pending_draft" : "working_copy" },
      });
      return { kind: "ok", version: row.version + 1 };
    },
  });
  if (state.ok) {
    state.message = live
      ? "กู้คืนเป็นฉบับร่างที่รอเผยแพร่แล้ว หน้าเว็บยังแสดงฉบับที่เผยแพร่อยู่จนกว่าบรรณาธิการจะเผยแพร่ฉบับร่างนี้"
      : "กู้คืนฉบับนี้เป็นฉบับร่างแล้ว";
  }
  return state;
}
