import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { env } from "./lib/env";
import { ACTION_BODY_LIMIT_BYTES } from "./server/body-limit";

// Content security policy for every response. Scripts need 'unsafe-inline': public pages are
// cached HTML (ISR) shared by every reader, so a per-request nonce cannot be put in them, and Next
// inlines its hydration data as <script> tags. What keeps stored XSS out is server-side
// sanitising and React's escaping; this policy still blocks scripts, frames, plugins and form
// targets from anywhere else, and framing of the site itself.
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // The video players a reader starts in a post (lib/posts/video-embeds.ts), and nothing else.
    "frame-src https://www.youtube-nocookie.com https://www.facebook.com",
  ].join("; ");
}

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // PGlite loads its WASM and data files from its package folder at run time: bundled into a
    // server chunk it cannot find them.
    serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "graphile-worker", "nodemailer"],
    poweredByHeader: false,
    // Lets several checkouts' builds live side by side during development (default .next).
    distDir: env().distDir,
    typedRoutes: false,
    experimental: {
      // forbidden() (403 for a too-low role on staff pages, lib/admin/page-guard.ts).
      authInterrupts: true,
      // Room for the results import's confirmation (server/body-limit.ts); the production
      // server's request guard refuses larger bodies with a Thai 413 before Next reads them.
      serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    },
    async headers() {
      return [
        {
          // Uploaded files carry their own, stricter policy (app/files/…/route.ts: sandbox, no
          // scripts at all): a PDF or image opened inline must never run as part of the site.
          source: "/((?!files/).*)",
          headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(dev) }],
        },
        {
          source: "/:path*",
          headers: [
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ],
        },
        {
          // Staff pages hold unpublished work and personal data: never cached, never indexed.
          // (Public pages keep the cache headers Next gives them: nothing here touches them.)
          source: "/admin/:path*",
          headers: [
            { key: "Cache-Control", value: "no-store" },
            { key: "X-Robots-Tag", value: "noindex, nofollow" },
          ],
        },
      ];
    },
  };
}
