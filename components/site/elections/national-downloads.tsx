import { PROVINCE_COLUMNS } from "@/lib/elections/national-export";
import { provincesPath } from "@/lib/elections/url";
import { ColumnNotes } from "./column-notes";

const LINK = "inline-block rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50";

/** Open data of the national picture: one row per province as CSV and JSON, and what each column means. */
export function NationalDownloads({ electionId }: { electionId: number }) {
  return (
    <section aria-labelledby="downloads-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="downloads-title" className="mb-2 text-xl font-bold text-brand-900">
        ดาวน์โหลดข้อมูลรายจังหวัด (ข้อมูลเปิด)
      </h2>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href={provincesPath(electionId, "csv")} download className={LINK}>
            ไฟล์ CSV<span className="sr-only"> ผลรายจังหวัด</span>
          </a>
        </li>
        <li>
          <a href={provincesPath(electionId, "json")} className={LINK}>
            ไฟล์ JSON<span className="sr-only"> ผลรายจังหวัด พร้อมผลรวมทั้งประเทศและที่นั่งแยกตามพรรค</span>
          </a>
        </li>
      </ul>
      <p className="meta mt-2">หนึ่งแถวต่อจังหวัด · เข้ารหัส UTF-8 · คะแนนรายผู้สมัครอยู่ในไฟล์ข้อมูลเปิดบนเว็บไซต์ของแต่ละจังหวัด</p>
      <ColumnNotes columns={PROVINCE_COLUMNS} />
    </section>
  );
}
