import { HtmlDocument } from "@/app/html-document";

// The staff area is Thai throughout.
export default function AdminDocument({ children }: { children: React.ReactNode }) {
  return <HtmlDocument lang="th">{children}</HtmlDocument>;
}
