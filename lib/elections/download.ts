import { siteUrl } from "@/lib/http/absolute";
import { resultsCsv, resultsFileName, resultsJson } from "./export";
import { loadElection } from "./load";

// The answers of /elections/{id}/results.csv and .json (route handlers stay one line).

export async function resultsResponse(rawId: string, format: "csv" | "json"): Promise<Response> {
  const election = await loadElection(rawId);
  if (!election) {
    return new Response("ไม่พบข้อมูลการเลือกตั้งนี้", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const body =
    format === "csv" ? resultsCsv(election) : `${JSON.stringify(resultsJson(election, siteUrl()), null, 2)}\n`;
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `${format === "csv" ? "attachment" : "inline"}; filename="${resultsFileName(election.id, format)}"`,
      "access-control-allow-origin": "*",
    },
  });
}
