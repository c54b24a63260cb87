import { parseId } from "@/lib/http/params";

// A press release's permanent address rests on its numeric id; the readable slug is optional.

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function postPath(id: number, slug: string | null | undefined): string {
  return slug ? `/posts/${id}/${slug}` : `/posts/${id}`;
}

/** The id of a "{id}.{ext}" file name (/og/posts/12.png, /events/7.ics); null for anything else. */
export function parseIdFile(name: string, ext: string): number | null {
  return name.endsWith(`.${ext}`) ? parseId(name.slice(0, -ext.length - 1)) : null;
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= 120 && SLUG_RE.test(slug);
}
