import { refuseUnauthorized } from "@/lib/admin/form-state";
import type { SessionUser } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { parseId } from "@/lib/http/params";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { workflowPost } from "../content";
import { visiblePostsWhere } from "../visibility";
import { can, refusal, type PostAction } from "../permissions";
import { answer, MESSAGES, type Outcome } from "./run";
import type { PostActionState } from "./state";

// One workflow step (submit, publish, withdraw …) has the same frame every time: role check,
// ids, input, a transaction that re-reads the post, asks the workflow rules, refuses a stale
// version, writes with the version guard and audits; then the public pages are refreshed if what
// readers see changed. Each action supplies only its own input and write.

export type StepRow = Prisma.PostGetPayload<{ select: typeof STEP_SELECT }>;

export const STEP_SELECT = {
  id: true,
  version: true,
  status: true,
  authorId: true,
  title: true,
  firstPublishedAt: true,
  scheduledAt: true,
  draft: true,
} as const;

export type StepContext<I> = { tx: Prisma.TransactionClient; row: StepRow; user: SessionUser; input: I; now: Date };

type StepSpec<I> = {
  min: Role;
  action: PostAction;
  /** Validates the step's own fields; a PostActionState is returned to the form as is. */
  input: (formData: FormData) => { ok: true; value: I } | { ok: false; state: PostActionState };
  /** Writes inside the transaction; must use updateMany({ where: { id, version } }). */
  write: (ctx: StepContext<I>) => Promise<Outcome>;
  /** Whether readers see a difference afterwards. */
  publicChange: (row: StepRow) => boolean;
  done: string;
};

export const noInput = () => ({ ok: true as const, value: undefined });

export function runStep<I>(formData: FormData, spec: StepSpec<I>): Promise<PostActionState> {
  return refuseUnauthorized(async () => {
    const user = await requireRole(spec.min);
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return { ok: false, message: MESSAGES.badRequest };
    const input = spec.input(formData);
    if (!input.ok) return input.state;
    let refresh = false;
    const outcome = await getPrisma().$transaction(async (tx): Promise<Outcome> => {
      // A post the user may not see is answered exactly like a missing one.
      const row = await tx.post.findFirst({ where: { AND: [{ id }, visiblePostsWhere(user)] }, select: STEP_SELECT });
      if (!row) return { kind: "missing" };
      const wp = workflowPost(row);
      if (!can(user, spec.action, wp)) return { kind: "refused", message: refusal(user, spec.action, wp) };
      if (row.version !== version) return { kind: "stale" };
      const result = await spec.write({ tx, row, user, input: input.value, now: new Date() });
      refresh = result.kind === "ok" && spec.publicChange(row);
      return result;
    });
    if (refresh) revalidatePublic();
    return answer(outcome, (v) => ({ ok: true, postId: id, version: v, message: spec.done }));
  });
}
