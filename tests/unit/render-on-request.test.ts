import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routesOf } from "@/tests/helpers/app-routes";

// `next build` never opens the database (lib/cache/render-on-request.ts): a route Next caches
// (`revalidate`) has a dynamic segment and takes its generateStaticParams from that one helper.

const root = path.resolve(import.meta.dirname, "../..");
const REEXPORT = 'export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";';

describe("routes rendered on request", () => {
  const routes = routesOf().map((r) => ({ ...r, text: readFileSync(path.join(root, r.file), "utf8") }));
  const cached = routes.filter((r) => /^export const revalidate = /m.test(r.text));

  it("finds the cached public routes", () => {
    expect(cached.length).toBeGreaterThanOrEqual(16);
  });

  it("every cached route has a dynamic segment and re-exports renderOnRequest", () => {
    const wrong = cached
      .filter((r) => !r.segments.some((s) => s.kind !== "static") || !r.text.includes(REEXPORT))
      .map((r) => r.file);
    expect(wrong).toEqual([]);
  });

  it("no route writes its own generateStaticParams", () => {
    expect(routes.filter((r) => /function generateStaticParams/.test(r.text)).map((r) => r.file)).toEqual([]);
  });
});
