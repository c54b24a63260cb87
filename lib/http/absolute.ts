import { env } from "@/lib/env";

/** The absolute address of a site path, built on SITE_URL: what feeds, previews and shares print. */
export function absolute(path: string): string {
  return `${env().siteUrl}${path}`;
}
