import { nationalStatusResponse } from "@/lib/elections/download";

// What an open national page polls (components/site/elections/contest-refresher.tsx): a few bytes,
// cached like the page, so thousands of open tabs on election night cost the database nothing.
export const dynamic = "force-static";
export const revalidate = 15;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return nationalStatusResponse((await params).id);
}
