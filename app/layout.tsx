import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/http/absolute";
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

// The document itself (<html lang>) is each part's own (app/html-document.tsx): the
// public pages are Thai or English by their address (app/(site)/[lang]), the rest Thai.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
