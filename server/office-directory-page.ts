import { officeAddress, type DirectoryOffice, type HostConfig } from "@/lib/offices/hosts";
import { escapeHtml } from "./refusal-page";

// The page for a request whose host name is no office's site (a mistyped or outdated address, or
// a name not configured yet): it says so in Thai and lists every office with its address, never
// some office's content. Static HTML, like the refusal page.

export function officeDirectoryHtml(
  offices: readonly DirectoryOffice[],
  config: HostConfig & { port?: number },
  requested: { host: string },
): string {
  const heading = "ไม่พบเว็บไซต์ของสำนักงานที่ที่อยู่นี้";
  const detail = `ที่อยู่ ${escapeHtml(requested.host || "(ไม่ระบุ)")} ไม่ใช่เว็บไซต์ของสำนักงานคณะกรรมการการเลือกตั้งแห่งใด โปรดตรวจสอบที่อยู่ หรือเลือกสำนักงานจากรายการด้านล่าง`;
  const rows = offices
    .map((o) => {
      const href = escapeHtml(officeAddress(o, config));
      return `<tr><td>${escapeHtml(o.province ?? "ส่วนกลาง")}</td><td><a href="${href}">${escapeHtml(o.nameTh)}</a></td></tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${heading} | สำนักงานคณะกรรมการการเลือกตั้ง</title>
<style>
body{margin:0;font-family:Sarabun,"TH Sarabun New",Garuda,Loma,sans-serif;font-size:1.125rem;line-height:1.6;color:#1b1a47;background:#f8fafc}
header{background:#25245f;color:#fff;padding:1rem}
main{max-width:48rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.5rem;margin:.5rem 0}
table{width:100%;border-collapse:collapse;background:#fff}
caption{text-align:left;font-weight:700;padding:.5rem 0}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e2e8f0}
a{color:#2f2e78;font-weight:700}
</style>
</head>
<body>
<header>สำนักงานคณะกรรมการการเลือกตั้ง</header>
<main id="main">
<h1>${heading}</h1>
<p>${detail}</p>
<table>
<caption>เว็บไซต์สำนักงานคณะกรรมการการเลือกตั้ง ${offices.length} แห่ง</caption>
<thead><tr><th scope="col">จังหวัด</th><th scope="col">สำนักงาน</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`;
}
