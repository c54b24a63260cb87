"use server";

import { redirect } from "next/navigation";
import { audit, fieldDiff } from "@/lib/audit/log";
import { parseId } from "@/lib/http/params";
import {
  conflict,
  editedByOther,
  failed,
  type FormState,
  formValues,
  invalid,
  refuseUnauthorized,
  submitted,
  withFieldErrors,
} from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { writeVersioned } from "@/lib/db/versioned";
import { Prisma } from "@/lib/generated/prisma/client";
import { isNationalElection } from "./national-queries";
import { electionFormSchema, NATIONAL_NOT_FOUND, parseContestForm, ruleField, type ElectionInput } from "./schema";
import { checkContest } from "./validate";
import { CONTEST_WITH_CANDIDATES, createContest, toStored, writeContest } from "./write";

// Election and contest mutations (the CSV import is in import-actions.ts). Each checks the session
// itself (editors and admins; authors are refused), validates with the shared schema and the
// contest rules, writes and audits in one transaction, then refreshes the public pages.

const ELECTION_NOT_FOUND = "ไม่พบการเลือกตั้งนี้ อาจถูกลบไปแล้ว";
const CONTEST_NOT_FOUND = "ไม่พบเขตนี้ อาจถูกลบไปแล้ว";
const DUPLICATE_AREA = "การเลือกตั้งนี้มีตำแหน่งและเขตนี้อยู่แล้ว";

const electionAudit = (e: ElectionInput) => ({ ...e, pollingDay: e.pollingDay.toISOString() });

const NATIONAL_TAKEN = "สำนักงานนี้มีการเลือกตั้งอื่นเป็นส่วนของการเลือกตั้งระดับประเทศนี้อยู่แล้ว";

/**
 * A national election named in the form must be one this office may join, and not joined yet by
 * another of its elections (`id`: the election being edited). A race past this check meets the
 * unique index, answered by `nationalTaken`.
 */
async function nationalRefused(
  input: ElectionInput,
  values: Record<string, string>,
  id?: number,
): Promise<FormState | null> {
  if (input.nationalId === null) return null;
  if (!(await isNationalElection(input.nationalId)))
    return withFieldErrors({ nationalId: [NATIONAL_NOT_FOUND] }, values);
  const other = await getPrisma().election.findFirst({
    where: { nationalId: input.nationalId, ...(id === undefined ? {} : { NOT: { id } }) },
    select: { id: true },
  });
  return other ? nationalTaken(values) : null;
}

const nationalTaken = (values: Record<string, string>) => withFieldErrors({ nationalId: [NATIONAL_TAKEN] }, values);

/** The election's one unique index, (nationalId, officeId), refused the write: a save raced this one. */
async function unlessNationalRace<T>(write: Promise<T>): Promise<T | "taken"> {
  try {
    return await write;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return "taken";
    throw e;
  }
}

export async function createElection(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let createdId: number | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const parsed = electionFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const refused = await nationalRefused(parsed.data, values);
    if (refused) return refused;
    const created = await unlessNationalRace(
      getPrisma().$transaction(async (tx) => {
        const row = await tx.election.create({ data: parsed.data, select: { id: true } });
        await audit(tx, {
          userId: user.id,
          action: "election.create",
          entity: "election",
          entityId: row.id,
          after: electionAudit(parsed.data),
        });
        return row.id;
      }),
    );
    if (created === "taken") return nationalTaken(values);
    createdId = created;
    revalidatePublic();
    return { ok: true, message: "สร้างการเลือกตั้งแล้ว" };
  }, values);
  if (createdId !== undefined) redirect(`/admin/elections/${createdId}?saved=created`);
  return state;
}

