import { countVisit, TOO_MANY_MESSAGE } from "@/lib/online/online";

// Public and anonymous by design: it notes a hashed heartbeat and returns a number. No database
// write per request (lib/online/counter.ts) and a per-address limit.
export async function POST(request: Request): Promise<Response> {
  try {
    const result = await countVisit(request);
    if (!result.ok) {
      return Response.json(
        { error: TOO_MANY_MESSAGE },
        { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return Response.json({ online: result.online }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { error: "ไม่สามารถนับผู้ใช้งานได้ในขณะนี้" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
