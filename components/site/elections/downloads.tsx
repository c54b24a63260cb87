import { resultsPath } from "@/lib/elections/url";
import { ColumnNotes } from "./column-notes";

/** Open data: the whole election's results as CSV (Excel opens it in Thai) and JSON. */
/** The column descriptions sit on the election page; contest pages link there (`notesAt`). */
export function Downloads({ electionId, notesAt }: { electionId: number; notesAt?: string }) {
  return (
    <section aria-labelledby="downloads-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="downloads-title" className="mb-2 text-xl font-bold text-brand-900">
        ดาวน์โหลดข้อมูลผลการเลือกตั้ง (ข้อมูลเปิด)
      </h2>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a
            href={resultsPath(electionId, "csv")}
            download
            className="inline-block rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
          >
            ไฟล์ CSV<span className="sr-only"> ผลการเลือกตั้งทุกเขต</span>
          </a>
        </li>
        <li>
          <a
            href={resultsPath(electionId, "json")}
            className="inline-block rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
          >
            ไฟล์ JSON<span className="sr-only"> ผลการเลือกตั้งทุกเขต</span>
          </a>
        </li>
      </ul>
      <p className="meta mt-2">หนึ่งแถวต่อผู้สมัครหนึ่งคน พร้อมตัวเลขของเขตเลือกตั้ง · เข้ารหัส UTF-8</p>
      {notesAt ? (
        <p className="mt-2">
          <a href={`${notesAt}#downloads-title`} className="text-brand-700 underline">
            คำอธิบายคอลัมน์ของไฟล์
          </a>
        </p>
      ) : (
        <ColumnNotes />
      )}
    </section>
  );
}
