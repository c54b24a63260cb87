import { getContestStamp } from "@/lib/elections/queries";
import { parseId } from "@/lib/http/params";
import { toBangkokIso } from "@/lib/thai-date";

// What an open contest page polls (components/site/elections/contest-refresher.tsx): a few bytes,
// cached like the page itself, so thousands of open tabs cost the database nothing.
export const dynamic = "force-static";
export const revalidate = 15;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Context = { params: Promise<{ id: string; contestId: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id, contestId } = await params;
  const electionId = parseId(id);
  const cid = parseId(contestId);
  const stamp = electionId !== null && cid !== null ? await getContestStamp(electionId, cid) : null;
  if (!stamp) return Response.json({ error: "ไม่พบข้อมูล" }, { status: 404 });
  return Response.json({
    status: stamp.status,
    countUpdatedAt: stamp.countUpdatedAt ? toBangkokIso(stamp.countUpdatedAt) : null,
  });
}
