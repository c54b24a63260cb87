import { getPrisma } from "@/lib/db/client";
import { withFileTokens } from "@/lib/media/body-links";
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { fileHref } from "@/lib/posts/view";
import { officePageInfo } from "./pages";

// Public reads of the office pages. A fresh office (no row yet) still renders: the default title
// and an empty body.

export type OfficePageView = { key: OfficePageKey; title: string; body: string; updatedAt: Date | null };

export async function getOfficePage(key: OfficePageKey): Promise<OfficePageView> {
  const row = await getPrisma().officePage.findFirst({
    where: { key },
    select: { title: true, body: true, updatedAt: true },
  });
  return row
    ? { key, ...row, body: await withFileTokens(row.body) }
    : { key, title: officePageInfo(key).defaultTitle, body: "", updatedAt: null };
}

export type ExecutiveView = {
  id: number;
  name: string;
  position: string;
  phone: string;
  email: string;
  photo: { src: string; alt: string; width: number | null; height: number | null } | null;
  updatedAt: Date;
};

export async function getExecutives(): Promise<ExecutiveView[]> {
  const rows = await getPrisma().executive.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    include: {
      photo: { select: { id: true, token: true, fileName: true, alt: true, width: true, height: true, kind: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    phone: r.phone,
    email: r.email,
    photo:
      r.photo && r.photo.kind === "IMAGE"
        ? { src: fileHref(r.photo), alt: r.photo.alt || r.name, width: r.photo.width, height: r.photo.height }
        : null,
    updatedAt: r.updatedAt,
  }));
}
