import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { formatFileSize, type PostView } from "@/lib/posts/view";
import { sectionInfo } from "@/lib/posts/sections";
import { withVideoEmbeds } from "@/lib/posts/video-embeds";
import { toBangkokIso } from "@/lib/thai-date";
import { PostDate } from "@/components/ui/post-date";
import { lastUpdateOf, PostUpdates, UPDATES_ID } from "./post-updates";
import { PostVideo } from "./post-video";
import { ShareLinks } from "./share-links";
import { VideoEmbeds } from "./video-embeds";
import { Breadcrumbs } from "../shell/breadcrumbs";

/**
 * `url`: the post's absolute permanent address, for the share links (none in staff previews).
 * In English: the staff-written translation, else the Thai title and body marked lang="th" under
 * a note that the item is in Thai. What staff typed besides (captions, file names, tags, notes of
 * changes) is Thai.
 */
export function PostArticle({ post, url, lang = "th" }: { post: PostView; url?: string; lang?: SiteLang }) {
  const t = translator(lang);
  const section = sectionInfo(post.section);
  const updatedAt = lastUpdateOf(post.lastUpdatedAt, post.changeNotes);
  const english = lang === "en" ? post.english : null;
  const title = english?.title ?? post.title;
  const body = english && post.bodyEn ? post.bodyEn : post.body;
  // Content in Thai on an English page: what staff typed besides the translation, and the title
  // and body where they have none.
  const thai = lang === "en" ? "th" : undefined;
  const titleLang = english ? undefined : thai;
  const bodyLang = english && post.bodyEn ? undefined : thai;
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <Breadcrumbs
        lang={lang}
        trail={[{ label: t(`sections.${post.section}.label`), href: `/news/${section.slug}` }]}
      />
      <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl" lang={titleLang}>
        {title}
      </h1>
      {bodyLang && (
        <p className="mt-2 rounded-md bg-amber-50 p-3 text-slate-800 ring-1 ring-amber-200" data-in-thai>
          {t("article.thaiOnly")}
        </p>
      )}
      <p className="mt-2 text-slate-700">
        <PostDate date={post.publishedAt} lang={lang} />
        {updatedAt && (
          <>
            {" "}
            ·{" "}
            <a href={`#${UPDATES_ID}`} className="underline">
              {t("article.updated")} {formatDate(lang, updatedAt)}
            </a>
          </>
        )}
      </p>
      {/* A post's video takes the cover's place (the cover is its poster when it has none of its own). */}
      {post.video ? (
        <PostVideo video={post.video} title={title} lang={lang} />
      ) : (
        post.cover && (
          // eslint-disable-next-line @next/next/no-img-element -- uploads are served as-is for now
          <img
            src={post.cover.src}
            alt={post.cover.alt}
            width={post.cover.width ?? undefined}
            height={post.cover.height ?? undefined}
            className="mt-4 w-full rounded"
          />
        )
      )}
      {/* Bodies are sanitised HTML from the office's editor. */}
      <VideoEmbeds>
        <div
          className="prose-th mt-6 text-lg"
          lang={bodyLang}
          dangerouslySetInnerHTML={{ __html: withVideoEmbeds(body) }}
        />
      </VideoEmbeds>
      {post.gallery.length > 0 && (
        <section aria-labelledby="gallery-title" className="mt-8">
          <h2 id="gallery-title" className="mb-3 text-xl font-bold">
            {t("article.gallery")}
          </h2>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-3">
            {post.gallery.map((g) => (
              <li key={g.id}>
                <figure>
                  <a href={g.src}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- uploads are served as-is */}
                    <img
                      src={g.src}
                      alt={g.alt}
                      width={g.width ?? undefined}
                      height={g.height ?? undefined}
                      loading="lazy"
                      className="aspect-video w-full rounded object-cover"
                    />
                  </a>
                  {g.caption && (
                    <figcaption className="mt-1 text-sm text-slate-600" lang={thai}>
                      {g.caption}
                    </figcaption>
                  )}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
      {post.attachments.length > 0 && (
        <section aria-labelledby="files-title" className="mt-8">
          <h2 id="files-title" className="mb-3 text-xl font-bold">
            {t("article.attachments")}
          </h2>
          <ul className="space-y-2">
            {post.attachments.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 p-3">
                <a href={a.href} className="font-bold text-brand-800 underline" lang={thai}>
                  {a.label}
                </a>
                <span className="block text-sm text-slate-600">
                  {t("article.fileInfo", {
                    type: a.typeLabel,
                    size: formatFileSize(a.size),
                    count: a.downloadCount,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {post.tags.length > 0 && (
        <section aria-labelledby="tags-title" className="mt-8">
          <h2 id="tags-title" className="mb-2 text-lg font-bold">
            {t("article.tags")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {post.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800" lang={thai}>
                {tag}
              </li>
            ))}
          </ul>
        </section>
      )}
      {url && <ShareLinks url={url} title={title} lang={lang} />}
      <footer className="mt-8 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>
          {t("article.firstPublished")}{" "}
          <time dateTime={toBangkokIso(post.firstPublishedAt)}>
            {formatDateTime(lang, post.firstPublishedAt, "long")}
          </time>
        </p>
        <PostUpdates lastUpdatedAt={post.lastUpdatedAt} notes={post.changeNotes} lang={lang} />
      </footer>
    </article>
  );
}
