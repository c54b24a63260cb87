import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadDirectory } from "./directory";
import { officeAddress } from "./hosts";
import { byRegion, type RegionGroup } from "./regions";

// The list of offices every site shows at /offices: the central office, then the provinces by region.

export type OfficeLink = { code: string; name: string; province: string; href: string };
export type OfficeList = { central: OfficeLink | null; regions: RegionGroup<OfficeLink>[]; count: number };

export async function listOffices(): Promise<OfficeList> {
  const offices = await loadDirectory(getPrisma());
  const links = offices.map((o) => ({
    code: o.code,
    name: o.nameTh,
    province: o.province ?? "",
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
