import { safeExternalUrl } from "@/lib/http/external-url";
import type { SiteSettingsView } from "@/lib/settings/queries";
import { OnlineCounter } from "./online-counter";

const FOOTER_LINKS = [
  { href: "/about", label: "เกี่ยวกับสำนักงาน" },
  { href: "/contact", label: "ติดต่อสำนักงาน" },
  { href: "/procurement", label: "การจัดซื้อจัดจ้าง" },
  { href: "/privacy", label: "นโยบายคุ้มครองข้อมูลส่วนบุคคล" },
  { href: "/accessibility", label: "การเข้าถึงเว็บไซต์" },
  { href: "/sitemap", label: "แผนผังเว็บไซต์" },
  { href: "/offices", label: "สำนักงาน กกต. ทั่วประเทศ" },
];

export function SiteFooter({ settings }: { settings: SiteSettingsView }) {
  const social = [
    { label: "Facebook", url: safeExternalUrl(settings.facebookUrl) },
    { label: "YouTube", url: safeExternalUrl(settings.youtubeUrl) },
    { label: "LINE", url: safeExternalUrl(settings.lineUrl) },
  ].filter((s): s is { label: string; url: string } => s.url !== null);
  const map = safeExternalUrl(settings.mapUrl);

  return (
    <footer data-site-footer className="mt-12 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="text-lg font-bold">{settings.officeName}</p>
          {settings.address && <address className="not-italic">{settings.address}</address>}
          <ul className="mt-2 space-y-1">
            {settings.phone && <li>โทรศัพท์ {settings.phone}</li>}
            {settings.fax && <li>โทรสาร {settings.fax}</li>}
            {settings.email && (
              <li>
                อีเมล{" "}
                <a className="underline" href={`mailto:${settings.email}`}>
                  {settings.email}
                </a>
              </li>
            )}
            <li>สายด่วน กกต. {settings.hotline}</li>
            {map && (
              <li>
                <a className="underline" href={map} rel="noopener noreferrer">
                  แผนที่สำนักงาน
                </a>
              </li>
            )}
          </ul>
        </div>
        <div>
          {social.length > 0 && (
            <>
              <p className="font-bold">ติดตามเรา</p>
              <ul className="mt-1 space-y-1">
                {social.map((s) => (
                  <li key={s.label}>
                    <a className="underline" href={s.url} rel="noopener noreferrer">
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <OnlineCounter />
        </div>
      </div>
      <nav aria-label="เกี่ยวกับเว็บไซต์" className="border-t border-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-6 gap-y-2 px-4 py-3">
          {FOOTER_LINKS.map((l) => (
            <li key={l.href}>
              <a className="underline underline-offset-4 hover:text-gold-400" href={l.href}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="border-t border-brand-800 px-4 py-3 text-center text-sm">
        สงวนลิขสิทธิ์ {settings.copyrightStartYear} - {settings.officeName}
      </p>
    </footer>
  );
}
