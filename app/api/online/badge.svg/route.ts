import { onlineLabel } from "@/lib/online/label";
import { countVisit } from "@/lib/online/online";

// The counter for visitors without JavaScript: an image that counts the visit and shows the number.
export async function GET(request: Request): Promise<Response> {
  let count: number | null = null;
  let status = 200;
  const headers: Record<string, string> = {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Cache-Control": "no-store",
  };
  try {
    const result = await countVisit(request);
    if (result.ok) count = result.online;
    else {
      status = 429;
      headers["Retry-After"] = String(result.retryAfterSeconds);
    }
  } catch {
    // The image still says what it is, without a number.
  }
  const text = onlineLabel(count);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="24" role="img" aria-label="${text}"><text x="0" y="18" font-family="Sarabun, Garuda, Loma, sans-serif" font-size="16" fill="#f2f1fa">${text}</text></svg>`;
  return new Response(svg, { status, headers });
}
