import type { Metadata } from "next";
import { AddHostForm, RemoveHostForm } from "@/components/admin/platform/office-host-forms";
import { OfficeForm } from "@/components/admin/platform/office-form";
import { requirePlatformPage } from "@/lib/admin/page-guard";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadDirectory } from "@/lib/offices/directory";
import { officeAddress } from "@/lib/offices/hosts";

export const metadata: Metadata = { title: "สำนักงานและชื่อเว็บไซต์" };

// The platform administrator's page: every office, where its site is, and the extra host names
// it answers on. An office's staff are managed in that office's own staff area.
export default async function PlatformPage() {
  await requirePlatformPage();
  const offices = await loadDirectory(getPrisma());
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">สำนักงานและชื่อเว็บไซต์</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        ทุกสำนักงานมีเว็บไซต์ของตนที่ชื่อด้านล่าง ผู้ดูแลระบบส่วนกลางเข้าสู่ระบบจัดการของสำนักงานใดก็ได้ที่ «/admin» ของเว็บไซต์นั้น
        เพื่อสร้างผู้ดูแลระบบคนแรกของสำนักงานในเมนู «ผู้ใช้งาน»
      </p>
      <section aria-labelledby="add-host" className="mt-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="add-host" className="mb-3 text-xl font-bold text-brand-900">
          เพิ่มชื่อเว็บไซต์ให้สำนักงาน
        </h2>
        <AddHostForm offices={offices.map((o) => ({ code: o.code, name: o.nameTh }))} />
      </section>
      <section aria-labelledby="add-office" className="mt-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="add-office" className="mb-1 text-xl font-bold text-brand-900">
          เพิ่มสำนักงาน
        </h2>
        <p className="mb-3 text-slate-700">
          ระบบมีสำนักงานส่วนกลางและสำนักงานจังหวัดทั้ง 77 แห่งอยู่แล้ว ใช้เมื่อมีสำนักงานใหม่ เช่น จังหวัดที่ตั้งขึ้นใหม่
        </p>
        <OfficeForm />
      </section>
      <div className="mt-6 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-left">
          <caption className="p-3 text-left font-bold">สำนักงานทั้งหมด {offices.length} แห่ง</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                สำนักงาน
              </th>
              <th scope="col" className="p-2">
                เว็บไซต์
              </th>
              <th scope="col" className="p-2">
                ชื่อเพิ่มเติม
              </th>
            </tr>
          </thead>
          <tbody>
            {offices.map((o) => {
              const address = officeAddress(o, env());
              return (
                <tr key={o.code} className="border-b border-slate-100 align-top">
                  <td className="p-2">
                    {o.nameTh}
                    {o.isDefault && <span className="ml-1 text-sm text-slate-600">(สำนักงานหลักของระบบ)</span>}
                  </td>
                  <td className="p-2">
                    <a href={address} className="break-all text-brand-700 underline">
                      {address}
                    </a>
                  </td>
                  <td className="p-2">
                    {o.hosts.length === 0 ? (
                      <span className="text-slate-500">—</span>
                    ) : (
                      <ul>
                        {o.hosts.map((h) => (
                          <li key={h} className="flex flex-wrap items-center gap-2">
                            <span className="break-all">{h}</span>
                            <RemoveHostForm host={h} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
