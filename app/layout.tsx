import type { Metadata, Viewport } from "next";
import { sarabunLatin, sarabunThai } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด", template: "%s" },
  description: "ข่าวสาร ประกาศ และปฏิทินกิจกรรมของสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#25245f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="th" className={`${sarabunLatin.variable} ${sarabunThai.variable}`}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
