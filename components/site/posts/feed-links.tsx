import { feedLinks } from "@/lib/feeds/links";

// Visible links to a section's feeds and the whole site's: journalists look for them on the
// page, not in <head>. Plain <a>: a feed is a document to fetch, not a page of this app.
export function FeedLinks({ section }: { section: { slug: string; label: string } }) {
  return (
    <nav
      aria-label="ฟีดข่าว RSS และ Atom"
      className="mt-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700"
    >
      <span className="font-bold">ติดตามด้วยโปรแกรมอ่านฟีด:</span>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {feedLinks(section).map((f) => (
          <li key={f.url}>
            <a href={f.url} type={f.type} className="text-brand-700 underline">
              {f.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
