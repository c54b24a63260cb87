import Link from "next/link";
import { HtmlDocument } from "@/app/html-document";

// Outside the public layout (the site's own 404 lives in app/(site)/[lang]/[office]/not-found.tsx),
// so it is a document of its own.
export default function RootNotFound() {
  return (
    <HtmlDocument lang="th">
      <main className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">ไม่พบหน้าที่ต้องการ</h1>
        <p className="mt-4">
          <Link href="/" className="underline">
            กลับหน้าแรก
          </Link>
        </p>
      </main>
    </HtmlDocument>
  );
}
