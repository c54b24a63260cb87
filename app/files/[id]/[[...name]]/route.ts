import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { contentDisposition, countDownload, findStoredFile } from "@/lib/media/files";
import { parseId } from "@/lib/posts/url";

// Public files: /files/{id}/{name}. The address rests on the id, so a replaced file keeps it;
// the name part is only for people and is ignored.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseId((await params).id);
  const file = id === null ? null : await findStoredFile(id);
  const info = file ? await stat(file.absolutePath).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    return new Response("ไม่พบไฟล์ที่ต้องการ", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(info.size),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  if (file.kind === "IMAGE") {
    headers.set("Content-Disposition", contentDisposition("inline", file.fileName));
    headers.set("Cache-Control", "public, max-age=3600");
  } else {
    // PDFs open in the browser; office documents download. Each request counts as a download.
    headers.set("Content-Disposition", contentDisposition(file.mimeType === "application/pdf" ? "inline" : "attachment", file.fileName));
    headers.set("Cache-Control", "no-store");
    await countDownload(id!);
  }
  const body = Readable.toWeb(createReadStream(file.absolutePath)) as ReadableStream;
  return new Response(body, { headers });
}