export async function updateElection(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(ELECTION_NOT_FOUND, values);
    const parsed = electionFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const refused = await nationalRefused(parsed.data, values, id);
    if (refused) return refused;
    const outcome = await unlessNationalRace(
      getPrisma().$transaction((tx) =>
        writeVersioned(tx, {
          id,
          version,
          find: () => tx.election.findUnique({ where: { id } }),
          write: (where) => tx.election.updateMany({ where, data: { ...parsed.data, version: { increment: 1 } } }),
          audit: ({ kind, title, slug, pollingDay, description, published, nationalId }) => ({
            userId: user.id,
            action: "election.update",
            entity: "election",
            entityId: id,
            ...fieldDiff(
              electionAudit({ kind, title, slug, pollingDay, description, published, nationalId }),
              electionAudit(parsed.data),
            ),
          }),
        }),
      ),
    );
    if (outcome === "taken") return nationalTaken(values);
    if (outcome.kind === "missing") return failed(ELECTION_NOT_FOUND, values);
    if (outcome.kind !== "ok") return conflict(editedByOther("การเลือกตั้งนี้"), values);
    revalidatePublic();
    return { ok: true, message: "บันทึกการแก้ไขแล้ว", values: { ...values, version: String(outcome.version) } };
  }, values);
}

/**
 * Creates a contest (no `id` field: `electionId` names the election) or updates one (`id` and the
 * `version` the form was opened at). Figures that break a rule are refused with each rule's Thai
 * message, and nothing is written.
 */
export async function saveContest(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let createdPath: string | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const electionId = parseId(formData.get("electionId"));
    const parsed = parseContestForm(values);
    if ("errors" in parsed) {
      return withFieldErrors(parsed.errors, values);
    }
    const input = parsed.data;
    const failures = checkContest(input.figures, input.candidates);
    if (failures.length) {
      // Each rule is explained under its first field; its other fields are only marked.
      const fieldErrors: Record<string, string[]> = { rules: failures.map((f) => f.message), marked: [] };
      for (const f of failures) {
        const [first, ...others] = f.fields.map((field) => ruleField(field, input.candidates));
        if (first) (fieldErrors[first] ??= []).push(f.message);
        fieldErrors.marked!.push(...others);
      }
      return { ok: false, message: `บันทึกไม่ได้: ตัวเลขไม่ผ่านการตรวจสอบ ${failures.length} ข้อ`, fieldErrors, values };
    }
    try {
      if (id === null) {
        if (electionId === null) return failed(ELECTION_NOT_FOUND, values);
        const created = await getPrisma().$transaction(async (tx) => {
          const election = await tx.election.findUnique({ where: { id: electionId }, select: { id: true } });
          if (!election) return null;
          const last = await tx.contest.aggregate({ where: { electionId }, _max: { sortOrder: true } });
          return createContest(tx, user.id, electionId, (last._max.sortOrder ?? 0) + 1, input, "contest.create");
        });
        if (created === null) return failed(ELECTION_NOT_FOUND, values);
        createdPath = `/admin/elections/contests/${created}?saved=created`;
        revalidatePublic();
        return { ok: true, message: "เพิ่มเขตแล้ว" };
      }
      const version = parseId(formData.get("version"));
      if (version === null) return failed(CONTEST_NOT_FOUND, values);
      const outcome = await getPrisma().$transaction(async (tx) => {
        const row = await tx.contest.findUnique({ where: { id }, include: CONTEST_WITH_CANDIDATES });
        if (!row) return "missing" as const;
        // The form's version, not the row's: a save that started before another one must lose.
        const written = await writeContest(tx, user.id, { ...toStored(row), version }, input, "contest.update");
        if (!written) return "stale" as const;
        return (await tx.contest.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
      });
      if (outcome === "missing") return failed(CONTEST_NOT_FOUND, values);
      if (outcome === "stale") return conflict(editedByOther("ผลคะแนนของเขตนี้"), values);
      revalidatePublic();
      return { ok: true, message: "บันทึกผลคะแนนแล้ว", values: { ...values, version: String(outcome) } };
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
        return { ok: false, message: DUPLICATE_AREA, fieldErrors: { area: [DUPLICATE_AREA] }, values };
      }
      throw e;
    }
  }, values);
  if (createdPath) redirect(createdPath);
  return state;
}
