import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { shownPost } from "@/lib/i18n/posts";
import { translator } from "@/lib/i18n/translator";
import type { PostSummary } from "@/lib/posts/view";
import { InThaiBadge } from "@/components/site/posts/post-list";
import { Tabs } from "@/components/ui/tabs";
import { PostDate } from "../../ui/post-date";

// The newest announcements as a strip that scrolls sideways under the reader's control: no
// self-moving text (WCAG 2.2.2), and every item stays a plain, focusable link.
function Strip({ posts, lang }: { posts: PostSummary[]; lang: SiteLang }) {
  if (posts.length === 0) return <p className="text-slate-600">{translator(lang)("posts.noAnnouncements")}</p>;
  return (
    <div className="overflow-x-auto pb-1">
      <ul className="flex gap-8 whitespace-nowrap">
        {posts.map((p) => {
          const shown = shownPost(lang, p);
          return (
            <li key={p.id}>
              <Link href={shown.href} className="hover:underline">
                <span className="font-bold text-brand-800" lang={shown.inThai ? "th" : undefined}>
                  {shown.title}
                </span>{" "}
                <span className="meta">
                  (<PostDate date={p.publishedAt} prefix="" lang={lang} />)
                </span>
              </Link>
              {shown.inThai && <InThaiBadge />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function AnnouncementStrip({
  news,
  other,
  lang = "th",
}: {
  news: PostSummary[];
  other: PostSummary[];
  lang?: SiteLang;
}) {
  const t = translator(lang);
  return (
    <section aria-label={t("home.latest")} className="mb-6 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <Tabs
        label={t("home.latest")}
        panels={[
          { key: "news", label: t("home.stripNews"), content: <Strip posts={news} lang={lang} /> },
          { key: "other", label: t("home.stripOther"), content: <Strip posts={other} lang={lang} /> },
        ]}
      />
    </section>
  );
}
