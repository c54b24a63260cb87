"use server";

import { conflict, refuseUnauthorized, submitted } from "@/lib/admin/form-state";
import { parseId } from "@/lib/http/params";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCsv } from "./csv";
import { readResultsCsv } from "./import-file";
import { seenOf, type ImportState, type SeenContest } from "./import-state";
import { planImport, type ImportPlan } from "./preview";
import { CONTEST_WITH_CANDIDATES, createContest, toStored, writeContest } from "./write";

// The CSV import of an election's results, in two steps. Preview reads the file and shows what
// would change (no writes). Apply reads the same text again, re-checks it, and in one transaction
// writes every changed contest, provided none of them changed since the preview; otherwise
// nothing at all is written. One audit entry per changed contest.

const NOT_FOUND = "ไม่พบการเลือกตั้งนี้ อาจถูกลบไปแล้ว";
const STALE =
  "นำเข้าไม่ได้: มีผู้แก้ไขผลคะแนนของเขตในไฟล์นี้หลังจากที่คุณดูตัวอย่าง ยังไม่มีการเปลี่ยนแปลงใด ๆ โปรดกด «ตรวจสอบไฟล์» อีกครั้งเพื่อดูตัวอย่างใหม่";

class Stale extends Error {}

async function readText(formData: FormData): Promise<{ text: string; fileName?: string } | { error: string }> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    return "error" in decoded ? { error: decoded.error.message } : { text: decoded.text, fileName: file.name };
  }
  const pasted = formData.get("csv");
  if (typeof pasted === "string" && pasted.trim() !== "") {
    const decoded = decodeCsv(new TextEncoder().encode(pasted));
    return "error" in decoded ? { error: decoded.error.message } : { text: decoded.text };
  }
  return { error: "กรุณาเลือกไฟล์ CSV หรือวางข้อมูลในช่อง" };
}

async function storedContests(tx: Prisma.TransactionClient | ReturnType<typeof getPrisma>, electionId: number) {
  const rows = await tx.contest.findMany({
    where: { electionId },
    include: CONTEST_WITH_CANDIDATES,
    orderBy: { sortOrder: "asc" },
  });
  return rows.map(toStored);
}

export async function previewImport(prev: ImportState, posted: FormData): Promise<ImportState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () => {
    await requireRole("EDITOR");
    const electionId = parseId(formData.get("electionId"));
    const election =
      electionId && (await getPrisma().election.findUnique({ where: { id: electionId }, select: { id: true } }));
    if (!election) return { ok: false, message: NOT_FOUND };
    const read = await readText(formData);
    if ("error" in read) return { ok: false, message: read.error, errors: [{ line: 0, message: read.error }] };
    const file = readResultsCsv(read.text);
    if (file.errors.length) {
      return {
        ok: false,
        message: `ไฟล์มีข้อผิดพลาด ${file.errors.length} รายการ ยังไม่มีการเปลี่ยนแปลงใด ๆ โปรดแก้ไฟล์แล้วตรวจสอบอีกครั้ง`,
        errors: file.errors,
        fileName: read.fileName,
      };
    }
    const plan = planImport(file.contests, await storedContests(getPrisma(), election.id));
    return { ok: true, plan, csv: read.text, seen: seenOf(plan), fileName: read.fileName, message: summary(plan) };
  });
}

export async function applyImport(prev: ImportState, posted: FormData): Promise<ImportState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const electionId = parseId(formData.get("electionId"));
    const csv = formData.get("csv");
    const seen = parseSeen(formData.get("seen"));
    if (electionId === null || typeof csv !== "string" || !seen)
      return { ok: false, message: "ข้อมูลการยืนยันไม่ครบ โปรดตรวจสอบไฟล์อีกครั้ง" };
    const file = readResultsCsv(csv);
    if (file.errors.length)
      return {
        ok: false,
        message: `ไฟล์มีข้อผิดพลาด ${file.errors.length} รายการ ยังไม่มีการเปลี่ยนแปลงใด ๆ`,
        errors: file.errors,
      };

    let plan: ImportPlan;
    try {
      plan = await getPrisma().$transaction(
        async (tx) => {
          const election = await tx.election.findUnique({ where: { id: electionId }, select: { id: true } });
          if (!election) throw new Stale(NOT_FOUND);
          const stored = await storedContests(tx, electionId);
          const planned = planImport(file.contests, stored);
          if (seenOf(planned) !== JSON.stringify(seen)) throw new Stale(STALE);
          let order =
            (await tx.contest.aggregate({ where: { electionId }, _max: { sortOrder: true } }))._max.sortOrder ?? 0;
          for (const c of planned.contests) {
            if (c.kind === "same") continue;
            if (c.kind === "create") {
              await createContest(tx, user.id, electionId, ++order, c, "contest.import");
            } else {
              const before = stored.find((s) => s.id === c.contestId)!;
              if (!(await writeContest(tx, user.id, before, c, "contest.import"))) throw new Stale(STALE);
            }
          }
          return planned;
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    } catch (e) {
      if (e instanceof Stale) return conflict(e.message);
      throw e;
    }
    const changed = plan.contests.filter((c) => c.kind !== "same").length;
    if (changed > 0) revalidatePublic();
    return { ok: true, message: changed ? `นำเข้าแล้ว: ${summary(plan)}` : "ไม่มีการเปลี่ยนแปลง: ข้อมูลในไฟล์ตรงกับที่บันทึกไว้แล้ว" };
  });
}

/** One action for the import page's two forms: `intent` is "preview" or "apply". */
export async function runImport(prev: ImportState, posted: FormData): Promise<ImportState> {
  const formData = submitted(prev, posted);
  const result =
    formData.get("intent") === "apply" ? await applyImport(prev, formData) : await previewImport(prev, formData);
  // After a conflict the page offers to check again: keep the pasted text for that.
  return result.ok === false && result.conflict
    ? { ...result, csv: typeof formData.get("csv") === "string" ? String(formData.get("csv")) : undefined }
    : result;
}

function summary(plan: ImportPlan): string {
  const n = (kind: string) => plan.contests.filter((c) => c.kind === kind).length;
  return `เพิ่มเขตใหม่ ${n("create")} เขต แก้ไข ${n("update")} เขต ไม่เปลี่ยน ${n("same")} เขต`;
}

function parseSeen(raw: FormDataEntryValue | null): SeenContest[] | null {
  if (typeof raw !== "string") return null;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? (v as SeenContest[]) : null;
  } catch {
    return null;
  }
}
