// Video and captions told apart by their bytes (sniff.ts asks here first). file-type's own answer
// is too wide for a <video> element: it calls every ISO BMFF file "video/mp4" (QuickTime, HEIC and
// AVIF pictures, M4A audio included) and every Matroska file a video. Browsers play MP4 and WebM;
// a <track> takes WebVTT only.

/** ftyp brands of MP4 video files (ISO base media, MPEG-4, H.264/AV1 and DASH profiles). */
const MP4_BRANDS = new Set([
  "isom",
  "iso2",
  "iso3",
  "iso4",
  "iso5",
  "iso6",
  "iso8",
  "iso9",
  "mp41",
  "mp42",
  "mp71",
  "avc1",
  "av01",
  "dash",
  "M4V ",
  "M4VH",
  "M4VP",
  "mmp4",
  "MSNV",
]);
/** Major brands of ISO BMFF files that are pictures, sound or QuickTime, whatever else they list. */
const NOT_MP4_VIDEO = new Set([
  "qt  ",
  "avif",
  "avis",
  "heic",
  "heix",
  "heim",
  "heis",
  "hevc",
  "hevx",
  "mif1",
  "msf1",
  "M4A ",
  "M4B ",
  "M4P ",
  "F4A ",
  "F4B ",
  "crx ",
]);

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** An ISO BMFF file whose first box is `ftyp` naming an MP4 video brand. */
export function isMp4(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 4, 8) !== "ftyp") return false;
  const size = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  if (size < 16 || size > Math.min(b.length, 4096) || size % 4 !== 0) return false;
  const major = ascii(b, 8, 12);
  if (NOT_MP4_VIDEO.has(major)) return false;
  if (MP4_BRANDS.has(major)) return true;
  for (let at = 16; at + 4 <= size; at += 4) if (MP4_BRANDS.has(ascii(b, at, at + 4))) return true;
  return false;
}

/** An EBML variable-length integer at `at`: its length in bytes and value (marker bit kept for ids). */
function vint(b: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number } | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001
  if (at + length > b.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + b[at + i]!;
  return { length, value };
}

const EBML_ID = 0x1a45dfa3;
const DOCTYPE_ID = 0x4282;

/** An EBML file (Matroska family) whose header's DocType is "webm". */
export function isWebm(b: Uint8Array): boolean {
  const id = vint(b, 0, true);
  if (!id || id.value !== EBML_ID) return false;
  const size = vint(b, id.length, false);
  if (!size) return false;
  let at = id.length + size.length;
  const end = Math.min(at + size.value, b.length, 4096);
  while (at < end) {
    const child = vint(b, at, true);
    const len = child && vint(b, at + child.length, false);
    if (!child || !len) return false;
    const data = at + child.length + len.length;
    if (child.value === DOCTYPE_ID)
      return ascii(b, data, Math.min(data + len.value, end)).replace(/\0+$/, "") === "webm";
    at = data + len.value;
  }
  return false;
}

export type VttCheck = "vtt" | "not-utf8" | "no-header";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * WebVTT (W3C): UTF-8 text that starts, after an optional byte order mark, with "WEBVTT" followed
 * by a space, a tab, a line break or nothing. "not-utf8" when the header is there but the text is
 * in another encoding (a Thai file saved as TIS-620 would show as garbage); "no-header" otherwise.
 */
export function checkVtt(b: Uint8Array): VttCheck {
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (ascii(b, start, start + 6) !== "WEBVTT") return "no-header";
  const next = b[start + 6];
  if (next !== undefined && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return "no-header";
  try {
    const text = utf8.decode(b);
    return text.includes("\0") ? "not-utf8" : "vtt";
  } catch {
    return "not-utf8";
  }
}
