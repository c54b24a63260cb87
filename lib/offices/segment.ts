// Which addresses are an office's public pages, rendered under app/(site)/[lang]/[office]/
// (proxy.ts adds the language and the office in front). Everything else keeps its own address:
// the staff area, the API, files, link-preview pictures, calendar files, the site-wide feeds
// (/feed.xml, and in English /en/feed.xml: app/en/), sitemap and robots, the accessibility
// statement (app/(static)) and the files in public/. A new top-level route outside app/(site)
// must be listed here, or the proxy sends it to the office's pages (and a 404).
const OWN_ADDRESS =
  /^\/(?:admin|api|files|og|events|samples|accessibility)(?:\/|$)|^\/(?:(?:en\/)?(?:feed|atom)\.xml|calendar\.ics|sitemap\.xml|robots\.txt|favicon\.ico|icon\.svg)$/;

/** Whether `pathname` is one of an office's public pages. */
export function publicPageOf(pathname: string): boolean {
  return !OWN_ADDRESS.test(pathname);
}

/**
 * The path Next renders a public page at: its language (English under /en, else Thai) and its
 * office in front of the rest. `/en/posts/1` of nan is `/en/nan/posts/1`, `/posts/1` `/th/nan/posts/1`.
 */
export function insidePath(pathname: string, office: string): string {
  const english = /^\/en(?=\/|$)/.exec(pathname);
  const rest = english ? pathname.slice(3) : pathname;
  return `/${english ? "en" : "th"}/${office}${rest === "/" ? "" : rest}`;
}
