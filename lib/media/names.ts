import { randomBytes } from "node:crypto";
import path from "node:path";
import { toBangkokParts } from "@/lib/thai-date";

// Two kinds of names. The display name is what readers see and what a download is saved as: it
// comes from the uploader, so it is cleaned, and it never touches the disk. The file on disk is
// named by the server alone (date folder + random hex + the detected extension).

export const FALLBACK_NAME = "ไฟล์แนบ";
export const MAX_NAME_LENGTH = 120;

// Windows forbids these in names; the rest of the world trips over them in shells and headers.
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
// Control and format characters: NUL, new lines, and invisible marks such as the right-to-left
// override that would let "exe.pdf" display as "fdp.exe".
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A safe display name for an upload, ending in `.${ext}` (the detected type's extension). */
export function cleanDisplayName(original: string, ext: string, maxLength = MAX_NAME_LENGTH): string {
  let name = original.normalize("NFC");
  // Only the last path part: browsers may send "C:\fakepath\x.pdf", attackers "../../x".
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  name = name.replace(INVISIBLE, " ").replace(RESERVED, " ").replace(/\s+/g, " ").trim();
  name = stripExtension(name, ext);
  name = name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  if (DEVICE_NAMES.test(name)) name = `${FALLBACK_NAME} ${name}`;
  const suffix = `.${ext}`;
  name = truncateGraphemes(name, maxLength - suffix.length).replace(/[\s.]+$/, "");
  return `${name || FALLBACK_NAME}${suffix}`;
}

/** Drops the sender's extension (one with a letter, so "ฉบับที่ 1.2" keeps its number). */
function stripExtension(name: string, ext: string): string {
  const stripped = name.replace(/\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}$/i, "").trimEnd();
  // "x.pdf.exe" detected as PDF becomes "x.pdf", not "x.pdf.pdf".
  return stripped.toLowerCase().endsWith(`.${ext}`) ? stripped.slice(0, -(ext.length + 1)) : stripped;
}

/** Cuts at a character boundary a reader sees, so a Thai vowel or tone mark is never orphaned. */
function truncateGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const { segment } of new Intl.Segmenter("th", { granularity: "grapheme" }).segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** Server-chosen relative path: YYYY/MM/<32 hex>.<ext>, the month in Bangkok time. */
export function newStoragePath(ext: string, now = new Date()): string {
  if (!/^[a-z0-9]{1,5}$/.test(ext)) throw new Error(`unexpected extension ${JSON.stringify(ext)}`);
  const { year, month } = toBangkokParts(now);
  return `${year}/${String(month).padStart(2, "0")}/${randomBytes(16).toString("hex")}.${ext}`;
}

/**
 * The absolute path of a stored file, refusing anything that would leave the uploads folder
 * (an absolute path, "..", or a path that resolves to the folder itself).
 */
export function resolveInside(root: string, relative: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (path.isAbsolute(relative) || !full.startsWith(base + path.sep)) {
    throw new Error(`path escapes the uploads folder: ${JSON.stringify(relative)}`);
  }
  return full;
}
