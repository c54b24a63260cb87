import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { shownPost } from "@/lib/i18n/posts";
import { translator } from "@/lib/i18n/translator";
import type { SectionPage } from "@/lib/posts/queries";
import type { PostSummary } from "@/lib/posts/view";
import { sectionPath, type SectionInfo } from "@/lib/posts/sections";
import { FeedLinks } from "./feed-links";
import { InThaiBadge } from "./post-list";
import { SubscribeForm } from "../alerts/subscribe-form";
import { Pagination } from "../../ui/pagination";
import { PostDate } from "../../ui/post-date";

// Shared by /news/{section} and /news/{section}/page/{n}; the routes read the page (./section-page.ts).
// Page 1 of a provincial site also carries the central office's posts the office pinned there.
// In English: the translated titles, the Thai ones marked, and the English feeds (the procurement
// pages and the alerts are Thai for now, and left out).
export function SectionListing({
  section,
  result,
  pinned = [],
  lang = "th",
}: {
  section: SectionInfo;
  result: SectionPage;
  pinned?: PostSummary[];
  lang?: SiteLang;
}) {
  const t = translator(lang);
  const thai = lang === "th";
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t(`sections.${section.key}.label`)}</h1>
      <p className="text-slate-600">
        {t(`sections.${section.key}.description`)} · {t("listing.total", { count: result.total })}
        {result.pageCount > 1 && ` · ${t("listing.pageOf", { page: result.page, pageCount: result.pageCount })}`}
      </p>
      <FeedLinks section={section} lang={lang} />
      {thai && section.key === "PROCUREMENT" && (
        <p className="mt-3 rounded-md bg-brand-50 p-3 ring-1 ring-brand-100">
          <Link href="/procurement" className="font-bold text-brand-800 underline">
            การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายปีงบประมาณ
          </Link>{" "}
          — แผนการจัดซื้อจัดจ้าง ราคากลาง ผลการจัดซื้อจัดจ้าง แบบ สขร.1 และรายงานประจำปี
        </p>
      )}
      {pinned.length > 0 && <PinnedCentral posts={pinned} lang={lang} />}
      {result.items.length === 0 ? (
        <p className="mt-6">{t("listing.empty")}</p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {result.items.map((p) => (
            <ListingItem key={p.id} post={p} lang={lang} />
          ))}
        </ol>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(n) => localePath(lang, sectionPath(section.key, n))}
        lang={lang}
      />
      {thai && <SubscribeForm sections={[section.key]} />}
    </>
  );
}

function ListingItem({ post: p, lang }: { post: PostSummary; lang: SiteLang }) {
  const shown = shownPost(lang, p);
  const inThai = shown.inThai ? "th" : undefined;
  return (
    <li className="flex gap-4 p-4">
      {p.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- see PostCards
        <img
          src={p.cover.src}
          alt=""
          width={160}
          height={90}
          loading="lazy"
          className="hidden h-[90px] w-[160px] rounded object-cover sm:block"
        />
      )}
      <div>
        <h2 className="font-bold">
          <Link href={shown.href} className="text-brand-800 hover:underline" lang={inThai}>
            {shown.title}
          </Link>
          {shown.inThai && <InThaiBadge />}
        </h2>
        <p className="text-sm text-slate-600">
          <PostDate date={p.publishedAt} lang={lang} />
        </p>
        {shown.summary && (
          <p className="mt-1 line-clamp-2 text-slate-700" lang={inThai}>
            {shown.summary}
          </p>
        )}
      </div>
    </li>
  );
}

/** The central office's posts pinned by this office: links to their addresses on the central site. */
function PinnedCentral({ posts, lang }: { posts: PostSummary[]; lang: SiteLang }) {
  const t = translator(lang);
  return (
    <section aria-labelledby="pinned-central" className="mt-4 rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100">
      <h2 id="pinned-central" className="font-bold text-brand-900">
        {t("listing.pinned")}
      </h2>
      <ul className="mt-2 space-y-2">
        {posts.map((p) => {
          const shown = shownPost(lang, p);
          return (
            <li key={p.id}>
              <a
                href={shown.href}
                className="font-bold text-brand-800 underline"
                lang={shown.inThai ? "th" : undefined}
              >
                {shown.title}
              </a>
              {shown.inThai && <InThaiBadge />}{" "}
              <span className="text-sm text-slate-600">
                <PostDate date={p.publishedAt} lang={lang} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
