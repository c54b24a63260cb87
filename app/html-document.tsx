import { DISPLAY_BOOT_SCRIPT } from "@/lib/display/reader-choices";
import { sarabunLatin, sarabunThai } from "./fonts";

/**
 * The document around every page: its language, Sarabun and the reader's display choices. Each
 * part of the site (public pages in Thai or English, the staff area, the static pages, the 404)
 * renders it in its own root layout, so `<html lang>` names the language the page is in.
 */
export function HtmlDocument({ lang, children }: { lang: "th" | "en"; children: React.ReactNode }) {
  return (
    <html lang={lang} className={`${sarabunLatin.variable} ${sarabunThai.variable}`} suppressHydrationWarning>
      <head>
        {/* Applies the reader's text size and contrast before the first paint (lib/display). */}
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
