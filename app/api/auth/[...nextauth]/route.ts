import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built on the first request, not at import: `next build` must not create the
// secret file or touch the data folder.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context): Promise<Response> {
  // next-auth reads a JSON body with request.json() and answers a malformed one with a 500. Its
  // own forms post urlencoded; a JSON body only comes from a hand-made request.
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      await request.clone().json();
    } catch {
      return new Response("คำขอไม่ถูกต้อง: ข้อมูลที่ส่งมาไม่ใช่ JSON ที่อ่านได้\n", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  }
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
