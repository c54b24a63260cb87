import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built on the first request, not at import: `next build` must not create the
// secret file or touch the data folder.
type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
