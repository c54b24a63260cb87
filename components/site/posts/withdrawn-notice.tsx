import Link from "next/link";
import type { PublicPostView } from "@/lib/posts/queries";
import { sectionInfo } from "@/lib/posts/sections";
import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";

// A withdrawn post keeps its address: links in old news stories and documents still lead here,
// and readers learn when and why it was withdrawn instead of meeting a 404.
export function WithdrawnNotice({
  post,
}: {
  post: PublicPostView & { withdrawn: NonNullable<PublicPostView["withdrawn"]> };
}) {
  const section = sectionInfo(post.section);
  const at = post.withdrawn.at;
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
        เผยแพร่ครั้งแรก{" "}
        <time dateTime={toBangkokIso(post.firstPublishedAt)}>{formatThaiDate(post.firstPublishedAt, "long")}</time>
      </p>
      <section
        aria-labelledby="withdrawn-title"
        className="mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-lg text-amber-950"
      >
        <h2 id="withdrawn-title" className="font-bold">
          ข่าวนี้ถูกถอนการเผยแพร่เมื่อ <time dateTime={toBangkokIso(at)}>{formatThaiDate(at, "long")}</time>
        </h2>
        {/* Plain text typed by staff: React escapes it. */}
        <p className="mt-2 whitespace-pre-line">เหตุผล: {post.withdrawn.reason}</p>
      </section>
    </article>
  );
}
