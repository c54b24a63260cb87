// A press release's permanent address rests on its numeric id; the readable slug is optional.

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function postPath(id: number, slug: string | null | undefined): string {
  return slug ? `/posts/${id}/${slug}` : `/posts/${id}`;
}

/** A positive 32-bit integer written plainly ("12"), or null for anything else ("012", "1e3", "-1"). */
export function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : null;
}

/** The id of a "{id}.{ext}" file name (/og/posts/12.png, /events/7.ics); null for anything else. */
export function parseIdFile(name: string, ext: string): number | null {
  return name.endsWith(`.${ext}`) ? parseId(name.slice(0, -ext.length - 1)) : null;
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= 120 && SLUG_RE.test(slug);
}
