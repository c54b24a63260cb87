import { ACTION_BODY_LIMIT_LABEL } from "./body-limit";
import { escapeHtml } from "@/lib/http/escape-html";
import { DATABASE_NOT_READY } from "./health";

// What the request guard answers instead of passing a request to Next: the site's own small Thai
// page for addresses a person opens, a short Thai line for machine addresses (feeds, files, /api,
// server-action calls). Static, so it needs neither the database nor Next.

export type RefusalStatus = 400 | 403 | 404 | 405 | 411 | 413 | 414 | 503;

type Text = { title: string; detail: string };

const TEXT: Record<RefusalStatus, Text> = {
  400: {
    title: "คำขอไม่ถูกต้อง",
    detail: "ที่อยู่หรือข้อมูลที่ส่งมามีรูปแบบไม่ถูกต้อง ระบบจึงไม่ได้ดำเนินการใด ๆ โปรดตรวจสอบที่อยู่แล้วลองใหม่อีกครั้ง",
  },
  403: { title: "คำขอถูกปฏิเสธ", detail: "คำขอนี้ไม่ได้ส่งมาจากหน้าเว็บไซต์นี้ จึงถูกปฏิเสธ กรุณาเปิดหน้าเว็บไซต์แล้วลองใหม่อีกครั้ง" },
  404: {
    title: "ไม่พบคำสั่งที่ต้องการ",
    detail: "หน้านี้อาจเปิดค้างไว้ตั้งแต่ก่อนระบบได้รับการปรับปรุง โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง ยังไม่มีการเปลี่ยนแปลงใด ๆ",
  },
  405: { title: "ไม่รองรับวิธีการเรียกนี้", detail: "ที่อยู่นี้เปิดอ่านได้ (GET, HEAD) และรับแบบฟอร์ม (POST) เท่านั้น" },
  411: { title: "ต้องระบุขนาดข้อมูล", detail: "คำขอที่ส่งข้อมูลมาต้องระบุขนาดของข้อมูล (Content-Length) ระบบจึงไม่ได้ดำเนินการใด ๆ" },
  413: {
    title: "ไฟล์หรือข้อมูลมีขนาดใหญ่เกินไป",
    detail: `ไฟล์หรือข้อมูลที่ส่งมามีขนาดใหญ่เกิน ${ACTION_BODY_LIMIT_LABEL} ต่อครั้ง ระบบจึงไม่ได้บันทึกสิ่งใด โปรดใช้ไฟล์ที่เล็กลงหรือแบ่งเป็นหลายไฟล์`,
  },
  414: { title: "ที่อยู่ยาวเกินไป", detail: "ที่อยู่นี้ยาวเกินกว่าที่ระบบรับได้ ไม่มีหน้าใดของเว็บไซต์ที่มีที่อยู่ยาวเช่นนี้ โปรดตรวจสอบที่อยู่อีกครั้ง" },
  // server/database-gate.ts: the staff area while the database cannot be reached.
  503: {
    title: DATABASE_NOT_READY,
    detail: "ขณะนี้ระบบติดต่อฐานข้อมูลไม่ได้ งานที่บันทึกไว้แล้วไม่สูญหาย กรุณาลองใหม่อีกครั้งในอีกสักครู่",
  },
};

/** One short line for non-page addresses. */
export function refusalPlain(status: RefusalStatus): string {
  const { title, detail } = TEXT[status];
  return `${title}: ${detail}\n`;
}

// For the static pages the server writes itself (this one, office-directory-page.ts).
export { escapeHtml };

/**
 * The page for people. `back` (the address the form was on, already checked to be a plain path)
 * adds a link back to it: after a refused form post the reader returns to the form.
 */
export function refusalHtml(status: RefusalStatus, back?: string): string {
  const { title, detail } = TEXT[status];
  const backLink = back ? `<li><a href="${escapeHtml(back)}">กลับไปที่แบบฟอร์ม</a></li>` : "";
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} (${status}) | สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด</title>
<style>
body{margin:0;font-family:Sarabun,"TH Sarabun New",Garuda,Loma,sans-serif;font-size:1.125rem;line-height:1.6;color:#1b1a47;background:#f8fafc}
header{background:#25245f;color:#fff;padding:1rem}
main{max-width:40rem;margin:0 auto;padding:3rem 1rem;text-align:center}
.code{font-size:3rem;font-weight:700;color:#2f2e78;margin:0}
h1{font-size:1.5rem;margin:.5rem 0}
ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;justify-content:center}
a{color:#2f2e78;font-weight:700}
</style>
</head>
<body>
<header>สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด</header>
<main id="main">
<p class="code" aria-hidden="true">${status}</p>
<h1>${title}</h1>
<p>${detail}</p>
<ul>${backLink}<li><a href="/">กลับหน้าแรก</a></li></ul>
</main>
</body>
</html>
`;
}
