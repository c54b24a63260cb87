// CSV reading for the results import: bytes → text → records, following RFC 4180 (comma
// separated, fields in double quotes may hold commas, quotes written as "" and line breaks; lines
// end in CRLF or LF). UTF-8 only, with or without the byte-order mark Excel writes ("CSV UTF-8");
// a file in another encoding (Excel's Thai "ANSI" = TIS-620/Windows-874) is refused with a hint
// instead of being read as mojibake. Each record keeps the line it starts on, for error reports.

export type CsvRecord = { line: number; fields: string[] };
export type CsvError = { line: number; column?: string; message: string };

// Well under Next's 1 MB server-action body limit (a province's results are ~10 kB); the import
// page checks a chosen file against it before sending.
export const MAX_CSV_BYTES = 512 * 1024;

export const TOO_LARGE = `ไฟล์ใหญ่เกิน ${MAX_CSV_BYTES / 1024} KB โปรดแบ่งเป็นหลายไฟล์`;

export function decodeCsv(bytes: Uint8Array): { text: string } | { error: CsvError } {
  if (bytes.byteLength > MAX_CSV_BYTES) {
    return { error: { line: 0, message: TOO_LARGE } };
  }
  try {
    return { text: stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return {
      error: {
        line: 0,
        message: "อ่านไฟล์ไม่ได้: ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (ใน Excel ให้เลือกบันทึกเป็น “CSV UTF-8 (Comma delimited)”)",
      },
    };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Records of the text; blank lines (and rows of empty fields) are skipped. */
export function parseCsv(input: string): { records: CsvRecord[]; errors: CsvError[] } {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let i = 0;
  let broken = false;

  const endRecord = () => {
    fields.push(field);
    if (!broken && fields.some((f) => f.trim() !== "")) records.push({ line: start, fields });
    fields = [];
    field = "";
    broken = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field.trim() === "") {
      // A quoted field: read to the closing quote.
      field = "";
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          errors.push({ line: opened, message: 'มีเครื่องหมาย " เปิดไว้แต่ไม่ได้ปิด จนถึงท้ายไฟล์' });
          return { records, errors };
        }
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      // Only spaces may follow the closing quote before the next comma or line end.
      while (text[i] === " " || text[i] === "\t") i++;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        if (!broken)
          errors.push({ line, message: 'มีข้อความต่อท้ายเครื่องหมาย " ที่ปิดช่องข้อมูล (ช่องที่มีเครื่องหมายคำพูดต้องครอบทั้งช่อง)' });
        broken = true;
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
      }
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      start = line;
    } else {
      if (ch === '"' && !broken) {
        errors.push({
          line,
          message: 'มีเครื่องหมาย " อยู่กลางช่องข้อมูล: ช่องที่มีเครื่องหมายคำพูดต้องครอบทั้งช่องด้วย "…" และเขียน " ข้างในเป็น ""',
        });
        broken = true;
      }
      field += ch;
      i++;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records, errors };
}

/** One CSV field, quoted when it must be (for writing files). */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) || s.trim() !== s ? `"${s.replaceAll('"', '""')}"` : s;
}
