import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { shownPost } from "@/lib/i18n/posts";
import { translator } from "@/lib/i18n/translator";
import type { PostSummary } from "@/lib/posts/view";
import { PostDate } from "../../ui/post-date";

/** A post's title link in `lang`: an untranslated post on an English page is marked Thai. */
export function PostTitleLink({ post, lang }: { post: PostSummary; lang: SiteLang }) {
  const shown = shownPost(lang, post);
  return (
    <>
      <Link href={shown.href} className="title-link" lang={shown.inThai ? "th" : undefined}>
        {shown.title}
      </Link>
      {shown.inThai && <InThaiBadge />}
    </>
  );
}

/** «In Thai»: next to a post that has no English translation. */
export function InThaiBadge() {
  return (
    <span className="ml-2 whitespace-nowrap rounded bg-slate-200 px-1.5 py-0.5 text-xs font-bold text-slate-800">
      {translator("en")("posts.inThai")}
    </span>
  );
}

export function PostList({ posts, empty, lang = "th" }: { posts: PostSummary[]; empty?: string; lang?: SiteLang }) {
  if (posts.length === 0) return <p className="text-slate-600">{empty ?? translator(lang)("posts.none")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {posts.map((p) => (
        <li key={p.id} className="py-3">
          <PostTitleLink post={p} lang={lang} />
          <p className="meta">
            <PostDate date={p.publishedAt} lang={lang} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Cards with cover pictures. `lead`: these are the first pictures a reader sees (the home page's
 * open tab), so the first two load at once instead of waiting to be scrolled to.
 */
export function PostCards({
  posts,
  lead = false,
  lang = "th",
}: {
  posts: PostSummary[];
  lead?: boolean;
  lang?: SiteLang;
}) {
  if (posts.length === 0) return <p className="text-slate-600">{translator(lang)("posts.none")}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {posts.map((p, i) => (
        <li key={p.id} className="card">
          {p.cover && (
            // eslint-disable-next-line @next/next/no-img-element -- uploads are served as-is; resizing comes with the admin issue
            <img
              src={p.cover.src}
              alt=""
              width={p.cover.width ?? undefined}
              height={p.cover.height ?? undefined}
              loading={lead && i < 2 ? "eager" : "lazy"}
              fetchPriority={lead && i === 0 ? "high" : undefined}
              className="aspect-video w-full object-cover"
            />
          )}
          <div className="p-3">
            <PostTitleLink post={p} lang={lang} />
            <p className="meta">
              <PostDate date={p.publishedAt} lang={lang} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
