import Link from "next/link";
import { alertsEnabled } from "@/lib/alerts/mailer";
import type { Section } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "@/lib/posts/sections";
import { ModeChoices, SectionChoices } from "./choices";

// "รับข่าวทางอีเมล": a plain form (no script) posting to /api/alerts/subscribe, which answers with
// the /alerts page and its message. On the home page every section is ticked; on a listing, that
// section. Shown only where alerts can be sent (SMTP_URL on PostgreSQL).

export function SubscribeForm({
  sections = SECTIONS.map((s) => s.key),
  idPrefix = "alerts",
  open = false,
}: {
  /** Ticked at first. */
  sections?: readonly Section[];
  idPrefix?: string;
  /** The section choice shown at once (the /alerts page) rather than behind «เลือกหมวดข่าว». */
  open?: boolean;
}) {
  if (!alertsEnabled()) return null;
  const id = (s: string) => `${idPrefix}-${s}`;
  const choices = <SectionChoices checked={sections} className="mt-2" />;
  return (
    <section aria-labelledby={id("title")} className="mt-8 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id={id("title")} className="text-xl font-bold text-brand-900">
        รับข่าวทางอีเมล
      </h2>
      <p className="text-slate-700">แจ้งเมื่อสำนักงานเผยแพร่ข่าวหรือประกาศใหม่ ยกเลิกได้ทุกเมื่อ</p>
      <form action="/api/alerts/subscribe" method="post" className="mt-3">
        <label htmlFor={id("email")} className="block font-bold">
          อีเมล
        </label>
        <input
          id={id("email")}
          type="email"
          name="email"
          required
          maxLength={254}
          autoComplete="email"
          inputMode="email"
          placeholder="name@example.com"
          className="mt-1 w-full max-w-md rounded-md border border-slate-400 px-3 py-2"
        />
        {open ? (
          choices
        ) : (
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-700 underline">เลือกหมวดข่าว</summary>
            {choices}
          </details>
        )}
        <ModeChoices checked="IMMEDIATE" />
        <label className="mt-3 flex items-start gap-2">
          <input type="checkbox" name="consent" required className="mt-1 size-5 shrink-0" />
          <span>
            ข้าพเจ้ายินยอมให้สำนักงานใช้อีเมลนี้เพื่อส่งข่าวตามที่เลือกเท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562
            และยกเลิกได้ทุกเมื่อจากลิงก์ในอีเมล (
            <Link href="/privacy" className="text-brand-700 underline">
              นโยบายคุ้มครองข้อมูลส่วนบุคคล
            </Link>
            )
          </span>
        </label>
        {/* Left empty by people (hidden from them and from screen readers); scripts that fill every field are ignored. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label>
            เว็บไซต์ (ไม่ต้องกรอก)
            <input type="text" name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <button
          type="submit"
          className="mt-3 rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          สมัครรับข่าว
        </button>
        <p className="mt-2 text-sm text-slate-700">ระบบจะส่งอีเมลยืนยันไปก่อน ท่านจะได้รับข่าวเมื่อกดยืนยันแล้วเท่านั้น</p>
        <p className="mt-1 text-sm text-slate-700">
          ต้องการข่าวของสำนักงานอื่นด้วย เลือกสำนักงานจาก{" "}
          <Link href="/offices" className="text-brand-700 underline">
            สำนักงาน กกต. ทั่วประเทศ
          </Link>{" "}
          แล้วสมัครที่เว็บไซต์ของสำนักงานนั้น
        </p>
      </form>
    </section>
  );
}
