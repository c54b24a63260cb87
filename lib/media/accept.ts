import type { UploadUse } from "./types";

// What each upload use takes, in words for people and as the file picker's hint. Kept apart from
// sniff.ts so the browser bundle does not pull in the type detector; the server decides by content.

export const ACCEPT_TEXT: Record<UploadUse, string> = {
  attachment: "ไฟล์ PDF, Word (DOCX, DOC), Excel (XLSX, XLS), ODT, ODS และภาพ PNG, JPEG, WebP",
  image: "ภาพ PNG, JPEG หรือ WebP",
  video: "วิดีโอ MP4 หรือ WebM",
  captions: "ไฟล์คำบรรยาย WebVTT (.vtt)",
};

export const ACCEPT_ATTR: Record<UploadUse, string> = {
  attachment: ".pdf,.docx,.doc,.xlsx,.xls,.odt,.ods,.png,.jpg,.jpeg,.webp",
  image: ".png,.jpg,.jpeg,.webp",
  video: ".mp4,.m4v,.webm,video/mp4,video/webm",
  captions: ".vtt,text/vtt",
};
