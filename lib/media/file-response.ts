import { timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/session";
import { fileHref, parseFileSegment } from "./address";
import { contentInDatabase, fillLocalCopy } from "./content";
import { noteDownload } from "./downloads";
import { contentDisposition, findStoredFile, type StoredFile } from "./files";
import { rangeOf } from "./range";
import { isPublicAsset } from "./visibility";

// The answer to GET/HEAD /files/{id}-{token}/{name} (and the old /files/{id}/{name}).
//
// - A file published content uses (lib/media/visibility.ts) is answered to anyone at its token
//   address, `Cache-Control: public, no-cache` with its checksum as ETag: browsers and shared
//   caches may keep it but must ask again on every use (a cheap 304), so withdrawing a post stops
//   its files at once, cached copies included.
// - Its old id address, when it had one (files stored before tokens), redirects there (308).
// - Signed-in staff get every file, `private, no-store`.
// - Everything else is the same 404 as an id that never existed.

const NOT_FOUND_HTML =
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ไม่พบไฟล์ที่ต้องการ</title></head>' +
  '<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>ไม่พบไฟล์ที่ต้องการ</h1>' +
  '<p>ไฟล์นี้อาจถูกนำออกจากเว็บไซต์แล้ว หรือที่อยู่ไม่ถูกต้อง</p><p><a href="/">กลับหน้าแรก</a></p></body></html>';

const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export function fileNotFound(): Response {
  return new Response(NOT_FOUND_HTML, {
    status: 404,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_CSP,
      "X-Robots-Tag": "noindex",
    },
  });
}

export async function answerFile(request: Request, segment: string): Promise<Response> {
  const head = request.method === "HEAD";
  const address = parseFileSegment(segment);
  const file = address ? await findStoredFile(address.id) : null;
  if (!address || !file) return fileNotFound();
  if (address.token !== null && !sameToken(address.token, file.token)) return fileNotFound();
  const info = await localFile(file);
  if (!info) return fileNotFound();

  // Asked at most once, and only when the answer depends on it.
  let staff: Promise<boolean> | undefined;
  const isStaff = () =>
    (staff ??= getCurrentUser().then(
      (u) => u !== null,
      () => false,
    ));

  if (await isPublicAsset(file.id)) {
    if (address.token === null) {
      if (file.legacyAddress) return redirectToToken(file);
      return (await isStaff()) ? privateAnswer(request, file, info.size, head) : fileNotFound();
    }
    return publicAnswer(request, file, info.size, head, isStaff);
  }
  return (await isStaff()) ? privateAnswer(request, file, info.size, head) : fileNotFound();
}

/**
 * The file's size, from this instance's disk (first copied from the database when files are kept
 * there), or from memory when the disk could not take the copy (then `file.bytes` holds it).
 */
async function localFile(file: StoredFile): Promise<{ size: number } | null> {
  const here = await stat(file.absolutePath).catch(() => null);
  if (here?.isFile()) return here;
  if (!contentInDatabase()) return null;
  const filled = await fillLocalCopy(file.storagePath, file.absolutePath);
  if (filled instanceof Uint8Array) {
    file.bytes = filled;
    return { size: filled.length };
  }
  if (filled !== "copied") return null;
  const copied = await stat(file.absolutePath).catch(() => null);
  return copied?.isFile() ? copied : null;
}

function sameToken(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

function redirectToToken(file: StoredFile): Response {
  return new Response(null, {
    status: 308,
    headers: { Location: fileHref(file), "Cache-Control": "public, no-cache" },
  });
}

function baseHeaders(file: StoredFile): Headers {
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": FILE_CSP,
    ETag: `"${file.sha256}"`,
  });
  // PDFs and images open in the browser; office documents download.
  const inline = file.kind === "IMAGE" || file.mimeType === "application/pdf" || file.mimeType.startsWith("image/");
  headers.set("Content-Disposition", contentDisposition(inline ? "inline" : "attachment", file.fileName));
  return headers;
}

async function publicAnswer(
  request: Request,
  file: StoredFile,
  size: number,
  head: boolean,
  isStaff: () => Promise<boolean>,
): Promise<Response> {
  const headers = baseHeaders(file);
  headers.set("Cache-Control", "public, no-cache");
  if (file.kind === "FILE" && !head && !isRangeContinuation(request) && !(await isStaff()))
    void noteDownload(file.id, request.headers);
  if (matchesEtag(request.headers.get("if-none-match"), `"${file.sha256}"`))
    return new Response(null, { status: 304, headers });
  return body(request, file, size, head, headers);
}

function privateAnswer(request: Request, file: StoredFile, size: number, head: boolean): Response {
  const headers = baseHeaders(file);
  headers.set("Cache-Control", "private, no-store");
  return body(request, file, size, head, headers);
}

/** The whole file, or the one byte range asked for (206; 416 when there is no such range). */
function body(request: Request, file: StoredFile, size: number, head: boolean, headers: Headers): Response {
  headers.set("Accept-Ranges", "bytes");
  const range = rangeOf(request.headers.get("range"), size, `"${file.sha256}"`, request.headers.get("if-range"));
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    headers.delete("Content-Disposition");
    return new Response(null, { status: 416, headers });
  }
  const part = range.kind === "part" ? { start: range.start, end: range.end } : undefined;
  headers.set("Content-Length", String(part ? part.end - part.start + 1 : size));
  if (part) {
    headers.set("Content-Range", `bytes ${part.start}-${part.end}/${size}`);
    // A part is bytes of the file as stored: no compression may be put on it on the way.
    headers.set("Cache-Control", `${headers.get("Cache-Control")}, no-transform`);
  }
  const status = part ? 206 : 200;
  if (head) return new Response(null, { status, headers });
  if (file.bytes) {
    const bytes = part ? file.bytes.subarray(part.start, part.end + 1) : file.bytes;
    return new Response(Uint8Array.from(bytes), { status, headers });
  }
  const stream = createReadStream(file.absolutePath, part);
  return new Response(Readable.toWeb(stream) as ReadableStream, { status, headers });
}

/** A request for a later part of the file (a PDF viewer fetching pages), not a new download. */
function isRangeContinuation(request: Request): boolean {
  const range = request.headers.get("range");
  return range !== null && !/^bytes=0-/i.test(range.trim());
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
}
