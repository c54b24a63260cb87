"use client";

import { useId, useState } from "react";
import { FileUpload } from "@/components/admin/media/file-upload";
import type { UploadedAsset, UploadUse } from "@/lib/media/types";
import { formatFileSize, typeLabel } from "@/lib/posts/view";
import { moveItem, type PickedAsset } from "./asset-item";
import { errorId, fieldDomId, FieldError } from "../forms/field-error";

type Props = {
  /** A one-file field (submitted as a number) or galleryIds / attachmentIds (JSON arrays). */
  name:
    "coverId" | "galleryIds" | "attachmentIds" | "photoId" | "fileId" | "videoId" | "videoPosterId" | "videoCaptionsId";
  label: string;
  hint?: string;
  use: UploadUse;
  multiple: boolean;
  defaultItems: PickedAsset[];
  errors?: string[];
  onChange?: () => void;
  /** The server's upload limit, so a too-large file is refused before it is sent. */
  maxBytes?: number;
};

export function AssetPicker({ name, label, hint, use, multiple, defaultItems, errors, onChange, maxBytes }: Props) {
  const [items, setItemState] = useState(defaultItems);
  const setItems: typeof setItemState = (next) => {
    setItemState(next);
    onChange?.();
  };
  const [announce, setAnnounce] = useState("");
  const groupId = useId();
  const hintId = useId();
  const value = multiple ? JSON.stringify(items.map((a) => a.id)) : (items[0]?.id.toString() ?? "");
  const describedBy =
    [hint ? hintId : null, errors?.length ? errorId(name) : null].filter(Boolean).join(" ") || undefined;

  function added(asset: UploadedAsset) {
    const item = toPicked(asset);
    setItems((prev) => (multiple ? [...prev.filter((a) => a.id !== item.id), item] : [item]));
    setAnnounce(`เพิ่ม ${item.fileName} แล้ว`);
  }
  function move(index: number, by: number) {
    const item = items[index];
    setItems(moveItem(items, index, by));
    if (item) setAnnounce(`ย้าย ${item.fileName} ไปลำดับที่ ${index + by + 1}`);
  }
  function remove(index: number) {
    const item = items[index];
    setItems(items.filter((_, i) => i !== index));
    if (item) setAnnounce(`นำ ${item.fileName} ออกแล้ว`);
  }

  return (
    <fieldset id={fieldDomId(name)} aria-describedby={describedBy} className="rounded-md border border-slate-300 p-3">
      <legend id={groupId} className="px-1 font-bold">
        {label}
      </legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {items.length > 0 ? (
        <ol aria-labelledby={groupId} className="my-2 space-y-2">
          {items.map((a, i) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-white p-2">
              {a.isImage ? (
                // eslint-disable-next-line @next/next/no-img-element -- staff-only thumbnail
                <img src={a.src} alt="" className="h-14 w-20 rounded object-cover" />
              ) : (
                <span
                  aria-hidden="true"
                  className="grid h-14 w-12 place-items-center rounded bg-slate-100 text-xs font-bold"
                >
                  {typeLabel(a.mimeType)}
                </span>
              )}
              <span className="min-w-0 flex-1 break-words">
                <a href={a.src} target="_blank" rel="noopener" className="text-brand-800 underline">
                  {a.fileName}
                </a>
                <span className="block text-sm text-slate-600">
                  {typeLabel(a.mimeType)} · {formatFileSize(a.size)}
                </span>
              </span>
              <span className="flex gap-1">
                {multiple && (
                  <>
                    <SmallButton label={`เลื่อน ${a.fileName} ขึ้น`} disabled={i === 0} onClick={() => move(i, -1)}>
                      ↑
                    </SmallButton>
                    <SmallButton
                      label={`เลื่อน ${a.fileName} ลง`}
                      disabled={i === items.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </SmallButton>
                  </>
                )}
                {/* The name starts with the visible word (WCAG 2.5.3, label in name). */}
                <SmallButton label={`นำออก: ${a.fileName}`} onClick={() => remove(i)}>
                  นำออก
                </SmallButton>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="my-2 text-slate-600">ยังไม่มีไฟล์</p>
      )}
      <FileUpload
        use={use}
        label={multiple || items.length === 0 ? `อัปโหลด${label}` : `เปลี่ยน${label}`}
        multiple={multiple}
        maxBytes={maxBytes}
        onUploaded={added}
      />
      <input type="hidden" name={name} value={value} />
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <FieldError field={name} errors={errors} />
    </fieldset>
  );
}

function SmallButton(props: { label: string; disabled?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      className="min-h-10 min-w-10 rounded px-2 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-40"
    >
      {props.children}
    </button>
  );
}

function toPicked(a: UploadedAsset): PickedAsset {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    src: a.href,
    isImage: a.kind === "image",
  };
}
