// Which addresses are an office's public pages, rendered under app/(site)/[office]/ (proxy.ts
// adds the office in front). Everything else keeps its own address: the staff area, the API,
// files, link-preview pictures, calendar files, the site-wide feeds, sitemap and robots, the
// accessibility statement (app/(static)) and the files in public/. A new top-level route outside
// [office] must be listed here, or the proxy sends it to the office's pages (and a 404).
const OWN_ADDRESS =
  /^\/(?:admin|api|files|og|events|samples|accessibility)(?:\/|$)|^\/(?:feed\.xml|atom\.xml|calendar\.ics|sitemap\.xml|robots\.txt|favicon\.ico|icon\.svg)$/;

/** Whether `pathname` is one of an office's public pages. */
export function publicPageOf(pathname: string): boolean {
  return !OWN_ADDRESS.test(pathname);
}
