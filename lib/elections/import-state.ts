import type { FormState } from "@/lib/admin/form-state";
import type { CsvError } from "./csv";
import type { ImportPlan } from "./preview";

// What the import page's two steps (preview, apply) hand back to the page.
// The one staff form state; `conflict`: someone changed a contest after the preview, nothing was applied.
export type ImportState = FormState & {
  errors?: CsvError[];
  plan?: ImportPlan;
  /** The file's text, sent back with the confirmation so the server re-checks the same file. */
  csv?: string;
  /** The contest versions the preview was computed from (JSON). */
  seen?: string;
  fileName?: string;
};

export const IMPORT_IDLE: ImportState = {};

export type SeenContest = [position: string, area: string, contestId: number | null, version: number | null];

export function seenOf(plan: ImportPlan): string {
  return JSON.stringify(plan.contests.map((c): SeenContest => [c.position, c.area, c.contestId, c.version]));
}
