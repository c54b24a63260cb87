import { z } from "zod";
import { checkbox } from "@/lib/admin/form-state";
import { parseDay } from "@/lib/calendar/schema";
import { ElectionKind, ContestStatus } from "@/lib/generated/prisma/enums";
import { parseId } from "@/lib/http/params";
import { fromBangkok } from "@/lib/thai-date";
import { parseCount } from "./columns";
import { FIGURE_FIELDS, FIGURE_LABELS, type ContestFigures } from "./validate";

// The election form and the contest entry form, shared by the forms and the server actions.
// Counts are typed as text ("12,345" or "12345"); the candidates are numbered rows of fields
// cand.<row>.number / .name / .party / .votes / .sample, a row left blank is ignored.

export const NATIONAL_NOT_FOUND = "ไม่พบการเลือกตั้งระดับประเทศที่เลือก โปรดเลือกใหม่";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}ยาวได้ไม่เกิน ${max} ตัวอักษร`);

export const electionFormSchema = z
  .object({
    kind: z.enum(ElectionKind, "กรุณาเลือกประเภทการเลือกตั้ง"),
    title: z.string().trim().min(1, "กรุณากรอกชื่อการเลือกตั้ง").max(300, "ชื่อการเลือกตั้งยาวได้ไม่เกิน 300 ตัวอักษร"),
    slug: z
      .string()
      .trim()
      .max(100, "ชื่อในที่อยู่เว็บยาวได้ไม่เกิน 100 ตัวอักษร")
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "ชื่อในที่อยู่เว็บใช้ได้เฉพาะ a–z, 0–9 และขีด (-) เช่น by-election-2568")
      .default(""),
    pollingDate: z
      .string()
      .trim()
      .min(1, { message: "กรุณาเลือกวันเลือกตั้ง", abort: true })
      .refine((d) => parseDay(d) !== null, "วันเลือกตั้งไม่ถูกต้อง"),
    description: text(2000, "คำอธิบาย").default(""),
    published: checkbox,
    // The central office's election this is the province's part of ("" for none); the action
    // checks that it is one (lib/elections/national-queries.ts isNationalElection).
    nationalId: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || parseId(v) !== null, NATIONAL_NOT_FOUND),
  })
  .transform((v) => {
    const day = parseDay(v.pollingDate)!;
    const { pollingDate: _d, slug, nationalId, ...rest } = v;
    return {
      ...rest,
      slug: slug || null,
      nationalId: nationalId === "" ? null : parseId(nationalId),
      pollingDay: fromBangkok(day.year, day.month, day.day),
    };
  });
export type ElectionInput = z.output<typeof electionFormSchema>;

export type ContestCandidateInput = {
  row: number;
  number: number;
  name: string;
  party: string;
  isSample: boolean;
  votes: number;
};
export type ContestInput = {
  position: string;
  area: string;
  status: ContestStatus;
  figures: ContestFigures;
  candidates: ContestCandidateInput[];
};

export type FieldErrors = Record<string, string[]>;

const MAX_CANDIDATES = 60;

/** The contest form's values → a contest, or Thai errors keyed by form field. */
export function parseContestForm(values: Record<string, string>): { data: ContestInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const val = (k: string) => (values[k] ?? "").trim();

  const position = val("position");
  const area = val("area");
  if (!position) add("position", "กรุณากรอกตำแหน่ง เช่น ส.ส. แบบแบ่งเขต");
  else if (position.length > 100) add("position", "ตำแหน่งยาวได้ไม่เกิน 100 ตัวอักษร");
  if (!area) add("area", "กรุณากรอกเขต เช่น เขต 1 หรือ ทั้งจังหวัด");
  else if (area.length > 100) add("area", "เขตยาวได้ไม่เกิน 100 ตัวอักษร");
  const status = ContestStatus[val("status") as ContestStatus];
  if (!status) add("status", "กรุณาเลือกสถานะการนับคะแนน");

  const count = (field: string, label: string): number => {
    const r = parseCount(val(field));
    if ("error" in r) add(field, `${label}: ${r.error}`);
    return "value" in r ? r.value : 0;
  };
  const figures = Object.fromEntries(FIGURE_FIELDS.map((f) => [f, count(f, FIGURE_LABELS[f])])) as ContestFigures;

  const rows = [
    ...new Set(
      Object.keys(values)
        .map((k) => /^cand\.(\d+)\./.exec(k)?.[1])
        .filter((r) => r !== undefined),
    ),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  const candidates: ContestCandidateInput[] = [];
  for (const row of rows) {
    const f = (name: string) => `cand.${row}.${name}`;
    if (!val(f("number")) && !val(f("name")) && !val(f("party")) && !val(f("votes"))) continue;
    const number = count(f("number"), "หมายเลข");
    if (val(f("number")) && number < 1) add(f("number"), "หมายเลขต้องเป็นตั้งแต่ 1 ขึ้นไป");
    const name = val(f("name"));
    if (!name) add(f("name"), "กรุณากรอกชื่อผู้สมัคร");
    else if (name.length > 200) add(f("name"), "ชื่อผู้สมัครยาวได้ไม่เกิน 200 ตัวอักษร");
    const party = val(f("party"));
    if (party.length > 200) add(f("party"), "ชื่อพรรคยาวได้ไม่เกิน 200 ตัวอักษร");
    const votes = count(f("votes"), "คะแนน");
    const isSample = values[f("sample")] === "on" || values[f("sample")] === "true";
    candidates.push({ row, number, name, party, isSample, votes });
  }
  if (candidates.length > MAX_CANDIDATES) add("candidates", `ผู้สมัครได้ไม่เกิน ${MAX_CANDIDATES} คน`);
  if (Object.keys(errors).length) return { errors };
  return { data: { position, area, status: status!, figures, candidates } };
}

/** The field a failed rule points at: figure fields as they are, "votes.<n>" to its row. */
export function ruleField(field: string, candidates: ContestCandidateInput[]): string {
  const m = /^votes\.(\d+)$/.exec(field);
  if (!m) return field;
  const c = candidates.find((x) => x.number === Number(m[1]));
  return c ? `cand.${c.row}.votes` : field;
}
