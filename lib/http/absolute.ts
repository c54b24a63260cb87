import { env } from "@/lib/env";
import { requestOffice } from "@/lib/offices/context";
import { officeAddress } from "@/lib/offices/hosts";

/**
 * The public address of the office being served, without a trailing slash: SITE_URL for the
 * default office (and outside a request), else the office's own (lib/offices/hosts.ts).
 */
export function siteUrl(): string {
  const office = requestOffice();
  if (!office || office.isDefault) return env().siteUrl;
  return officeAddress(office, env()).replace(/\/$/, "");
}

/** The absolute address of a site path: what feeds, previews and shares print. */
export function absolute(path: string): string {
  return `${siteUrl()}${path}`;
}
