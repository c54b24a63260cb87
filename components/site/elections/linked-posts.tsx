import Link from "next/link";
import type { LinkedPostView } from "@/lib/elections/view";
import { formatFileSize } from "@/lib/posts/view";
import { PostDate } from "@/components/ui/post-date";

/** Official announcements (posts) and their files, e.g. forms ส.ส. 5/18 and ส.ส. 6/1 in PDF. */
export function LinkedPosts({ posts, title = "ประกาศที่เกี่ยวข้อง" }: { posts: LinkedPostView[]; title?: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="linked-posts-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="linked-posts-title" className="mb-2 text-xl font-bold text-brand-900">
        {title}
      </h2>
      <ul className="divide-y divide-slate-200">
        {posts.map((p) => (
          <li key={p.id} className="py-2">
            <Link href={p.path} className="title-link">
              {p.title}
            </Link>
            <p className="meta">
              <PostDate date={p.publishedAt} />
            </p>
            {p.attachments.length > 0 && (
              <ul className="mt-1 space-y-1">
                {p.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} className="text-brand-700 underline">
                      {a.label}
                    </a>{" "}
                    <span className="meta">
                      ({a.typeLabel}, {formatFileSize(a.size)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
