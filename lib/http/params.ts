import { parseId } from "@/lib/posts/url";

/** Page numbers from the address: "2" → 2; "0", "-1", "abc", "02", huge → null (the caller answers 404). */
export function parsePageParam(raw: string | undefined): number | null {
  const n = parseId(raw);
  return n !== null && n <= 100_000 ? n : null;
}
