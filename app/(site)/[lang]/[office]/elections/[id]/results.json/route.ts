import { resultsResponse } from "@/lib/elections/download";

// Open data: every contest and candidate of one election (columns in lib/elections/export.ts).
// Cached like the pages and refreshed with them.
export const dynamic = "force-static";
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return resultsResponse((await params).id, "json");
}
