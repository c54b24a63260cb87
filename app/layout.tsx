import type { Metadata, Viewport } from "next";
import { DISPLAY_BOOT_SCRIPT } from "@/lib/display/reader-choices";
import { siteUrl } from "@/lib/http/absolute";
import { sarabunLatin, sarabunThai } from "./fonts";
import "./globals.css";

// metadataBase makes every canonical and preview address absolute (SITE_URL).
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด", template: "%s" },
    description: "ข่าวสาร ประกาศ และปฏิทินกิจกรรมของสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#25245f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="th" className={`${sarabunLatin.variable} ${sarabunThai.variable}`} suppressHydrationWarning>
      <head>
        {/* Applies the reader's text size and contrast before the first paint (lib/display). */}
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
