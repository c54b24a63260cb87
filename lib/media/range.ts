// Byte ranges of a stored file (RFC 9110 §14): what lets a video seek and a PDF viewer fetch a page
// without the whole file. One range per request ("bytes=0-499", "bytes=500-", "bytes=-500"); a
// list of ranges, another unit or a malformed header is ignored and the whole file is sent, as the
// RFC allows. If-Range names the version the client holds: for another version, the whole file.

export type RangeAnswer = { kind: "whole" } | { kind: "part"; start: number; end: number } | { kind: "unsatisfiable" };

const SINGLE = /^bytes=(\d{0,15})-(\d{0,15})$/i;

export function rangeOf(header: string | null, size: number, etag: string, ifRange: string | null): RangeAnswer {
  if (!header) return { kind: "whole" };
  // If-Range with a date cannot be checked strongly enough for a file answered "no-cache": only
  // the exact ETag counts.
  if (ifRange !== null && ifRange.trim() !== etag) return { kind: "whole" };
  const m = SINGLE.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return { kind: "whole" };
  if (m[1] === "") {
    // The last n bytes.
    const n = Number(m[2]);
    if (n === 0) return { kind: "unsatisfiable" };
    return size === 0 ? { kind: "unsatisfiable" } : { kind: "part", start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return { kind: "whole" }; // invalid: ignored
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}
