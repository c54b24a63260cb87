import type { FileAsset } from "./asset-types";

// The demo's PDF documents. Page text is ASCII (standard PDF fonts have no Thai glyphs); the Thai
// title sits in the document properties.

function pdf(key: string, fileName: string, title: string, lines: string[], downloadCount: number): FileAsset {
  return { kind: "FILE", key, name: `${key}.pdf`, fileName, pdf: { title, lines }, downloadCount };
}

const DEMO = "Demonstration document generated for the website demo. Not an official record.";

const skr1 = (key: string, month: string, thaiMonth: string, downloads: number) =>
  pdf(
    key,
    `สขร1-${thaiMonth}.pdf`,
    `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${thaiMonth.replace("-", " ")} (แบบ สขร.1)`,
    [
      `Procurement summary for ${month} (form Sor Khor Ror 1)`,
      "Fiscal year B.E. 2569 (1 October 2025 - 30 September 2026)",
      "",
      "No. | Item | Budget (THB) | Method | Supplier | Reason",
      "1 | Office supplies | 18,450.00 | Specific method | Demo Supplies Ltd. | Lowest price",
      "2 | Printing of leaflets | 9,800.00 | Specific method | Demo Print Shop | Meets requirements",
      "3 | Vehicle fuel | 12,000.00 | Specific method | Demo Fuel Station | Regular supplier",
      "",
      DEMO,
    ],
    downloads,
  );

