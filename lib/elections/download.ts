import { siteUrl } from "@/lib/http/absolute";
import { toBangkokIso } from "@/lib/thai-date";
import { resultsCsv, resultsFileName, resultsJson } from "./export";
import { loadElection, loadNational } from "./load";
import { provincesCsv, provincesFileName, provincesJson } from "./national-export";

// The answers of /elections/{id}/results.csv and .json, of a national election's provinces.csv
// and .json, and of its status.json (route handlers stay one line).

const notFound = () =>
  new Response("ไม่พบข้อมูลการเลือกตั้งนี้", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

function file(body: string, format: "csv" | "json", name: string): Response {
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `${format === "csv" ? "attachment" : "inline"}; filename="${name}"`,
      "access-control-allow-origin": "*",
    },
  });
}

const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

export async function resultsResponse(rawId: string, format: "csv" | "json"): Promise<Response> {
  const election = await loadElection(rawId);
  if (!election) return notFound();
  const body = format === "csv" ? resultsCsv(election) : json(resultsJson(election, siteUrl()));
  return file(body, format, resultsFileName(election.id, format));
}

export async function provincesResponse(rawId: string, format: "csv" | "json"): Promise<Response> {
  const found = await loadNational(rawId);
  if (!found) return notFound();
  const { election, picture } = found;
  const body = format === "csv" ? provincesCsv(picture) : json(provincesJson(election, picture, siteUrl()));
  return file(body, format, provincesFileName(election.id, format));
}

/** What the national page's refresher compares: the overall status and the latest count change. */
export async function nationalStatusResponse(rawId: string): Promise<Response> {
  const found = await loadNational(rawId);
  if (!found) return Response.json({ error: "ไม่พบข้อมูล" }, { status: 404 });
  const { status, updatedAt, counted } = found.picture;
  return Response.json({ status, countUpdatedAt: updatedAt ? toBangkokIso(updatedAt) : null, counted });
}
