import { isInternalSecret, INTERNAL_SECRET_HEADER } from "@/lib/cache/internal-secret";
import { revalidatePublic } from "@/lib/cache/revalidate";

// Called only by this server's own scheduler (server/scheduler.ts) after it published posts:
// Next can revalidate its cache only while handling a request. Anyone else gets a plain 404.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isInternalSecret(request.headers.get(INTERNAL_SECRET_HEADER))) return new Response("Not Found", { status: 404 });
  revalidatePublic();
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
