import type { SnippetPart } from "@/lib/search/snippet";

/** Text with the search words inside <mark>; React escapes every piece. */
export function MarkedText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-gold-400/60 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
