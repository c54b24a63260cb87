import { clientAddress, recordVisitAndCount, visitorId } from "@/lib/online/visitors";

// The counter for visitors without JavaScript: an image that counts the visit and shows the number.
export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const id = visitorId(clientAddress(request.headers), request.headers.get("user-agent") ?? "", now);
  let text = "ขณะนี้มีผู้ Online อยู่";
  try {
    text += ` ${(await recordVisitAndCount(id, now)).toLocaleString("th-TH")}`;
  } catch {
    text += " -";
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="24" role="img" aria-label="${text}"><text x="0" y="18" font-family="Sarabun, Garuda, Loma, sans-serif" font-size="16" fill="#f2f1fa">${text}</text></svg>`;
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
