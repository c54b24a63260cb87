import type { UploadedAsset, UploadUse } from "@/lib/media/types";

// One upload through XMLHttpRequest: fetch() still cannot report upload progress. A dropped
// connection is retried with the same idempotency key, so an upload the server stored before the
// answer was lost comes back as the same file instead of a second copy.

export type UploadOutcome = { ok: true; asset: UploadedAsset } | { ok: false; error: string };

const RETRIES = 2;
const DROPPED = "การเชื่อมต่อขาดระหว่างอัปโหลด โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง";

/** A fresh key for one chosen file (crypto.randomUUID needs https; getRandomValues does not). */
export function newUploadKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

type Options = {
  file: File;
  use: UploadUse;
  replaceAssetId?: number;
  /** Idempotency key of this chosen file; made here when not given. */
  uploadKey?: string;
  onProgress(fraction: number): void;
  signal?: AbortSignal;
};

export async function uploadFile(opts: Options): Promise<UploadOutcome> {
  const key = opts.uploadKey ?? newUploadKey();
  for (let attempt = 0; ; attempt++) {
    const outcome = await sendOnce(opts, key);
    if (outcome !== "dropped") return outcome;
    if (attempt >= RETRIES || opts.signal?.aborted) return { ok: false, error: DROPPED };
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
}

function sendOnce(opts: Options, key: string): Promise<UploadOutcome | "dropped"> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const url = opts.replaceAssetId ? `/api/admin/uploads/${opts.replaceAssetId}` : "/api/admin/uploads";
    xhr.open("POST", url);
    xhr.responseType = "json";
    // A replacement has no key: sending the same content again leaves the same content.
    if (!opts.replaceAssetId) xhr.setRequestHeader("Idempotency-Key", key);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { asset?: UploadedAsset; error?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.asset) return resolve({ ok: true, asset: body.asset });
      // A proxy in front answering for a server that restarted: worth another try.
      if ((xhr.status === 502 || xhr.status === 503 || xhr.status === 504) && !body?.error) return resolve("dropped");
      resolve({ ok: false, error: body?.error ?? failureText(xhr.status) });
    };
    xhr.onerror = () => resolve("dropped");
    xhr.onabort = () => resolve({ ok: false, error: "ยกเลิกการอัปโหลดแล้ว" });
    opts.signal?.addEventListener("abort", () => xhr.abort());

    const form = new FormData();
    form.append("use", opts.use);
    form.append("file", opts.file);
    xhr.send(form);
  });
}

function failureText(status: number): string {
  if (status === 401) return "หมดเวลาการเข้าสู่ระบบ โปรดเข้าสู่ระบบใหม่ในแท็บอื่น แล้วอัปโหลดอีกครั้ง";
  if (status === 413) return "ไฟล์ใหญ่เกินกว่าที่ระบบรับได้";
  return `อัปโหลดไม่สำเร็จ (รหัส ${status}) โปรดลองอีกครั้ง หากยังไม่ได้ โปรดแจ้งผู้ดูแลระบบ`;
}
