import type { PostStatus, Section } from "@/lib/generated/prisma/client";

/** A date fixed in the calendar, or a number of days before the seed's `now` (Bangkok time). */
export type SeedDate = Date | { daysAgo: number; hh: number; mm?: number };

export type SeedPost = {
  section: Section;
  /** Defaults to PUBLISHED. Drafts and posts in review have no publication dates. */
  status?: Extract<PostStatus, "PUBLISHED" | "DRAFT" | "IN_REVIEW">;
  title: string;
  /** Current readable slug; `oldSlugs` are earlier ones that must keep working. */
  slug?: string;
  oldSlugs?: string[];
  summary: string;
  /** Safe HTML: <p>, <ul>/<ol>/<li>, <strong>. */
  body: string;
  at: SeedDate;
  /** A major update after first publication, with its public change note. */
  updated?: { at: SeedDate; note: string };
  cover?: string;
  gallery?: { asset: string; caption?: string }[];
  attachments?: { asset: string; label?: string }[];
  /** An uploaded video (asset keys of the video, its poster picture and its captions). */
  video?: { asset: string; poster?: string; captions?: string };
  tags?: string[];
  viewCount?: number;
  /** The staff-written English translation (the /en pages). */
  english?: { title: string; summary: string; body: string };
};

/** Wraps each paragraph in <p>; paragraphs may hold inline <strong> and entities (&amp;), nothing else. */
export const paras = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join("\n");
export const list = (...items: string[]) => `<ul>\n${items.map((i) => `<li>${i}</li>`).join("\n")}\n</ul>`;
