import { currentOffice, getRootPrisma } from "@/lib/db/client";
import type { Section } from "@/lib/generated/prisma/enums";
import type { DirectoryOffice } from "@/lib/offices/hosts";
import { centralOfficeSite } from "@/lib/offices/queries";
import { ORDER, PUBLIC, SUMMARY_SELECT } from "./queries";
import { toSummary, type PostSummary } from "./view";

// The central office's posts on the provincial sites: its press releases on every provincial home
// page («ข่าวประชาสัมพันธ์ กกต.»), and the posts a province pins to the top of its own listing of
// their section (CentralPin). Read from the central office's own posts, never copied, each linking
// to its permanent address on the central site: deliberate reads across offices, of published
// posts only.

export type CentralNews = { posts: PostSummary[]; site: string };

/** The central office and its site's address, or null on the central site itself (or with none). */
async function centralSite(): Promise<{ office: DirectoryOffice; site: string } | null> {
  return (await currentOffice()).isCentral ? null : centralOfficeSite();
}

// No cover: the picture lives on the central site, which this page's policy does not load from.
const linked = (site: string) => (p: PostSummary) => ({ ...p, path: `${site}${p.path}`, cover: null });

/** The central office's latest press releases, or null on the central site itself. */
export async function getCentralPressReleases(limit: number): Promise<CentralNews | null> {
  const central = await centralSite();
  if (!central) return null;
  const rows = await getRootPrisma().post.findMany({
    where: { ...PUBLIC, officeId: central.office.id, section: "PRESS_RELEASE" },
    orderBy: [...ORDER],
    take: limit,
    select: SUMMARY_SELECT,
  });
  return { site: central.site, posts: rows.map(toSummary).map(linked(central.site)) };
}

/** The central posts this office pinned to its listing of `section`, latest pin first (still published only). */
export async function getPinnedCentralPosts(section: Section): Promise<PostSummary[]> {
  const central = await centralSite();
  if (!central) return [];
  // Through the unconfined client: this office's connections cannot see the central office's
  // posts (row-level security), so the pins of this office are named explicitly.
  const here = (await currentOffice()).id;
  const pins = await getRootPrisma().centralPin.findMany({
    where: { officeId: here, post: { ...PUBLIC, officeId: central.office.id, section } },
    orderBy: { pinnedAt: "desc" },
    select: { post: { select: SUMMARY_SELECT } },
  });
  return pins.map((p) => toSummary(p.post)).map(linked(central.site));
}

export type PinCandidate = PostSummary & { pinned: boolean };

/** The central office's latest published posts, each saying whether this office has pinned it. */
export async function getCentralPostsToPin(limit: number): Promise<PinCandidate[] | null> {
  const central = await centralSite();
  if (!central) return null;
  const here = (await currentOffice()).id;
  const rows = await getRootPrisma().post.findMany({
    where: { ...PUBLIC, officeId: central.office.id },
    orderBy: [...ORDER],
    take: limit,
    select: { ...SUMMARY_SELECT, pinnedIn: { where: { officeId: here }, select: { postId: true } } },
  });
  return rows.map(({ pinnedIn, ...row }) => ({ ...linked(central.site)(toSummary(row)), pinned: pinnedIn.length > 0 }));
}

/** A published post of the central office, by id, as a province may pin it; null otherwise. */
export async function findCentralPost(id: number): Promise<{ id: number; title: string; section: Section } | null> {
  const central = await centralSite();
  if (!central) return null;
  return getRootPrisma().post.findFirst({
    where: { ...PUBLIC, id, officeId: central.office.id },
    select: { id: true, title: true, section: true },
  });
}
