import Link from "next/link";
import type { PostSummary } from "@/lib/posts/view";
import { Tabs } from "@/components/ui/tabs";
import { PostDate } from "../../ui/post-date";

// The newest announcements as a strip that scrolls sideways under the reader's control: no
// self-moving text (WCAG 2.2.2), and every item stays a plain, focusable link.
function Strip({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p className="text-slate-600">ยังไม่มีประกาศ</p>;
  return (
    <div className="overflow-x-auto pb-1">
      <ul className="flex gap-8 whitespace-nowrap">
        {posts.map((p) => (
          <li key={p.id}>
            <Link href={p.path} className="hover:underline">
              <span className="font-bold text-brand-800">{p.title}</span>{" "}
              <span className="meta">
                (<PostDate date={p.publishedAt} prefix="" />)
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AnnouncementStrip({ news, other }: { news: PostSummary[]; other: PostSummary[] }) {
  return (
    <section aria-label="ข่าวประกาศล่าสุด" className="mb-6 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <Tabs
        label="ข่าวประกาศล่าสุด"
        panels={[
          { key: "news", label: "ข่าวสาร/ประชาสัมพันธ์", content: <Strip posts={news} /> },
          { key: "other", label: "อื่นๆ", content: <Strip posts={other} /> },
        ]}
      />
    </section>
  );
}
