import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmForm, ManageForms } from "@/components/site/alerts/manage-forms";
import { ResultNotice } from "@/components/site/alerts/result-notice";
import { SubscribeForm } from "@/components/site/alerts/subscribe-form";
import { alertsEnabled } from "@/lib/alerts/mailer";
import { tokenOf } from "@/lib/alerts/requests";
import { pendingWish, subscriptionOf } from "@/lib/alerts/subscribe";

// E-mail alerts for readers: /alerts (subscribe, and the result of a form), /alerts/confirm/{token}
// (the link in the confirmation), /alerts/manage/{token} (the link in every alert). Rendered per
// request and never cached: the last two are one person's.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ rest?: string[] }>;
  searchParams: Promise<{ result?: string | string[] }>;
};

const TITLES = { "": "รับข่าวทางอีเมล", confirm: "ยืนยันการรับข่าวทางอีเมล", manage: "การรับข่าวทางอีเมลของท่าน" } as const;

function route(rest: string[] | undefined): { kind: "" | "confirm" | "manage"; token: string | null } | null {
  if (!rest || rest.length === 0) return { kind: "", token: null };
  if (rest.length === 2 && (rest[0] === "confirm" || rest[0] === "manage"))
    return { kind: rest[0], token: tokenOf(rest[1]) };
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = route((await params).rest);
  if (!r) return { title: "ไม่พบหน้าที่ต้องการ" };
  // A personal link: kept out of search engines and out of the Referer of links followed from it.
  return r.kind === ""
    ? { title: TITLES[""], alternates: { canonical: "/alerts" } }
    : { title: TITLES[r.kind], robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function AlertsPage({ params, searchParams }: Props) {
  const r = route((await params).rest);
  if (!r) notFound();
  const raw = (await searchParams).result;
  const result = typeof raw === "string" ? raw : undefined;
  const heading = <h1 className="text-2xl font-bold text-brand-900">{TITLES[r.kind]}</h1>;

  if (r.kind === "confirm") {
    const wish = r.token ? await pendingWish(r.token) : null;
    return (
      <>
        {heading}
        {wish && r.token ? (
          <ConfirmForm token={r.token} wish={wish} />
        ) : (
          <>
            <ResultNotice result="link" />
            <p className="mt-4">
              <Link href="/alerts" className="text-brand-700 underline">
                สมัครรับข่าวทางอีเมลใหม่
              </Link>
            </p>
          </>
        )}
      </>
    );
  }
  if (r.kind === "manage") {
    const sub = r.token ? await subscriptionOf(r.token) : null;
    if (!sub) notFound();
    return (
      <>
        {heading}
        <ResultNotice result={result} />
        <ManageForms sub={sub} />
      </>
    );
  }
  return (
    <>
      {heading}
      <ResultNotice result={result} />
      {alertsEnabled() ? (
        <SubscribeForm open idPrefix="alerts-page" />
      ) : (
        <p className="mt-4">ขณะนี้เว็บไซต์นี้ยังไม่เปิดรับข่าวทางอีเมล ติดตามข่าวได้จากหน้าเว็บและฟีดข่าว RSS</p>
      )}
    </>
  );
}
