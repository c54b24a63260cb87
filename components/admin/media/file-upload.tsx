"use client";

import { useId, useRef, useState } from "react";
import { ACCEPT_ATTR, ACCEPT_TEXT } from "@/lib/media/accept";
import type { UploadedAsset, UploadUse } from "@/lib/media/types";
import { newUploadKey, uploadFile } from "./send-upload";

type Props = {
  use: UploadUse;
  /** The button's text, e.g. "อัปโหลดเอกสารแนบ". */
  label: string;
  multiple?: boolean;
  onUploaded(asset: UploadedAsset): void;
  /** Replace this asset's content instead of adding a new one (same public address). */
  replaceAssetId?: number;
  /** The server's limit (env().maxUploadBytes), to refuse a too-large file before sending it. */
  maxBytes?: number;
};

type Busy = { name: string; index: number; count: number; percent: number };

// A button that opens the file picker (or takes dropped files), uploads each file with real
// progress, and says plainly why the server refused one. The input has no `name`, so the post
// form around it never submits the file itself, only the ids the pickers keep.
export function FileUpload({ use, label, multiple = false, onUploaded, replaceAssetId, maxBytes }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const hintId = useId();
  const errorId = useId();
  const many = multiple && !replaceAssetId;

  async function send(files: File[]) {
    if (busy || files.length === 0) return;
    const list = many ? files : files.slice(0, 1);
    const failed: string[] = [];
    let done = 0;
    setErrors([]);
    for (const [index, file] of list.entries()) {
      setBusy({ name: file.name, index, count: list.length, percent: 0 });
      setStatus(`กำลังอัปโหลด ${file.name}`);
      if (maxBytes && file.size > maxBytes) {
        failed.push(`${file.name}: ไฟล์ใหญ่เกินไป รับได้ไม่เกิน ${formatMb(maxBytes)} MB ต่อไฟล์`);
        continue;
      }
      const outcome = await uploadFile({
        file,
        use,
        replaceAssetId,
        uploadKey: keyOf(file),
        onProgress: (f) => setBusy((b) => (b ? { ...b, percent: Math.min(100, Math.round(f * 100)) } : b)),
      });
      if (outcome.ok) {
        done++;
        onUploaded(outcome.asset);
      } else {
        failed.push(`${file.name}: ${outcome.error}`);
      }
    }
    setBusy(null);
    setErrors(failed);
    const verb = replaceAssetId ? "แทนที่ไฟล์" : "อัปโหลด";
    setStatus(
      done === 0 ? "" : list.length === 1 ? `${verb}เรียบร้อยแล้ว` : `${verb}เรียบร้อย ${done} จาก ${list.length} ไฟล์`,
    );
  }

  return (
    <div
      className="mt-2"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void send(Array.from(e.dataTransfer.files));
      }}
    >
      <input
        ref={input}
        type="file"
        accept={ACCEPT_ATTR[use]}
        multiple={many}
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ""; // choosing the same file again still triggers a change
          void send(files);
        }}
      />
      <button
        type="button"
        aria-disabled={busy ? true : undefined}
        aria-describedby={[hintId, errors.length ? errorId : ""].filter(Boolean).join(" ")}
        onClick={() => !busy && input.current?.click()}
        className="min-h-11 rounded-md bg-white px-4 py-2 font-bold text-brand-800 ring-1 ring-brand-600 hover:bg-brand-50 aria-disabled:opacity-60"
      >
        {label}
      </button>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        รับ{ACCEPT_TEXT[use]}
        {maxBytes ? ` ไม่เกิน ${formatMb(maxBytes)} MB ต่อไฟล์` : ""} หรือลากไฟล์มาวางที่นี่
      </p>
      {busy && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <progress
            max={100}
            value={busy.percent}
            aria-label={`อัปโหลด ${busy.name}`}
            aria-valuetext={`อัปโหลดแล้ว ${busy.percent}%`}
            className="h-3 w-48 max-w-full"
          />
          <span className="text-sm tabular-nums">
            {busy.count > 1 ? `ไฟล์ที่ ${busy.index + 1} จาก ${busy.count}: ` : ""}
            {busy.percent}%
          </span>
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-1 text-sm text-emerald-800">
        {status}
      </p>
      <div id={errorId} role="alert" aria-live="assertive">
        {errors.length > 0 && (
          <ul className="mt-1 rounded-md bg-rose-50 p-2 text-sm font-bold text-rose-900 ring-1 ring-rose-300">
            {errors.map((e, i) => (
              <li key={i}>
                <span aria-hidden="true">⚠ </span>
                {e}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

// One idempotency key per chosen file, kept while the page lives: every retry of that file
// (automatic, or dropping the same file again) is recognised by the server as the same upload.
const keys = new WeakMap<File, string>();
function keyOf(file: File): string {
  let key = keys.get(file);
  if (!key) keys.set(file, (key = newUploadKey()));
  return key;
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
