import type { RevisionSummary } from "@/lib/posts/admin-queries";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";
import { RestoreRevisionButton } from "./restore-revision-button";

type Props = {
  postId: number;
  version: number;
  revisions: RevisionSummary[];
  fromId: number | null;
  toId: number | null;
  canRestore: boolean;
};

const FORM = "compare-revisions";

// The radios belong to the GET form above the table through form="…", so each row's restore
// button can be a form of its own (forms cannot nest).
export function RevisionTable({ postId, version, revisions, fromId, toId, canRestore }: Props) {
  return (
    <>
      <form id={FORM} method="get" className="mt-4 flex flex-wrap items-center gap-3">
        <p className="text-slate-700">เลือก «เก่า» หนึ่งฉบับ และ «ใหม่» หนึ่งฉบับ แล้วกด</p>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          เปรียบเทียบ
        </button>
      </form>
      <table className="mt-3 w-full border-collapse bg-white text-left ring-1 ring-slate-200">
        <caption className="sr-only">ประวัติการแก้ไข {revisions.length} ฉบับ ล่าสุดอยู่บนสุด</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="p-3">
              เปรียบเทียบ
            </th>
            <th scope="col" className="p-3">
              ฉบับ
            </th>
            <th scope="col" className="p-3">
              บันทึกเมื่อ
            </th>
            {canRestore && (
              <th scope="col" className="p-3">
                <span className="sr-only">กู้คืน</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => {
            const name = `ฉบับที่ ${r.version}`;
            return (
              <tr key={r.id} className="border-t border-slate-200 align-top">
                <td className="whitespace-nowrap p-3">
                  <label className="mr-3 inline-flex items-center gap-1">
                    <input
                      type="radio"
                      form={FORM}
                      name="from"
                      value={r.id}
                      defaultChecked={r.id === fromId}
                      aria-label={`${name} เป็นฉบับเก่า`}
                      className="size-5"
                    />
                    <span aria-hidden="true">เก่า</span>
                  </label>
                  <label className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      form={FORM}
                      name="to"
                      value={r.id}
                      defaultChecked={r.id === toId}
                      aria-label={`${name} เป็นฉบับใหม่`}
                      className="size-5"
                    />
                    <span aria-hidden="true">ใหม่</span>
                  </label>
                </td>
                <td className="p-3">
                  <strong>{name}</strong>
                  {i === 0 && <span className="ml-1 text-sm text-slate-600">(ล่าสุด)</span>}
                  <span className="block text-sm text-slate-700 [overflow-wrap:anywhere]">
                    {r.title || "(ไม่มีหัวข้อ)"}
                  </span>
                </td>
                <td className="p-3 text-sm">
                  <time dateTime={toBangkokIso(r.createdAt)}>{formatThaiDateTime(r.createdAt)}</time>
                  <span className="block text-slate-700">โดย {r.authorName ?? "ไม่ทราบ"}</span>
                </td>
                {canRestore && (
                  <td className="p-3">
                    <RestoreRevisionButton postId={postId} version={version} revisionId={r.id} label={name} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
