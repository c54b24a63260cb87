import { clientAddress, recordVisitAndCount, visitorId } from "@/lib/online/visitors";

// Public and anonymous by design: it records a hashed heartbeat and returns a number.
export async function POST(request: Request): Promise<Response> {
  const now = new Date();
  const id = visitorId(clientAddress(request.headers), request.headers.get("user-agent") ?? "", now);
  try {
    const online = await recordVisitAndCount(id, now);
    return Response.json({ online }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ error: "ไม่สามารถนับผู้ใช้งานได้ในขณะนี้" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
