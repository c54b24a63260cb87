import { getPrisma } from "@/lib/db/client";
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { assetViews, type AdminAssetView } from "@/lib/posts/admin-queries";
import { officePageInfo, OFFICE_PAGES } from "./pages";

// The staff forms' starting points: stored values and the version a save must name. Version 0
// means the page has no row yet (the first save creates it).

export type OfficePageForEdit = {
  key: OfficePageKey;
  title: string;
  body: string;
  version: number;
  updatedAt: Date | null;
  updatedByName: string | null;
};

export async function getOfficePageForEdit(key: OfficePageKey): Promise<OfficePageForEdit> {
  const row = await getPrisma().officePage.findFirst({
    where: { key },
    include: { updatedBy: { select: { name: true } } },
  });
  if (!row)
    return { key, title: officePageInfo(key).defaultTitle, body: "", version: 0, updatedAt: null, updatedByName: null };
  return {
    key,
    title: row.title,
    body: row.body,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
  };
}

export async function listOfficePagesForAdmin(): Promise<(OfficePageForEdit & { slug: string; path: string })[]> {
  return Promise.all(
    OFFICE_PAGES.map(async (p) => ({ ...(await getOfficePageForEdit(p.key)), slug: p.slug, path: p.path })),
  );
}

export type ExecutiveRow = {
  id: number;
  name: string;
  position: string;
  phone: string;
  email: string;
  version: number;
  hasPhoto: boolean;
};

export async function listExecutivesForAdmin(): Promise<ExecutiveRow[]> {
  const rows = await getPrisma().executive.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    phone: r.phone,
    email: r.email,
    version: r.version,
    hasPhoto: r.photoId !== null,
  }));
}

export type ExecutiveForEdit = {
  id: number;
  version: number;
  values: Record<"name" | "position" | "phone" | "email", string>;
  photo: AdminAssetView | null;
};

export async function getExecutiveForEdit(id: number): Promise<ExecutiveForEdit | null> {
  const row = await getPrisma().executive.findUnique({ where: { id } });
  if (!row) return null;
  const photo = row.photoId ? ((await assetViews([row.photoId])).get(row.photoId) ?? null) : null;
  return {
    id: row.id,
    version: row.version,
    values: { name: row.name, position: row.position, phone: row.phone, email: row.email },
    photo,
  };
}
