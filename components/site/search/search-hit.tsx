import Link from "next/link";
import type { ReactNode } from "react";
import type { SnippetPart } from "@/lib/search/snippet";
import { MarkedText } from "./marked-text";

/** One result: its title linked, what it is and when (`children`), and the passage with the hit. */
export function SearchHit({
  path,
  title,
  snippet,
  children,
}: {
  path: string;
  title: SnippetPart[];
  snippet: SnippetPart[];
  children: ReactNode;
}) {
  return (
    <li className="p-4">
      <h3 className="font-bold break-words">
        <Link href={path} className="text-brand-800 hover:underline">
          <MarkedText parts={title} />
        </Link>
      </h3>
      <p className="text-sm text-slate-600">{children}</p>
      {snippet.length > 0 && (
        <p className="mt-1 break-words text-slate-700">
          <MarkedText parts={snippet} />
        </p>
      )}
    </li>
  );
}
