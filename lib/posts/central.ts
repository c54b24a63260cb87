import { currentOffice, getRootPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadDirectory } from "@/lib/offices/directory";
import { officeAddress } from "@/lib/offices/hosts";
import { ORDER, PUBLIC, SUMMARY_SELECT } from "./queries";
import { toSummary, type PostSummary } from "./view";

// The central office's press releases on every provincial home page («ข่าวประชาสัมพันธ์ กกต.»):
// read from the central office's own posts, never copied, each linking to its permanent address
// on the central site. The one deliberate read across offices, of published posts only.

export type CentralNews = { posts: PostSummary[]; site: string };

/** The central office's latest press releases, or null on the central site itself. */
export async function getCentralPressReleases(limit: number): Promise<CentralNews | null> {
  const here = await currentOffice();
  if (here.isCentral) return null;
  const root = getRootPrisma();
  const office = (await loadDirectory(root)).find((o) => o.isCentral);
  if (!office) return null;
  const site = officeAddress(office, env()).replace(/\/$/, "");
  const rows = await root.post.findMany({
    where: { ...PUBLIC, officeId: office.id, section: "PRESS_RELEASE" },
    orderBy: [...ORDER],
    take: limit,
    select: SUMMARY_SELECT,
  });
  // No cover: the picture lives on the central site, which this page's policy does not load from.
  return { site, posts: rows.map(toSummary).map((p) => ({ ...p, path: `${site}${p.path}`, cover: null })) };
}
