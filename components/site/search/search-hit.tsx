import Link from "next/link";
import type { ReactNode } from "react";
import type { SnippetPart } from "@/lib/search/snippet";
import { MarkedText } from "./marked-text";
import { InThaiBadge } from "../posts/post-list";

/**
 * One result: its title linked, what it is and when (`children`), and the passage with the hit.
 * `inThai`: Thai text on an English page (marked for screen readers); `badge` adds «In Thai».
 */
export function SearchHit({
  path,
  title,
  snippet,
  inThai = false,
  badge = false,
  children,
}: {
  path: string;
  title: SnippetPart[];
  snippet: SnippetPart[];
  inThai?: boolean;
  badge?: boolean;
  children: ReactNode;
}) {
  const lang = inThai ? "th" : undefined;
  return (
    <li className="p-4">
      <h3 className="font-bold break-words">
        <Link href={path} className="text-brand-800 hover:underline" lang={lang}>
          <MarkedText parts={title} />
        </Link>
        {badge && <InThaiBadge />}
      </h3>
      <p className="text-sm text-slate-600">{children}</p>
      {snippet.length > 0 && (
        <p className="mt-1 break-words text-slate-700" lang={lang}>
          <MarkedText parts={snippet} />
        </p>
      )}
    </li>
  );
}
