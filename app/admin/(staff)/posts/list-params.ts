import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "@/lib/posts/sections";
import { parseId } from "@/lib/http/params";
import { POST_STATUS_LABELS } from "@/lib/posts/labels";

// The posts list's filters live in the address (a GET form), so a filtered list can be
// bookmarked, shared and reloaded. Anything unrecognised is ignored rather than an error.

export type ListParams = { section?: Section; status?: PostStatus; authorId?: number; q?: string; page: number };
type Raw = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseListParams(raw: Raw): ListParams {
  const section = SECTIONS.find((s) => s.key === one(raw.section))?.key;
  const statusRaw = one(raw.status);
  const status = statusRaw && Object.hasOwn(POST_STATUS_LABELS, statusRaw) ? (statusRaw as PostStatus) : undefined;
  const authorId = parseId(one(raw.author)) ?? undefined;
  const q = one(raw.q)?.trim().slice(0, 100) || undefined;
  const page = parseId(one(raw.page)) ?? 1;
  return { section, status, authorId, q, page };
}

export function listHref(p: Partial<ListParams>): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.section) qs.set("section", p.section);
  if (p.status) qs.set("status", p.status);
  if (p.authorId) qs.set("author", String(p.authorId));
  if (p.page && p.page > 1) qs.set("page", String(p.page));
  const s = qs.toString();
  return s ? `/admin/posts?${s}` : "/admin/posts";
}