export const files: FileAsset[] = [
  pdf(
    "mou-moph-2565",
    "บันทึกข้อตกลงความร่วมมือ.pdf",
    "บันทึกข้อตกลงความร่วมมือ ระหว่างสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย กับกระทรวงสาธารณสุข",
    [
      "Memorandum of Understanding (Banthuek Khotoklong Khwam Ruam Mue)",
      "between the Office of the Election Commission, Chiang Rai Province,",
      "and the Ministry of Public Health (Chiang Rai Provincial Public Health Office)",
      "",
      "Signed on 28 April 2022 (B.E. 2565) at 09:30.",
      "1. Village health volunteers (Aor Sor Mor) encourage eligible voters to vote.",
      "2. Volunteers help elderly, sick and disabled voters reach polling stations.",
      "3. Both offices share public information on voting rights and health safety.",
      "",
      DEMO,
    ],
    57,
  ),
  pdf(
    "ann-recruit-2565",
    "ประกาศรับสมัครพนักงานราชการ-2565.pdf",
    "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป",
    [
      "Announcement: recruitment of a government employee (data entry officer)",
      "Applications: 7 - 18 March 2022 (B.E. 2565), 08:30 - 16:30, at the office.",
      "Qualifications, documents and selection schedule are set out in this notice.",
      "",
      DEMO,
    ],
    134,
  ),
  pdf(
    "ann-helpers-2566",
    "ประกาศรับสมัครผู้ช่วยปฏิบัติงานการเลือกตั้ง-2566.pdf",
    "ประกาศรับสมัครลูกจ้างชั่วคราวรายวันเพื่อช่วยปฏิบัติงานการเลือกตั้ง",
    [
      "Announcement: temporary daily staff to assist with the 2023 general election",
      "Applications: 20 - 24 February 2023 (B.E. 2566).",
      "",
      DEMO,
    ],
    88,
  ),
  pdf(
    "ann-integrity-2569",
    "ประกาศเจตจำนงสุจริต-2569.pdf",
    "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2569",
    [
      "Declaration of integrity in administration, fiscal year B.E. 2569",
      "The office will work transparently, fairly and accountably.",
      "",
      DEMO,
    ],
    21,
  ),
  pdf(
    "ann-meeting-1",
    "สรุปผลการประชุม-ครั้งที่-1.pdf",
    "สรุปผลการประชุมและข้อสั่งการ ครั้งที่ 1",
    [
      "Minutes of meeting No. 1 & summary of instructions",
      "Agenda: work plan, budget disbursement, public relations.",
      "",
      DEMO,
    ],
    12,
  ),
  pdf(
    "ea-ge2566-pdf",
    "ประกาศ-กกต-เลือกตั้ง-สส-2566.pdf",
    "ประกาศคณะกรรมการการเลือกตั้ง เรื่อง การเลือกตั้งสมาชิกสภาผู้แทนราษฎรเป็นการเลือกตั้งทั่วไป",
    [
      "Announcement: general election of Members of the House of Representatives",
      "Election day: Sunday 14 May 2023 (B.E. 2566), 08:00 - 17:00.",
      "Constituency candidate registration: 3 - 7 April 2023.",
      "",
      DEMO,
    ],
    412,
  ),
  pdf(
    "ea-districts-2566",
    "ประกาศเขตเลือกตั้ง-เชียงราย-2566.pdf",
    "ประกาศ เรื่อง เขตเลือกตั้งและจำนวนสมาชิกสภาผู้แทนราษฎร จังหวัดเชียงราย",
    ["Constituencies of Chiang Rai Province: 7 constituencies, 7 members.", "", DEMO],
    265,
  ),
  pdf(
    "ea-polling-2566",
    "ประกาศที่เลือกตั้งและหน่วยเลือกตั้ง-2566.pdf",
    "ประกาศ เรื่อง กำหนดที่เลือกตั้งและหน่วยเลือกตั้ง จังหวัดเชียงราย",
    [
      "Polling places and polling stations, Chiang Rai Province, 14 May 2023",
      "Total polling stations in the province: 1,977.",
      "Amended 3 May 2023: two polling places moved (see the list).",
      "",
      DEMO,
    ],
    938,
  ),
  pdf(
    "ea-by7-pdf",
    "ประกาศเลือกตั้ง-สส-แทนตำแหน่งที่ว่าง-เขต7.pdf",
    "ประกาศ เรื่อง การเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ 7",
    [
      "By-election, Chiang Rai constituency 7",
      "Election day: Sunday 14 September 2025 (B.E. 2568), 08:00 - 17:00.",
      "",
      DEMO,
    ],
    203,
  ),
  pdf(
    "ea-by7-candidates",
    "ประกาศรายชื่อผู้สมัคร-เขต7.pdf",
    "ประกาศรายชื่อผู้สมัครรับเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7",
    [
      "Candidates, Chiang Rai constituency 7 by-election",
      "No. 1  Mr. Sa-nga Prommuang  (Pheu Thai Party)",
      "No. 2  Mr. Suthat Yala  (People's Party)",
      "",
      DEMO,
    ],
    176,
  ),
  pdf(
    "er-ge2566-pdf",
    "ประกาศผลการเลือกตั้ง-สส-เชียงราย-2566.pdf",
    "ประกาศผลการเลือกตั้งสมาชิกสภาผู้แทนราษฎรแบบแบ่งเขตเลือกตั้ง จังหวัดเชียงราย",
    [
      "Results: constituency members, Chiang Rai Province, election of 14 May 2023",
      "Constituency 1: Move Forward No. 3 (43,153 votes)",
      "Constituency 2: Pheu Thai No. 4 (55,778 votes)",
      "Constituency 3: Move Forward No. 7 (25,056 votes)",
      "Constituency 4: Pheu Thai No. 4 (39,589 votes)",
      "Constituency 5: Pheu Thai No. 6 (35,162 votes)",
      "Constituency 6: Move Forward No. 2 (31,789 votes)",
      "Constituency 7: Pheu Thai No. 9 (31,588 votes)",
      "",
      DEMO,
    ],
    1520,
  ),
  pdf(
    "er-ge2566-6-1",
    "แบบ-สส-6-1-เขต-1-7.pdf",
    "รายงานผลการนับคะแนนเลือกตั้ง (แบบ ส.ส. 6/1) จังหวัดเชียงราย เขตเลือกตั้งที่ 1-7",
    [
      "Form Sor Sor 6/1: vote count by constituency, Chiang Rai, 14 May 2023",
      "Registered voters in the province: 944,019. Polling stations: 1,977.",
      "",
      DEMO,
    ],
    684,
  ),
  pdf(
    "er-by7-pdf",
    "ประกาศผลการเลือกตั้ง-เขต7-2568.pdf",
    "ประกาศผลการเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ 7",
    [
      "Result, Chiang Rai constituency 7 by-election, 14 September 2025",
      "Registered 133,960; voted 79,288 (59.19%); valid 65,477; invalid 3,072; no vote 10,739",
      "No. 1 Mr. Sa-nga Prommuang (Pheu Thai): 45,615",
      "No. 2 Mr. Suthat Yala (People's Party): 19,862",
      "",
      DEMO,
    ],
    497,
  ),
  pdf(
    "proc-plan-2569",
    "แผนการจัดซื้อจัดจ้าง-ปีงบประมาณ-2569.pdf",
    "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569",
    [
      "Annual procurement plan, fiscal year B.E. 2569",
      "1. Computers and equipment - e-bidding - Q2",
      "2. Van hire with driver - e-bidding - Q2",
      "3. Public relations materials - specific method - Q1-Q4",
      "",
      DEMO,
    ],
    64,
  ),
  skr1("proc-skr1-2568-10", "October 2025", "ตุลาคม-2568", 23),
  skr1("proc-skr1-2568-11", "November 2025", "พฤศจิกายน-2568", 17),
  skr1("proc-skr1-2568-12", "December 2025", "ธันวาคม-2568", 9),
  pdf(
    "proc-refprice-van",
    "ราคากลาง-จ้างเหมารถตู้-2569.pdf",
    "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ",
    [
      "Reference price: van hire with driver, 12 months, fiscal year B.E. 2569",
      "Reference price: 420,000.00 THB (including VAT).",
      "",
      DEMO,
    ],
    41,
  ),
  pdf(
    "proc-ebid-computers",
    "ประกาศประกวดราคา-คอมพิวเตอร์-2569.pdf",
    "ประกาศประกวดราคาซื้อเครื่องคอมพิวเตอร์และอุปกรณ์ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    [
      "Invitation to bid (e-bidding): computers and equipment",
      "Budget: 585,000.00 THB. Reference price: 585,000.00 THB.",
      "",
      DEMO,
    ],
    38,
  ),
  pdf(
    "proc-winner-2565",
    "ประกาศผู้ชนะการเสนอราคา-วัสดุสำนักงาน-2565.pdf",
    "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง",
    ["Winning bid: office supplies (specific method), B.E. 2565", "", DEMO],
    15,
  ),
  pdf(
    "other-report-2568",
    "รายงานผลการดำเนินงาน-ปีงบประมาณ-2568.pdf",
    "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
    [
      "Annual performance report, fiscal year B.E. 2568",
      "Includes the constituency 7 by-election of 14 September 2025.",
      "",
      DEMO,
    ],
    29,
  ),
];
