import { currentOffice, getRootPrisma } from "@/lib/db/client";
import { loadDirectory } from "@/lib/offices/directory";
import { centralOfficeSite, siteOf } from "@/lib/offices/queries";
import { buildNationalPicture, firstPosition, type NationalPicture } from "./national";
import { CANDIDATE_ORDER, CONTEST_ORDER, PUBLIC, toContestView } from "./queries";
import { electionPath } from "./url";

// The reads across offices behind a national election: every province's published part, for the
// central site, and the way back from a province's part to the central page. Like the central
// press releases (lib/posts/central.ts), these are deliberate reads of other offices' rows, of
// published elections only, through the unconfined client.

/** A national election: the central office's, published, with no constituencies of its own. */
const NATIONAL = { ...PUBLIC, office: { isCentral: true }, contests: { none: {} } } as const;

/**
 * The national picture of the central office's published election `id`: on the central site, an
 * election with no constituencies of its own is national (every province listed, «ยังไม่มีข้อมูล»
 * until its part is published). Null elsewhere, and for an election with contests of its own.
 */
export async function getNationalPicture(id: number): Promise<NationalPicture | null> {
  if (!(await currentOffice()).isCentral) return null;
  const root = getRootPrisma();
  const national = await root.election.findFirst({
    where: { id, ...NATIONAL },
    select: { id: true },
  });
  if (!national) return null;
  const [directory, rows] = await Promise.all([
    loadDirectory(root),
    root.election.findMany({
      where: { ...PUBLIC, nationalId: id },
      select: {
        id: true,
        slug: true,
        officeId: true,
        contests: { orderBy: [...CONTEST_ORDER], include: { candidates: { orderBy: CANDIDATE_ORDER } } },
      },
    }),
  ]);
  const provinces = directory.filter((o) => !o.isCentral);
  const parts = rows.flatMap((r) => {
    const office = provinces.find((o) => o.id === r.officeId);
    if (!office) return [];
    return [
      {
        code: office.code,
        name: office.nameTh,
        province: office.province ?? "",
        href: `${siteOf(office)}${electionPath(r.id, r.slug)}`,
        contests: firstPosition(r.contests.map(toContestView)),
      },
    ];
  });
  const offices = provinces.map((o) => ({ code: o.code, name: o.nameTh, province: o.province ?? "" }));
  return buildNationalPicture(offices, parts);
}

export type NationalLink = { title: string; href: string };

/** The central page of the national election a province's part belongs to, once published. */
export async function getNationalLink(nationalId: number | null): Promise<NationalLink | null> {
  if (nationalId === null) return null;
  const [central, national] = await Promise.all([
    centralOfficeSite(),
    getRootPrisma().election.findFirst({
      where: { id: nationalId, ...NATIONAL },
      select: { id: true, slug: true, title: true },
    }),
  ]);
  if (!national || !central) return null;
  return { title: national.title, href: `${central.site}${electionPath(national.id, national.slug)}` };
}

/** The central office's elections a province may name as national (for the staff form). */
export async function listNationalElections(): Promise<{ id: number; title: string }[]> {
  if ((await currentOffice()).isCentral) return [];
  return getRootPrisma().election.findMany({
    where: NATIONAL,
    orderBy: [{ pollingDay: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
  });
}

/** Whether `id` may be named as national by the office being served: a published central election. */
export async function isNationalElection(id: number): Promise<boolean> {
  if ((await currentOffice()).isCentral) return false;
  const found = await getRootPrisma().election.findFirst({
    where: { id, ...NATIONAL },
    select: { id: true },
  });
  return found !== null;
}
