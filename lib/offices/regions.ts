// The six regions of Thailand (the National Geographical Committee's division, 2520) by office
// code, for the list of offices. Bangkok is counted with the central region.

export const REGIONS = [
  {
    key: "north",
    name: "ภาคเหนือ",
    codes: ["chiangmai", "chiangrai", "lampang", "lamphun", "maehongson", "nan", "phayao", "phrae", "uttaradit"],
  },
  {
    key: "northeast",
    name: "ภาคตะวันออกเฉียงเหนือ",
    codes: [
      "amnatcharoen",
      "buengkan",
      "buriram",
      "chaiyaphum",
      "kalasin",
      "khonkaen",
      "loei",
      "mahasarakham",
      "mukdahan",
      "nakhonphanom",
      "nakhonratchasima",
      "nongbualamphu",
      "nongkhai",
      "roiet",
      "sakonnakhon",
      "sisaket",
      "surin",
      "ubonratchathani",
      "udonthani",
      "yasothon",
    ],
  },
  {
    key: "central",
    name: "ภาคกลาง",
    codes: [
      "bangkok",
      "angthong",
      "ayutthaya",
      "chainat",
      "kamphaengphet",
      "lopburi",
      "nakhonnayok",
      "nakhonpathom",
      "nakhonsawan",
      "nonthaburi",
      "pathumthani",
      "phetchabun",
      "phichit",
      "phitsanulok",
      "samutprakan",
      "samutsakhon",
      "samutsongkhram",
      "saraburi",
      "singburi",
      "sukhothai",
      "suphanburi",
      "uthaithani",
    ],
  },
  {
    key: "east",
    name: "ภาคตะวันออก",
    codes: ["chachoengsao", "chanthaburi", "chonburi", "prachinburi", "rayong", "sakaeo", "trat"],
  },
  { key: "west", name: "ภาคตะวันตก", codes: ["kanchanaburi", "phetchaburi", "prachuapkhirikhan", "ratchaburi", "tak"] },
  {
    key: "south",
    name: "ภาคใต้",
    codes: [
      "chumphon",
      "krabi",
      "nakhonsithammarat",
      "narathiwat",
      "pattani",
      "phangnga",
      "phatthalung",
      "phuket",
      "ranong",
      "satun",
      "songkhla",
      "suratthani",
      "trang",
      "yala",
    ],
  },
] as const;

/** Where an office added later, that no region lists yet, is grouped. */
const OTHER_REGION = "สำนักงานอื่น";

export type RegionKey = (typeof REGIONS)[number]["key"] | "other";
export type RegionGroup<T> = { key: RegionKey; name: string; offices: T[] };

/** Offices grouped by region, in the regions' order, then any office of no listed region. */
export function byRegion<T extends { code: string }>(offices: readonly T[]): RegionGroup<T>[] {
  const groups = REGIONS.map((r) => ({
    key: r.key as RegionKey,
    name: r.name,
    offices: offices.filter((o) => (r.codes as readonly string[]).includes(o.code)),
  }));
  // An office added later (lib/offices/office-actions.ts) that no region lists yet.
  const listed = new Set<string>(REGIONS.flatMap((r) => r.codes));
  const others = offices.filter((o) => !listed.has(o.code));
  return others.length > 0 ? [...groups, { key: "other" as const, name: OTHER_REGION, offices: others }] : groups;
}
