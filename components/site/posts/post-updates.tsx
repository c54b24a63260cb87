import { formatDateTime } from "@/lib/i18n/dates";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { toBangkokIso } from "@/lib/thai-date";

export const UPDATES_ID = "post-updates";

type Note = { note: string; at: Date };

/** When the post last changed in a way readers were told about, if it ever did. */
export function lastUpdateOf(lastUpdatedAt: Date | null, notes: Note[]): Date | null {
  const latest = notes.reduce<Date | null>((max, n) => (max && max >= n.at ? max : n.at), null);
  return lastUpdatedAt && (!latest || lastUpdatedAt >= latest) ? lastUpdatedAt : latest;
}

// What changed and when, open on the page as GOV.UK shows "Last updated": readers checking an
// announcement should not have to find and open a box to learn that a date in it was corrected.
export function PostUpdates({
  lastUpdatedAt,
  notes,
  lang = "th",
}: {
  lastUpdatedAt: Date | null;
  notes: Note[];
  lang?: SiteLang;
}) {
  const updatedAt = lastUpdateOf(lastUpdatedAt, notes);
  if (!updatedAt) return null;
  const newestFirst = [...notes].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <section id={UPDATES_ID} aria-labelledby={`${UPDATES_ID}-title`} className="mt-3">
      <h2 id={`${UPDATES_ID}-title`} className="font-bold text-slate-900">
        {translator(lang)("article.updated")}{" "}
        <time dateTime={toBangkokIso(updatedAt)}>{formatDateTime(lang, updatedAt, "long")}</time>
      </h2>
      {newestFirst.length > 0 && (
        <ol className="mt-1 space-y-1">
          {newestFirst.map((n, i) => (
            <li key={`${n.at.getTime()}-${i}`}>
              <time dateTime={toBangkokIso(n.at)}>{formatDateTime(lang, n.at)}</time> —{" "}
              <span lang={lang === "th" ? undefined : "th"}>{n.note}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
