import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { contentDisposition, countDownload, findStoredFile } from "@/lib/media/files";
import { parseId } from "@/lib/posts/url";

// Public files: /files/{id}/{name}. The address rests on the id, so a replaced file keeps it;
// the name part is only for people and is ignored.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseId((await params).id);
  const file = id === null ? null : await findStoredFile(id);
  const info = file ? await stat(file.absolutePath).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    return new Response("ไม่พบไฟล์ที่ต้องการ", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  // PDFs and images open in the browser; office documents download.
  const inline = file.kind === "IMAGE" || file.mimeType === "application/pdf" || file.mimeType.startsWith("image/");
  headers.set("Content-Disposition", contentDisposition(inline ? "inline" : "attachment", file.fileName));
  if (file.kind === "IMAGE") {
    // Short-lived, then revalidated by checksum: a replaced cover shows within minutes, and an
    // unchanged one costs a 304 instead of the whole picture.
    const etag = `"${file.sha256}"`;
    headers.set("ETag", etag);
    headers.set("Cache-Control", "public, max-age=300");
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  } else {
    // Each request of an attachment counts as a download, so none may be cached.
    headers.set("Cache-Control", "no-store");
    await countDownload(id!);
  }
  headers.set("Content-Length", String(info.size));
  const body = Readable.toWeb(createReadStream(file.absolutePath)) as ReadableStream;
  return new Response(body, { headers });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
}
