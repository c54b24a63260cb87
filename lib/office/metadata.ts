import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/links";
import { pageShareMeta } from "@/lib/seo/page-meta";
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { officePageInfo } from "./pages";
import { getOfficePage } from "./queries";
import { isBareAddress } from "./route";

type Params = Promise<{ rest?: string[] }>;

/** Title and canonical address of an office page; addresses below it are 404s with no canonical. */
export async function officePageMetadata(key: OfficePageKey, params: Params): Promise<Metadata> {
  if (!(await isBareAddress(params))) return { title: "ไม่พบหน้าที่ต้องการ" };
  const info = officePageInfo(key);
  const page = await getOfficePage(key);
  return {
    title: page.title,
    description: info.description,
    alternates: { canonical: info.path, types: feedAlternates("th") },
    ...(await pageShareMeta({ title: page.title, description: info.description, path: info.path })),
  };
}
