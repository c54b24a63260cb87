import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Every route the app has, found by reading app/ (tests/e2e/fuzz.e2e.spec.ts sends each a corpus
// of malformed requests, so a new page or route handler is covered without an edit there).

const root = path.resolve(import.meta.dirname, "../..");

export type Segment =
  { kind: "static"; text: string } | { kind: "one"; name: string } | { kind: "many"; name: string; optional: boolean };
export type Route = { file: string; segments: Segment[] };

/** Every page.tsx and route.ts under app/, as URL segments: route groups dropped, private folders skipped. */
export function routesOf(dir = path.join(root, "app"), prefix: Segment[] = []): Route[] {
  const found: Route[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("_") || name.startsWith("@")) continue;
      const segment: Segment | null = /^\(.*\)$/.test(name)
        ? null
        : /^\[\[\.\.\.(.+)\]\]$/.test(name)
          ? { kind: "many", name: name.slice(5, -2), optional: true }
          : /^\[\.\.\.(.+)\]$/.test(name)
            ? { kind: "many", name: name.slice(4, -1), optional: false }
            : /^\[(.+)\]$/.test(name)
              ? { kind: "one", name: name.slice(1, -1) }
              : { kind: "static", text: name };
      found.push(...routesOf(full, segment ? [...prefix, segment] : prefix));
    } else if (/^(page|route)\.(tsx?|jsx?)$/.test(name)) {
      found.push({ file: path.relative(root, full), segments: prefix });
    }
  }
  return found;
}

// Values that lead somewhere real for the parameter names in use; any other name gets "1".
const GOOD: Record<string, string[]> = {
  section: ["activities"],
  page: ["2", "about"],
  month: ["2568-05"],
  year: ["2569"],
  file: ["1.ics", "1.png"],
  slug: ["x"],
  nextauth: ["session"],
};
const goodValues = (name: string) => GOOD[name] ?? ["1"];

// Already percent-encoded, as they go on the wire. ENCODING_BAD never reach a page (cheap);
// PARSE_BAD reach each page's own parameter parsing (a render each: the list stays short).
export const ENCODING_BAD = ["%FF", "%E0%B8", "%", "%00", "%C0%AE", "%ED%A0%80", "a".repeat(300)];
export const PARSE_BAD = [
  "0",
  "99999999999999999999",
  "abc",
  "..%2F..%2Fetc%2Fpasswd",
  "%3Cscript%3E",
  "%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7",
  "1.png.png",
  "'%22%20",
];
const BAD_CATCH_ALL = ["a/%FF/b", "1/2/3/4/5/6/7/8", "%E0%B8/x"];

function join(values: string[]): string {
  const p = values.filter((v) => v !== "").join("/");
  return `/${p}`;
}

/** The route with every parameter at its first good value (optional catch-alls empty). */
export function basePath(route: Route): string {
  return join(
    route.segments.map((s) =>
      s.kind === "static" ? s.text : s.kind === "many" && s.optional ? "" : goodValues(s.name)[0]!,
    ),
  );
}

/** The route with each parameter in turn given each good value and each of `bad`. */
export function variants(route: Route, bad: string[]): string[] {
  const out = new Set<string>([basePath(route)]);
  route.segments.forEach((slot, i) => {
    if (slot.kind === "static") return;
    const values = [...goodValues(slot.name), ...bad, ...(slot.kind === "many" ? BAD_CATCH_ALL : [])];
    for (const v of values) {
      out.add(
        join(
          route.segments.map((s, j) =>
            j === i ? v : s.kind === "static" ? s.text : s.kind === "many" && s.optional ? "" : goodValues(s.name)[0]!,
          ),
        ),
      );
    }
  });
  return [...out];
}
