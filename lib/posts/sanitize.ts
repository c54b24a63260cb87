import sanitizeHtml from "sanitize-html";

// Post bodies are HTML from the staff editor and are shown to every reader, so the server keeps
// only an allowlist: text structure, links, tables, and images of files uploaded to this site.
// Anything else (scripts, event handlers, styles, frames, forms, foreign images) is removed.
// Plain-text fields (title, summary, tags, notes) are never run through this: React escapes them.

// "/files/{id}-{token}/{encoded name}" (lib/media/address.ts), or the old "/files/{id}[/{name}]"
// of files stored before tokens (pages show those at the token address): one name segment, no
// "..", no query.
const FILE_SRC = /^\/files\/\d{1,10}(?:-[A-Za-z0-9]{16,64})?(?:\/(?!\.+$)[^/\\\s"'<>?#]+)?$/;
const DIMENSION = /^\d{1,5}$/;
const EXTERNAL = /^(https?:)?\/\//i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "img",
    "hr",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "width", "height"],
  },
  // Relative links (/posts/1, #top) have no scheme and are kept.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  // Their text is code or hidden content, not part of the article.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "title",
    "select",
  ],
  disallowedTagsMode: "discard",
  transformTags: {
    // The page title is the only h1; deeper headings fold into the ones the site styles.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const { rel: _ignored, ...rest } = attribs;
      const href = rest.href ?? "";
      return { tagName, attribs: EXTERNAL.test(href) ? { ...rest, rel: "noopener noreferrer" } : rest };
    },
    img: (tagName, attribs) => {
      const out: Record<string, string> = {};
      if (attribs.src && FILE_SRC.test(attribs.src)) out.src = attribs.src;
      out.alt = attribs.alt ?? "";
      if (attribs.width && DIMENSION.test(attribs.width)) out.width = attribs.width;
      if (attribs.height && DIMENSION.test(attribs.height)) out.height = attribs.height;
      return { tagName, attribs: out };
    },
  },
  // An image that is not one of this site's files is dropped entirely.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

/** Body HTML reduced to the allowlist; safe to render with dangerouslySetInnerHTML. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
