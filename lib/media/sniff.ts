import { fileTypeFromBuffer } from "file-type";
import { ACCEPT_TEXT } from "./accept";
import { cfbKind, isCfb } from "./cfb";
import { checkVtt, isMp4, isWebm } from "./sniff-video";
import type { UploadUse } from "./types";

// The type of an upload is decided by its bytes only. The name and the browser's Content-Type are
// whatever the sender chose; the name is used solely to word the refusal ("this is not a real PDF").

export type FileTypeInfo = { ext: string; mime: string; label: string; image: boolean };

const TYPES = {
  pdf: { ext: "pdf", mime: "application/pdf", label: "PDF", image: false },
  docx: {
    ext: "docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    image: false,
  },
  doc: { ext: "doc", mime: "application/msword", label: "Word", image: false },
  xlsx: {
    ext: "xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel",
    image: false,
  },
  xls: { ext: "xls", mime: "application/vnd.ms-excel", label: "Excel", image: false },
  odt: { ext: "odt", mime: "application/vnd.oasis.opendocument.text", label: "ODT", image: false },
  ods: { ext: "ods", mime: "application/vnd.oasis.opendocument.spreadsheet", label: "ODS", image: false },
  png: { ext: "png", mime: "image/png", label: "PNG", image: true },
  jpg: { ext: "jpg", mime: "image/jpeg", label: "JPEG", image: true },
  webp: { ext: "webp", mime: "image/webp", label: "WebP", image: true },
  mp4: { ext: "mp4", mime: "video/mp4", label: "วิดีโอ MP4", image: false },
  webm: { ext: "webm", mime: "video/webm", label: "วิดีโอ WebM", image: false },
  vtt: { ext: "vtt", mime: "text/vtt", label: "คำบรรยาย WebVTT", image: false },
} as const satisfies Record<string, FileTypeInfo>;

type Known = keyof typeof TYPES;

