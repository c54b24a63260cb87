import { createHash } from "node:crypto";
import { ImageError, processImage } from "./image";
import { cleanDisplayName } from "./names";
import { sniffUpload } from "./sniff";
import type { UploadUse } from "./types";

// Everything decided about an upload before anything is written: type by content, size, the
// bytes to store (images re-encoded), the display name and the checksum.

export type UploadStatus = 404 | 413 | 415 | 422;

/** A refused upload: an HTTP status for the route and a Thai reason for the person. */
export class UploadError extends Error {
  constructor(
    readonly status: UploadStatus,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export type PreparedUpload = {
  bytes: Buffer;
  fileName: string;
  mimeType: string;
  ext: string;
  width: number | null;
  height: number | null;
  sha256: string;
};

export function tooLargeMessage(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  return `ไฟล์ใหญ่เกินไป รับได้ไม่เกิน ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB ต่อไฟล์`;
}

export async function prepareUpload(
  bytes: Uint8Array,
  originalName: string,
  use: UploadUse,
  maxBytes: number,
): Promise<PreparedUpload> {
  if (bytes.length > maxBytes) throw new UploadError(413, tooLargeMessage(maxBytes));
  if (bytes.length === 0) throw new UploadError(422, "ไฟล์ว่างเปล่า โปรดเลือกไฟล์ที่มีเนื้อหา");
  const sniffed = await sniffUpload(bytes, use, originalName);
  if (!sniffed.ok) throw new UploadError(415, sniffed.reason);
  const type = sniffed.type;

  let stored: Buffer = Buffer.from(bytes);
  let width: number | null = null;
  let height: number | null = null;
  if (type.image) {
    try {
      const image = await processImage(bytes, type, use === "image");
      ({ width, height } = image);
      stored = image.bytes;
    } catch (e) {
      if (e instanceof ImageError) throw new UploadError(422, e.message);
      throw e;
    }
  }
  return {
    bytes: stored,
    fileName: cleanDisplayName(originalName, type.ext),
    mimeType: type.mime,
    ext: type.ext,
    width,
    height,
    sha256: createHash("sha256").update(stored).digest("hex"),
  };
}
