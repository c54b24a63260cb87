import { env } from "@/lib/env";
import { tooLargeMessage } from "./prepare";

// Reads an upload's multipart body without ever holding more than the limit in memory: a
// declared Content-Length over it is refused before reading, and a body that keeps coming past it
// (no length, or a lying one) is cut off as soon as it crosses the line.

// Room for the multipart boundaries and the other fields around the file.
const FORM_OVERHEAD = 64 * 1024;

export type UploadForm = { file: File; fields: Record<string, string> };
export type UploadFormResult = { ok: true; form: UploadForm } | { ok: false; response: Response };

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function readUploadForm(request: Request): Promise<UploadFormResult> {
  const max = env().maxUploadBytes;
  const cap = max + FORM_OVERHEAD;
  const refuse = (status: number, error: string): UploadFormResult => ({
    ok: false,
    response: jsonError(status, error),
  });

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType))
    return refuse(422, "ส่งข้อมูลไม่ถูกรูปแบบ โปรดเลือกไฟล์แล้วกดอัปโหลดจากหน้าจัดการ");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > cap) return refuse(413, tooLargeMessage(max));

  const body = await readCapped(request, cap);
  if (body === "too-large") return refuse(413, tooLargeMessage(max));
  if (Number.isFinite(declared) && body.length < declared) {
    // Cut short on the way (a dropped connection, or a proxy buffering only part of it).
    return refuse(422, "ได้รับไฟล์ไม่ครบ การเชื่อมต่ออาจขาดระหว่างส่ง โปรดลองอีกครั้ง");
  }

  let data: FormData;
  try {
    data = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return refuse(422, "อ่านข้อมูลที่ส่งมาไม่ได้ โปรดลองอัปโหลดอีกครั้ง");
  }
  const file = data.get("file");
  if (!(file instanceof File)) return refuse(422, "ไม่พบไฟล์ โปรดเลือกไฟล์ก่อนกดอัปโหลด");
  const fields: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === "string") fields[key] = value;
  return { ok: true, form: { file, fields } };
}

async function readCapped(request: Request, cap: number): Promise<Uint8Array<ArrayBuffer> | "too-large"> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
