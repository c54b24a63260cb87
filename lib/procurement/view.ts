import type { ProcurementKind } from "@/lib/generated/prisma/enums";
import { fileHref, formatFileSize, typeLabel } from "@/lib/posts/view";
import { kindOrder } from "./kinds";
import { formatBaht } from "./money";

// What the public pages render; the storage shape never leaves lib/procurement.

export type DisclosureView = {
  id: number;
  kind: ProcurementKind;
  title: string;
  documentDate: Date;
  month: number | null;
  /** "1,234,567.00 บาท", or null when no amount was given. */
  amount: string | null;
  description: string;
  file: { href: string; fileName: string; typeLabel: string; size: string };
};

export type DisclosureRow = {
  id: number;
  kind: ProcurementKind;
  title: string;
  documentDate: Date;
  month: number | null;
  amount: { toFixed(n: number): string } | null;
  description: string;
  file: { id: number; token: string; fileName: string; mimeType: string; size: number };
};

export function toDisclosureView(r: DisclosureRow): DisclosureView {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    documentDate: r.documentDate,
    month: r.month,
    amount: r.amount ? formatBaht(r.amount) : null,
    description: r.description,
    file: {
      href: fileHref(r.file),
      fileName: r.file.fileName,
      typeLabel: typeLabel(r.file.mimeType),
      size: formatFileSize(r.file.size),
    },
  };
}

/** Public order: by kind (plan first), newest document first within a kind. */
export function byKindThenDate(a: { kind: ProcurementKind; documentDate: Date; id: number }, b: typeof a): number {
  return kindOrder(a.kind) - kindOrder(b.kind) || b.documentDate.getTime() - a.documentDate.getTime() || b.id - a.id;
}
