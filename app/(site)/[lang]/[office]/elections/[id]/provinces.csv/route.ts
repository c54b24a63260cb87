import { provincesResponse } from "@/lib/elections/download";

// Open data of a national election (central site): one row per province, in
// lib/elections/national-export.ts. Cached like the pages and refreshed with them.
export const dynamic = "force-static";
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return provincesResponse((await params).id, "csv");
}
