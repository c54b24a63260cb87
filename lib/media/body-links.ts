import { getPrisma } from "@/lib/db/client";
import { fileHref } from "./address";

// Bodies (posts, office pages) may still name files by their old /files/{id}/… address: written
// before addresses had tokens, or pasted by hand. Pages show them at the token address, so
// no published page sends readers to an id address (the only kind that can be guessed).

// An attribute value that starts with an id address: `"/files/12/name.png"` or `"/files/12"`.
const ID_ADDRESS = /(["'])\/files\/([0-9]{1,9})(?=[/"'?#])(\/[^"'?#]*)?/g;

export async function withFileTokens(html: string): Promise<string> {
  const ids = [...new Set([...html.matchAll(ID_ADDRESS)].map((m) => Number(m[2])))];
  if (ids.length === 0) return html;
  const rows = await getPrisma().asset.findMany({
    where: { id: { in: ids } },
    select: { id: true, token: true, fileName: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return html.replace(ID_ADDRESS, (whole, quote: string, id: string, rest: string | undefined) => {
    const asset = byId.get(Number(id));
    if (!asset) return whole;
    // The name part is kept as written (it is only for people); without one, the file's own.
    return rest && rest.length > 1 ? `${quote}/files/${asset.id}-${asset.token}${rest}` : `${quote}${fileHref(asset)}`;
  });
}
