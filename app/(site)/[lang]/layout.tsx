import { notFound } from "next/navigation";
import { HtmlDocument } from "@/app/html-document";
import { isSiteLang } from "@/lib/i18n/langs";

// The public pages in one language: /… is Thai, /en/… English (proxy.ts puts the language in
// front of the office). Rendered on first request, then kept per language and office.
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

export default async function LangLayout({ children, params }: Props) {
  const { lang } = await params;
  if (!isSiteLang(lang)) notFound();
  return <HtmlDocument lang={lang}>{children}</HtmlDocument>;
}
