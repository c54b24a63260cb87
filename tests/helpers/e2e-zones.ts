import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The end-to-end suite runs in full under the first server time zone and, under the later ones,
// only the spec files that test something a time zone could change. A spec file that shows
// nothing zone-dependent says so at its top level with `test.skip(laterZoneRun, ONCE);`
// (tests/helpers/e2e-page.ts); the later zones do not even load it. Every other file, a new one
// too, runs in all three zones. tests/unit/e2e-zones.test.ts checks the rule.

export const WHOLE_FILE_ONCE = /^test\.skip\(laterZoneRun, ONCE\);$/m;

/** Whether a spec file's text marks the whole file as zone-independent. */
export function runsOnce(text: string): boolean {
  return WHOLE_FILE_ONCE.test(text);
}

/** The spec files (names in `dir`) to run under a later time zone. */
export function zoneSensitiveSpecs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".e2e.spec.ts") && !runsOnce(readFileSync(path.join(dir, f), "utf8")))
    .sort();
}
