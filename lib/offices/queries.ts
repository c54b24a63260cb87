import { getPrisma, getRootPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadDirectory } from "./directory";
import { officeAddress, type DirectoryOffice } from "./hosts";
import { byRegion, type RegionGroup } from "./regions";

// The list of offices every site shows at /offices: the central office, then the provinces by region.

export type OfficeLink = { code: string; name: string; province: string; href: string };
export type OfficeList = { central: OfficeLink | null; regions: RegionGroup<OfficeLink>[]; count: number };

/** An office's site address without the trailing slash, to put a path after. */
export function siteOf(office: DirectoryOffice): string {
  return officeAddress(office, env()).replace(/\/$/, "");
}

/** The central office and its site's address (null on an install without one). */
export async function centralOfficeSite(): Promise<{ office: DirectoryOffice; site: string } | null> {
  const office = (await loadDirectory(getRootPrisma())).find((o) => o.isCentral);
  return office ? { office, site: siteOf(office) } : null;
}

/** `english`: the offices' and provinces' English names (the English page). */
export async function listOffices(english = false): Promise<OfficeList> {
  const offices = await loadDirectory(getPrisma());
  const names = english
    ? new Map(
        (await getPrisma().office.findMany({ select: { code: true, nameEn: true, provinceEn: true } })).map((o) => [
          o.code,
          o,
        ]),
      )
    : null;
  const links = offices.map((o) => ({
    code: o.code,
    name: names?.get(o.code)?.nameEn ?? o.nameTh,
    province: (names ? names.get(o.code)?.provinceEn : o.province) ?? o.province ?? "",
    href: officeAddress(o, env()),
    isCentral: o.isCentral,
  }));
  const central = links.find((o) => o.isCentral);
  const strip = ({ isCentral: _c, ...link }: (typeof links)[number]): OfficeLink => link;
  return {
    central: central ? strip(central) : null,
    regions: byRegion(links.filter((o) => !o.isCentral).map(strip)),
    count: links.length,
  };
}
