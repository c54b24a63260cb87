import Link from "next/link";
import type { PostSummary } from "@/lib/posts/view";
import { PostDate } from "../../ui/post-date";

export function PostList({ posts, empty = "ยังไม่มีรายการ" }: { posts: PostSummary[]; empty?: string }) {
  if (posts.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {posts.map((p) => (
        <li key={p.id} className="py-3">
          <Link href={p.path} className="title-link">
            {p.title}
          </Link>
          <p className="meta">
            <PostDate date={p.publishedAt} />
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
export function PostCards({ posts, lead = false }: { posts: PostSummary[]; lead?: boolean }) {
  if (posts.length === 0) return <p className="text-slate-600">ยังไม่มีรายการ</p>;
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
            <Link href={p.path} className="title-link">
              {p.title}
            </Link>
            <p className="meta">
              <PostDate date={p.publishedAt} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
