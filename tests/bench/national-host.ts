// The national election page lives on the central office's site, which answers on its own host
// name. The load tools cannot send `ect.localhost` (it does not resolve), so the election-night
// case gives the central office this machine's own name (it resolves to a loopback address in
// /etc/hosts on these machines) as an extra host name before the server starts, and reads the
// national page there. Where the name does not resolve to this machine, the national part of the
// case is skipped with a note.
import { lookup } from "node:dns/promises";
import os from "node:os";
import { createPrisma } from "@/lib/db/client";

/** The base URL of the central site on this machine, or a reason why there is none. */
export async function centralSiteOnThisMachine(
  databaseUrl: string,
  port: number,
): Promise<{ baseUrl: string } | { skipped: string }> {
  const host = os.hostname().toLowerCase();
  try {
    const { address } = await lookup(host);
    if (!address.startsWith("127.") && address !== "::1")
      return { skipped: `${host} resolves to ${address}, not here` };
  } catch {
    return { skipped: `${host} does not resolve` };
  }
  const db = createPrisma({ databaseUrl });
  try {
    const central = await db.prisma.office.findFirstOrThrow({ where: { isCentral: true } });
    await db.prisma.officeHost.upsert({ where: { host }, create: { host, officeId: central.id }, update: {} });
  } finally {
    await db.close();
  }
  return { baseUrl: `http://${host}:${port}` };
}

/** The first national election linked from the central site's /elections. */
export async function findNationalPath(baseUrl: string): Promise<string> {
  const index = await (await fetch(`${baseUrl}/elections`)).text();
  const found = /href="(\/elections\/\d+(?:\/[a-z0-9-]+)?)"/.exec(index);
  if (!found) throw new Error("no election is linked from the central site's /elections");
  return found[1]!;
}

/** The voters who came in one province's row of the national page (its second figure), or null. */
export function cameIn(html: string, code: string): number | null {
  const row = new RegExp(`data-province="${code}"[\\s\\S]*?</tr>`).exec(html.replace(/<!-- -->/g, ""))?.[0];
  const figures = row ? [...row.matchAll(/>([\d,]+)</g)].map((m) => Number(m[1]!.replace(/,/g, ""))) : [];
  return figures[1] ?? null;
}
