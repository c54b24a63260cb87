import type { PostSummary } from "@/lib/posts/view";
import type { SiteLang } from "./langs";
import { localePath } from "./paths";

export type ShownPost = {
  title: string;
  summary: string;
  href: string;
  /** On an English page, a post with no translation: its Thai title, marked lang="th". */
  inThai: boolean;
};

/**
 * A post as a listing in `lang` shows it: on English pages the staff-written translation, else
 * the Thai title with a note that the item is in Thai; its English address either way (where
 * the note is repeated).
 */
export function shownPost(lang: SiteLang, p: PostSummary): ShownPost {
  if (lang === "th") return { title: p.title, summary: p.summary, href: p.path, inThai: false };
  const href = englishHref(p.path);
  if (p.english) return { title: p.english.title, summary: p.english.summary, href, inThai: false };
  return { title: p.title, summary: p.summary, href, inThai: true };
}

/** The English address of a post's address: "/posts/1" or another office's "https://…/posts/1". */
function englishHref(path: string): string {
  if (path.startsWith("/")) return localePath("en", path);
  const url = new URL(path);
  url.pathname = localePath("en", url.pathname);
  return url.toString();
}
