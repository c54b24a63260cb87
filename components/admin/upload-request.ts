import type { UploadedAsset, UploadUse } from "@/lib/media/types";

// One upload through XMLHttpRequest: fetch() still cannot report upload progress.

export type UploadOutcome = { ok: true; asset: UploadedAsset } | { ok: false; error: string };

export function uploadFile(opts: {
  file: File;
  use: UploadUse;
  replaceAssetId?: number;
  onProgress(fraction: number): void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const url = opts.replaceAssetId ? `/api/admin/uploads/${opts.replaceAssetId}` : "/api/admin/uploads";
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { asset?: UploadedAsset; error?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.asset) return resolve({ ok: true, asset: body.asset });
      resolve({ ok: false, error: body?.error ?? failureText(xhr.status) });
    };
    xhr.onerror = () => resolve({ ok: false, error: "การเชื่อมต่อขาดระหว่างอัปโหลด โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง" });
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
