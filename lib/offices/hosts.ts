import { isIP } from "node:net";

// Which office a request is for, from its host name. An office answers on:
// - <code>.localhost (browsers resolve *.localhost to this machine without DNS),
// - <code>.<SITE_DOMAIN> when SITE_DOMAIN is set (chiangrai.ect.go.th),
// - any extra host name listed for it (OfficeHost);
// and the default office also on localhost, a bare IP address and SITE_URL's host, so that a
// single-office install and its existing links keep working. Anything else is for no office.

export type DirectoryOffice = {
  id: number;
  code: string;
  nameTh: string;
  province: string | null;
  isCentral: boolean;
  isDefault: boolean;
  hosts: string[];
};

export type HostConfig = { siteUrl: string; siteDomain?: string };

/** "Chiangrai.Example.go.th.:443" → "chiangrai.example.go.th"; "[::1]:3000" → "::1"; null when unusable. */
export function normalizeHost(raw: string | undefined): string | null {
  let host = raw?.trim().toLowerCase() ?? "";
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1] ?? null;
  host = host.replace(/:\d+$/, "").replace(/\.$/, "");
  if (isIP(host)) return host;
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host) ? host : null;
}

function hostOfUrl(url: string): string | null {
  try {
    return normalizeHost(new URL(url).host);
  } catch {
    return null;
  }
}

/**
 * Why a host name cannot be listed for an office (Thai, for the form), or null when it can. The
 * names every install answers on anyway are refused: they would mean nothing or take the default
 * office's.
 */
export function hostProblem(raw: string, config: HostConfig): string | null {
  const host = normalizeHost(raw);
  if (!raw.trim()) return "กรุณากรอกชื่อเว็บไซต์ เช่น www.example.go.th";
  if (!host || raw.includes("/") || raw.includes("@"))
    return "ชื่อเว็บไซต์ไม่ถูกต้อง ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด และขีด เช่น www.example.go.th";
  if (isIP(host)) return "ใช้ที่อยู่ไอพีเป็นชื่อเว็บไซต์ของสำนักงานไม่ได้";
  if (!host.includes(".") || host === "localhost" || host.endsWith(".localhost"))
    return "ชื่อนี้ใช้ได้เฉพาะบนเครื่องนี้ จึงไม่ต้องเพิ่ม";
  if (host === hostOfUrl(config.siteUrl)) return "ชื่อนี้เป็นชื่อเว็บไซต์หลัก (SITE_URL) อยู่แล้ว";
  return null;
}

/** The office a host name is for, or null. */
export function officeForHost(
  rawHost: string | undefined,
  offices: readonly DirectoryOffice[],
  config: HostConfig,
): DirectoryOffice | null {
  const host = normalizeHost(rawHost);
  if (!host) return null;
  const listed = offices.find((o) => o.hosts.includes(host));
  if (listed) return listed;
  if (host === "localhost" || isIP(host) || host === hostOfUrl(config.siteUrl)) {
    return offices.find((o) => o.isDefault) ?? null;
  }
  for (const parent of ["localhost", config.siteDomain]) {
    if (!parent || !host.endsWith(`.${parent}`)) continue;
    const code = host.slice(0, -parent.length - 1);
    const office = offices.find((o) => o.code === code);
    if (office) return office;
  }
  return null;
}

/** Where an office's site is: its first listed host, else <code>.<SITE_DOMAIN>, else <code>.localhost. */
export function officeAddress(office: DirectoryOffice, config: HostConfig & { port?: number }): string {
  const secure = config.siteUrl.startsWith("https://");
  const host = office.hosts[0] ?? `${office.code}.${config.siteDomain ?? "localhost"}`;
  const local = !office.hosts[0] && !config.siteDomain;
  const port = local && config.port && config.port !== 80 ? `:${config.port}` : "";
  return `${secure && !local ? "https" : "http"}://${host}${port}/`;
}