export const ALLOWED: Record<UploadUse, readonly Known[]> = {
  attachment: ["pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "png", "jpg", "webp"],
  image: ["png", "jpg", "webp"],
  video: ["mp4", "webm"],
  captions: ["vtt"],
};

// Decided by sniff-video.ts alone: file-type's wider answers for these never count.
const OWN_CHECK = new Set<Known>(["mp4", "webm", "vtt"]);

export type SniffResult = { ok: true; type: FileTypeInfo } | { ok: false; reason: string };

/** What the content really is, in words for the refusal message. */
type Found = { known: Known } | { other: string };

const EXECUTABLE_EXTS = new Set([
  "exe",
  "elf",
  "macho",
  "dex",
  "apk",
  "jar",
  "class",
  "wasm",
  "xpi",
  "crx",
  "deb",
  "rpm",
  "msi",
  "dmg",
  "cab",
  "lnk",
]);

export async function sniffUpload(bytes: Uint8Array, use: UploadUse, claimedName = ""): Promise<SniffResult> {
  const found = await identify(bytes);
  if ("known" in found) {
    const type = TYPES[found.known];
    if (ALLOWED[use].includes(found.known)) return { ok: true, type };
    return { ok: false, reason: `ใช้ไฟล์ ${type.label} ที่นี่ไม่ได้ รับเฉพาะ${ACCEPT_TEXT[use]}` };
  }
  const claimed = claimedLabel(claimedName);
  const head = claimed ? `ไฟล์นี้ไม่ใช่ ${claimed} จริง` : "ไม่รับไฟล์ชนิดนี้";
  const hint = use === "captions" ? " ซึ่งเป็นข้อความ UTF-8 ที่บรรทัดแรกขึ้นต้นด้วยคำว่า WEBVTT" : "";
  return { ok: false, reason: `${head} (เนื้อหาเป็น${found.other}) รับเฉพาะ${ACCEPT_TEXT[use]}${hint}` };
}

async function identify(bytes: Uint8Array): Promise<Found> {
  if (bytes.length === 0) return { other: "ไฟล์ว่างเปล่า" };
  if (isMp4(bytes)) return { known: "mp4" };
  if (isWebm(bytes)) return { known: "webm" };
  const vtt = checkVtt(bytes);
  if (vtt === "vtt") return { known: "vtt" };
  if (vtt === "not-utf8") return { other: "ข้อความ WebVTT ที่ไม่ได้เข้ารหัสแบบ UTF-8" };
  if (looksExecutable(bytes)) return { other: "ไฟล์โปรแกรม" };
  if (isCfb(bytes)) {
    const kind = cfbKind(bytes);
    if (kind === "doc" || kind === "xls") return { known: kind };
    return { other: "ไฟล์ชนิด Compound File ที่ไม่ใช่เอกสาร Word หรือ Excel" };
  }
  const ft = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const known = ft && (Object.keys(TYPES) as Known[]).find((k) => TYPES[k].mime === ft.mime && !OWN_CHECK.has(k));
  if (known) return { known };
  // Before file-type's own answer, which calls an SVG "XML" and so hides why it is dangerous.
  const markup = markupKind(bytes);
  if (markup) return { other: markup };
  if (!ft) return { other: isText(bytes) ? "ข้อความธรรมดา" : "ข้อมูลชนิดที่ระบบไม่รู้จัก" };
  if (EXECUTABLE_EXTS.has(ft.ext)) return { other: "ไฟล์โปรแกรม" };
  if (ft.ext === "zip") return { other: "ไฟล์บีบอัด ZIP ที่ไม่ใช่เอกสาร Office" };
  if (/macroenabled/i.test(ft.mime)) return { other: "เอกสาร Office ที่มีมาโคร" };
  return { other: `ไฟล์ ${ft.ext.toUpperCase()}` };
}

/** Windows (MZ), Linux (ELF), macOS (Mach-O) programs and scripts with a #! line. */
function looksExecutable(b: Uint8Array): boolean {
  const at = (i: number) => b[i] ?? -1;
  if (at(0) === 0x4d && at(1) === 0x5a) return true;
  if (at(0) === 0x7f && at(1) === 0x45 && at(2) === 0x4c && at(3) === 0x46) return true;
  if (at(0) === 0x23 && at(1) === 0x21) return true;
  const magic = ((at(0) << 24) | (at(1) << 16) | (at(2) << 8) | at(3)) >>> 0;
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
}

/**
 * Browsers run script in HTML and SVG, and an XML file can become either; none of them is ever
 * accepted, whatever it is called. Checks the start of the text, after a BOM and white space.
 */
function markupKind(b: Uint8Array): string | null {
  const text = Buffer.from(b.subarray(0, 4096))
    .toString("latin1")
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, "")
    .replace(/\0/g, "");
  const lower = text.toLowerCase();
  if (/<svg[\s>/]/.test(lower)) return "ภาพ SVG ซึ่งมีสคริปต์ได้";
  if (/<(!doctype\s+html|html|head|body|script|iframe|object|embed|meta|style|a\s|img|div|title)[\s>/]/.test(lower))
    return "หน้าเว็บ (HTML) ซึ่งมีสคริปต์ได้";
  if (/^\s*<(\?xml|!--|!doctype)/.test(lower)) return "เอกสาร XML";
  return null;
}

/** UTF-8 text without NUL bytes (the first 4 KB; a character cut at the end is allowed). */
function isText(b: Uint8Array): boolean {
  const head = b.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head);
  return !text.slice(0, -1).includes("\ufffd");
}

const CLAIMED: Record<string, string> = {
  pdf: "PDF",
  docx: "Word",
  doc: "Word",
  xlsx: "Excel",
  xls: "Excel",
  odt: "ODT",
  ods: "ODS",
  png: "ภาพ PNG",
  jpg: "ภาพ JPEG",
  jpeg: "ภาพ JPEG",
  webp: "ภาพ WebP",
  mp4: "วิดีโอ MP4",
  m4v: "วิดีโอ MP4",
  webm: "วิดีโอ WebM",
  vtt: "ไฟล์คำบรรยาย WebVTT",
};

function claimedLabel(name: string): string | null {
  const ext = /\.([a-z0-9]{1,5})\s*$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && CLAIMED[ext]) || null;
}
