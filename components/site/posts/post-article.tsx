import Link from "next/link";
import { formatFileSize, type PostView } from "@/lib/posts/view";
import { sectionInfo } from "@/lib/posts/sections";
import { withVideoEmbeds } from "@/lib/posts/video-embeds";
import { formatThaiDate, formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";
import { PostDate } from "@/components/ui/post-date";
import { lastUpdateOf, PostUpdates, UPDATES_ID } from "./post-updates";
import { PostVideo } from "./post-video";
import { ShareLinks } from "./share-links";
import { VideoEmbeds } from "./video-embeds";

/** `url`: the post's absolute permanent address, for the share links (none in staff previews). */
export function PostArticle({ post, url }: { post: PostView; url?: string }) {
  const section = sectionInfo(post.section);
  const updatedAt = lastUpdateOf(post.lastUpdatedAt, post.changeNotes);
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <nav aria-label="ตำแหน่งของหน้านี้" className="mb-3 text-sm text-slate-600">
        <Link href="/" className="underline">
          หน้าแรก
        </Link>{" "}
        ›{" "}
        <Link href={`/news/${section.slug}`} className="underline">
          {section.label}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{post.title}</h1>
      <p className="mt-2 text-slate-700">
        <PostDate date={post.publishedAt} />
        {updatedAt && (
          <>
            {" "}
            ·{" "}
            <a href={`#${UPDATES_ID}`} className="underline">
              ปรับปรุงล่าสุด {formatThaiDate(updatedAt, "medium")}
            </a>
          </>
        )}
      </p>
      {/* A post's video takes the cover's place (the cover is its poster when it has none of its own). */}
      {post.video ? (
        <PostVideo video={post.video} title={post.title} />
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
        <div className="prose-th mt-6 text-lg" dangerouslySetInnerHTML={{ __html: withVideoEmbeds(post.body) }} />
      </VideoEmbeds>
      {post.gallery.length > 0 && (
        <section aria-labelledby="gallery-title" className="mt-8">
          <h2 id="gallery-title" className="mb-3 text-xl font-bold">
            ภาพกิจกรรม
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
                  {g.caption && <figcaption className="mt-1 text-sm text-slate-600">{g.caption}</figcaption>}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
      {post.attachments.length > 0 && (
        <section aria-labelledby="files-title" className="mt-8">
          <h2 id="files-title" className="mb-3 text-xl font-bold">
            เอกสารแนบ
          </h2>
          <ul className="space-y-2">
            {post.attachments.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 p-3">
                <a href={a.href} className="font-bold text-brand-800 underline">
                  {a.label}
                </a>
                <span className="block text-sm text-slate-600">
                  ไฟล์ {a.typeLabel} · ขนาด {formatFileSize(a.size)} · ดาวน์โหลด {a.downloadCount.toLocaleString("th-TH")}{" "}
                  ครั้ง
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {post.tags.length > 0 && (
        <section aria-labelledby="tags-title" className="mt-8">
          <h2 id="tags-title" className="mb-2 text-lg font-bold">
            แท็ก
          </h2>
          <ul className="flex flex-wrap gap-2">
            {post.tags.map((t) => (
              <li key={t} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                {t}
              </li>
            ))}
          </ul>
        </section>
      )}
      {url && <ShareLinks url={url} title={post.title} />}
      <footer className="mt-8 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>
          เผยแพร่ครั้งแรก{" "}
          <time dateTime={toBangkokIso(post.firstPublishedAt)}>
            {formatThaiDateTime(post.firstPublishedAt, "long")}
          </time>
        </p>
        <PostUpdates lastUpdatedAt={post.lastUpdatedAt} notes={post.changeNotes} />
      </footer>
    </article>
  );
}
