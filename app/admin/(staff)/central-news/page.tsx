import type { Metadata } from "next";
import { PinButton } from "@/components/admin/central/pin-button";
import { PostDate } from "@/components/ui/post-date";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getCentralPostsToPin } from "@/lib/posts/central";
import { sectionInfo } from "@/lib/posts/sections";

export const metadata: Metadata = { title: "ข่าวจากส่วนกลาง" };

// A provincial office's editors choose central office posts to pin to the top of their own
// listing of each post's section; readers follow the link to the central site.
export default async function CentralNewsPage() {
  await requirePageRole("EDITOR");
  const posts = await getCentralPostsToPin(30);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ข่าวจากส่วนกลาง</h1>
      {posts === null ? (
        <p className="mt-2 max-w-3xl text-slate-700">
          หน้านี้สำหรับสำนักงานจังหวัด: ข่าวของสำนักงานส่วนกลางแสดงบนเว็บไซต์ของทุกจังหวัดอยู่แล้ว
        </p>
      ) : (
        <>
          <p className="mt-2 max-w-3xl text-slate-700">
            ข่าวล่าสุด 30 รายการของสำนักงาน กกต. ส่วนกลาง ข่าวที่ปักหมุดจะแสดงที่ด้านบนของหมวดเดียวกันบนเว็บไซต์ของสำนักงาน
            โดยลิงก์ไปยังหน้าข่าวบนเว็บไซต์ส่วนกลาง (ไม่ต้องพิมพ์ซ้ำ) และหายไปเองเมื่อส่วนกลางถอนข่าว
          </p>
          <div className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full text-left">
              <caption className="sr-only">ข่าวล่าสุดของสำนักงานส่วนกลาง และการปักหมุด</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    ข่าว
                  </th>
                  <th scope="col" className="p-2">
                    หมวด
                  </th>
                  <th scope="col" className="p-2">
                    ปักหมุด
                  </th>
                </tr>
              </thead>
              <tbody>
                {posts.length === 0 && (
                  <tr>
                    <td colSpan={3} className="p-3">
                      ส่วนกลางยังไม่มีข่าวที่เผยแพร่
                    </td>
                  </tr>
                )}
                {posts.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="p-2 text-left font-normal">
                      <a href={p.path} className="text-brand-700 underline">
                        {p.title}
                      </a>
                      <span className="block text-sm text-slate-600">
                        <PostDate date={p.publishedAt} />
                      </span>
                    </th>
                    <td className="p-2">{sectionInfo(p.section).label}</td>
                    <td className="p-2">
                      {p.pinned && <span className="mb-1 block text-sm font-bold text-emerald-800">ปักหมุดอยู่</span>}
                      <PinButton postId={p.id} title={p.title} pinned={p.pinned} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
