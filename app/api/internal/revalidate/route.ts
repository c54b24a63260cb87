import { isInternalSecret, INTERNAL_SECRET_HEADER } from "@/lib/cache/internal-secret";
import { revalidateHere } from "@/lib/cache/revalidate";

// Called only by this server itself (server/refresh-here.ts: its scheduler after it published, its
// peer listener after another instance changed something): Next can revalidate its cache only
// while handling a request. Refreshes this instance only; the caller tells the others. Anyone
// else gets a plain 404.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isInternalSecret(request.headers.get(INTERNAL_SECRET_HEADER))) return new Response("Not Found", { status: 404 });
  revalidateHere();
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
