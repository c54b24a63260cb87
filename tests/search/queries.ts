// The labelled search set's queries (issue 11), judged as a Thai reader would: `expected` are
// the posts (corpus.ts keys) the reader wants to see, `forbidden` the ones that must not appear
// (a word that merely starts with the query, the other tone mark, a different abbreviation).
// Posts in neither list are unlabelled: search-quality.int.test.ts leaves them out of precision.
// `kind` names the bullet the query covers, or the ordinary kind of query it is.

export type QueryKind =
  | "half-typed"
  | "segmentation"
  | "glued-year"
  | "name-after-title"
  | "short-query"
  | "tone-mark"
  | "abbreviation-undotted"
  | "typing-order"
  | "compound"
  | "digits"
  | "mixed-language"
  | "abbreviation-dotted"
  | "section-word";

export type LabelledQuery = {
  q: string;
  kind: QueryKind;
  expected: string[];
  forbidden: string[];
};

const WATER = ["water-flood", "water-drink", "water-pdf"];
const LEAD = ["lead-visit", "lead-community"];
// Posts that contain ตั้ง only inside เลือกตั้ง (or แต่งตั้ง/จัดตั้ง): not what ตั้ง asks for.
const ONLY_ELECTION = ["pr-campaign", "vote-early", "ballot-print", "committee-training", "voter-list"];
const TA_LOOKALIKES = ["short-table", "short-according", "short-tak", "short-different"];

export const QUERIES: LabelledQuery[] = [
  // Half-typed words.
  { q: "ประชาสัม", kind: "half-typed", expected: ["pr-campaign", "pr-radio", "pr-staff"], forbidden: [] },
  { q: "ประชาสัมพั", kind: "half-typed", expected: ["pr-campaign", "pr-radio", "pr-staff"], forbidden: [] },
  { q: "ประชา", kind: "half-typed", expected: ["pr-campaign", "pr-radio", "pr-staff", "referendum"], forbidden: [] },
  {
    q: "เจ้าหน้า",
    kind: "half-typed",
    expected: ["officer-recruit", "digit-district-7", "en-excel", "ballot-box"],
    forbidden: [],
  },
  {
    q: "ผู้สมั",
    kind: "half-typed",
    expected: ["candidate-rules", "abbr-mp-briefing", "abbr-senate", "digit-district-7"],
    forbidden: [],
  },
  {
    q: "งบประ",
    kind: "half-typed",
    expected: ["budget-plan-2567", "budget-spend-2566", "budget-review", "budget-median-2566", "budget-annual-2568"],
    forbidden: [],
  },
  { q: "ลงทะเบีย", kind: "half-typed", expected: ["vote-early", "vote-outside", "en-qr"], forbidden: [] },
  { q: "ประชาธิปไต", kind: "half-typed", expected: ["name-somsak", "democracy-school"], forbidden: [] },
  { q: "สังเกตการ", kind: "half-typed", expected: ["volunteer"], forbidden: [] },
  { q: "อาสาสมั", kind: "half-typed", expected: ["volunteer"], forbidden: [] },
  // The same word cut differently in different sentences.
  {
    q: "ปีงบประมาณ",
    kind: "segmentation",
    expected: ["budget-plan-2567", "budget-spend-2566", "budget-review", "budget-median-2566"],
    forbidden: [],
  },
  {
    q: "งบประมาณ",
    kind: "segmentation",
    expected: ["budget-plan-2567", "budget-spend-2566", "budget-review", "budget-median-2566", "budget-annual-2568"],
    forbidden: [],
  },
  { q: "เงินปีงบประมาณ", kind: "segmentation", expected: ["budget-spend-2566"], forbidden: ["budget-plan-2567"] },
  { q: "ราคากลาง", kind: "segmentation", expected: ["budget-median-2566"], forbidden: [] },
  { q: "จ้างเหมา", kind: "segmentation", expected: ["budget-median-2566", "water-pdf"], forbidden: [] },
  { q: "เกียรติบัตร", kind: "segmentation", expected: ["name-anucha"], forbidden: [] },
  { q: "ศาลากลาง", kind: "segmentation", expected: ["tang-desk", "name-kritsada-body"], forbidden: [] },
  // Years written straight after a Thai word.
  {
    q: "2566",
    kind: "glued-year",
    expected: ["budget-spend-2566", "budget-median-2566"],
    forbidden: ["budget-plan-2567"],
  },
  {
    q: "๒๕๖๖",
    kind: "glued-year",
    expected: ["budget-spend-2566", "budget-median-2566"],
    forbidden: ["budget-plan-2567"],
  },
  {
    q: "ปีงบประมาณ 2566",
    kind: "glued-year",
    expected: ["budget-spend-2566", "budget-median-2566"],
    forbidden: ["budget-plan-2567"],
  },
  { q: "เงินปีงบประมาณ2566", kind: "glued-year", expected: ["budget-spend-2566"], forbidden: ["budget-plan-2567"] },
  {
    q: "2567",
    kind: "glued-year",
    expected: ["budget-plan-2567"],
    forbidden: ["budget-spend-2566", "budget-median-2566"],
  },
  { q: "2568", kind: "glued-year", expected: ["budget-annual-2568"], forbidden: ["budget-spend-2566"] },
  // Names after titles, found by the bare name.
  { q: "กฤษดา", kind: "name-after-title", expected: ["name-kritsada", "name-kritsada-body"], forbidden: [] },
  { q: "กฤษดา ใจดี", kind: "name-after-title", expected: ["name-kritsada", "name-kritsada-body"], forbidden: [] },
  {
    q: "นายกฤษดา",
    kind: "name-after-title",
    expected: ["name-kritsada", "name-kritsada-body"],
    forbidden: ["name-mayor"],
  },
  { q: "พิมพ์ชนก", kind: "name-after-title", expected: ["name-pimchanok"], forbidden: [] },
  { q: "พิมพ์ชนก แสงทอง", kind: "name-after-title", expected: ["name-pimchanok"], forbidden: [] },
  { q: "สมศักดิ์", kind: "name-after-title", expected: ["name-somsak"], forbidden: [] },
  { q: "สมศักดิ์ วงศ์ใหญ่", kind: "name-after-title", expected: ["name-somsak"], forbidden: [] },
  { q: "อนุชา", kind: "name-after-title", expected: ["name-anucha"], forbidden: [] },
  { q: "อนุชา บุญมา", kind: "name-after-title", expected: ["name-anucha"], forbidden: [] },
  { q: "วิไลวรรณ", kind: "name-after-title", expected: ["name-wilaiwan"], forbidden: [] },
  { q: "ศรีสุข", kind: "name-after-title", expected: ["name-wilaiwan"], forbidden: [] },
  // Short queries that must not flood the page.
  { q: "ตา", kind: "short-query", expected: ["short-ta-eye"], forbidden: TA_LOOKALIKES },
  { q: "ทางตา", kind: "short-query", expected: ["short-ta-eye"], forbidden: TA_LOOKALIKES },
  { q: "ตาก", kind: "short-query", expected: ["short-tak"], forbidden: ["short-table", "short-according"] },
  { q: "ตาราง", kind: "short-query", expected: ["short-table"], forbidden: ["short-tak", "short-ta-eye"] },
  { q: "ตั้ง", kind: "short-query", expected: ["tang-unit", "tang-desk"], forbidden: ONLY_ELECTION },
  { q: "ตั้งโต๊ะ", kind: "short-query", expected: ["tang-desk"], forbidden: ["tang-unit"] },
  { q: "ตั้งหน่วย", kind: "short-query", expected: ["tang-unit"], forbidden: ["tang-desk"] },
  { q: "สี", kind: "short-query", expected: ["short-different"], forbidden: [] },
  // Tone marks: นำ (lead) is not น้ำ (water).
  { q: "นำ", kind: "tone-mark", expected: LEAD, forbidden: WATER },
  { q: "น้ำ", kind: "tone-mark", expected: WATER, forbidden: LEAD },
  { q: "ผู้นำ", kind: "tone-mark", expected: ["lead-community", "name-wilaiwan"], forbidden: WATER },
  { q: "น้ำดื่ม", kind: "tone-mark", expected: ["water-drink"], forbidden: LEAD },
  { q: "น้ำท่วม", kind: "tone-mark", expected: ["water-flood"], forbidden: LEAD },
  { q: "นำคณะ", kind: "tone-mark", expected: ["lead-visit"], forbidden: WATER },
  { q: "ท่อน้ำ", kind: "tone-mark", expected: ["water-pdf"], forbidden: LEAD },
  // Abbreviations typed without their dots.
  {
    q: "สส",
    kind: "abbreviation-undotted",
    expected: ["abbr-mp-briefing", "abbr-mp-result"],
    forbidden: ["abbr-senate"],
  },
  {
    q: "สว",
    kind: "abbreviation-undotted",
    expected: ["abbr-senate"],
    forbidden: ["abbr-mp-briefing", "abbr-mp-result"],
  },
  { q: "อบต", kind: "abbreviation-undotted", expected: ["abbr-sao"], forbidden: ["abbr-pao"] },
  { q: "อบจ", kind: "abbreviation-undotted", expected: ["abbr-pao"], forbidden: ["abbr-sao"] },
  { q: "กกต จังหวัดตาก", kind: "abbreviation-undotted", expected: ["short-tak"], forbidden: ["pr-campaign"] },
  { q: "สขร1", kind: "abbreviation-undotted", expected: ["procure-summary"], forbidden: [] },
  // Tone typed after sara am, and other typing-order slips.
  { q: "นำ้", kind: "typing-order", expected: WATER, forbidden: LEAD },
  { q: "นำ้ดื่ม", kind: "typing-order", expected: ["water-drink"], forbidden: LEAD },
  { q: "นํ้าประปา", kind: "typing-order", expected: ["water-pdf"], forbidden: LEAD },
  { q: "นํ้าท่วม", kind: "typing-order", expected: ["water-flood"], forbidden: LEAD },
  // Ordinary queries: compound words.
  {
    q: "เลือกตั้งล่วงหน้า",
    kind: "compound",
    expected: ["vote-early"],
    forbidden: ["vote-outside", "ballot-print"],
  },
  {
    q: "บัตรเลือกตั้ง",
    kind: "compound",
    expected: ["ballot-print", "short-different", "ballot-box", "video-howto"],
    forbidden: ["tang-desk"],
  },
  { q: "หีบบัตร", kind: "compound", expected: ["ballot-box", "lead-visit", "democracy-school"], forbidden: [] },
  {
    q: "กรรมการประจำหน่วย",
    kind: "compound",
    expected: ["committee-training", "short-table", "name-kritsada", "ballot-box"],
    forbidden: [],
  },
  { q: "เลือกตั้งนอกเขต", kind: "compound", expected: ["vote-outside", "tang-unit"], forbidden: ["vote-early"] },
  { q: "ซื้อสิทธิขายเสียง", kind: "compound", expected: ["vote-buying", "tang-desk"], forbidden: [] },
  { q: "ประชามติ", kind: "compound", expected: ["referendum"], forbidden: [] },
  { q: "บัญชีรายชื่อ", kind: "compound", expected: ["voter-list", "short-different"], forbidden: [] },
  { q: "พรรคการเมือง", kind: "compound", expected: ["party-branch", "name-pimchanok"], forbidden: [] },
  { q: "คำร้องคัดค้าน", kind: "compound", expected: ["complaint-result"], forbidden: [] },
  { q: "อักษรเบรลล์", kind: "compound", expected: ["short-ta-eye"], forbidden: [] },
  { q: "แม่สาย", kind: "compound", expected: ["water-flood"], forbidden: [] },
  // Thai and Arabic digits.
  { q: "12", kind: "digits", expected: ["digit-unit-12", "budget-review"], forbidden: [] },
  { q: "หน่วยเลือกตั้งที่ 12", kind: "digits", expected: ["digit-unit-12"], forbidden: [] },
  { q: "เขต ๗", kind: "digits", expected: ["digit-district-7"], forbidden: ["abbr-mp-result"] },
  { q: "เขตเลือกตั้งที่ ๓", kind: "digits", expected: ["abbr-mp-result"], forbidden: ["digit-district-7"] },
  { q: "1171", kind: "digits", expected: ["tang-desk"], forbidden: [] },
  { q: "๑๘ ปี", kind: "digits", expected: ["digit-district-7", "referendum", "new-voters"], forbidden: [] },
  // Mixed Thai and English.
  { q: "Smart Vote", kind: "mixed-language", expected: ["en-smartvote"], forbidden: [] },
  { q: "smart vote", kind: "mixed-language", expected: ["en-smartvote"], forbidden: [] },
  { q: "แอปพลิเคชัน Smart", kind: "mixed-language", expected: ["en-smartvote"], forbidden: [] },
  { q: "excel", kind: "mixed-language", expected: ["en-excel"], forbidden: [] },
  { q: "QR Code", kind: "mixed-language", expected: ["en-qr"], forbidden: [] },
  { q: "Facebook ถ่ายทอดสด", kind: "mixed-language", expected: ["en-facebook-live"], forbidden: [] },
  { q: "First Voter", kind: "mixed-language", expected: ["new-voters"], forbidden: [] },
  // Dotted abbreviations.
  {
    q: "ส.ส.",
    kind: "abbreviation-dotted",
    expected: ["abbr-mp-briefing", "abbr-mp-result"],
    forbidden: ["abbr-senate"],
  },
  {
    q: "ส.ว.",
    kind: "abbreviation-dotted",
    expected: ["abbr-senate"],
    forbidden: ["abbr-mp-briefing", "abbr-mp-result"],
  },
  { q: "อบต.", kind: "abbreviation-dotted", expected: ["abbr-sao"], forbidden: ["abbr-pao"] },
  { q: "อบจ.", kind: "abbreviation-dotted", expected: ["abbr-pao"], forbidden: ["abbr-sao"] },
  { q: "พ.ศ. 2567", kind: "abbreviation-dotted", expected: ["budget-plan-2567"], forbidden: ["budget-median-2566"] },
  { q: "สขร.1", kind: "abbreviation-dotted", expected: ["procure-summary"], forbidden: [] },
  // Words a reader might expect to act as a section.
  {
    q: "จัดซื้อจัดจ้าง",
    kind: "section-word",
    expected: ["budget-plan-2567", "procure-car", "procure-summary"],
    forbidden: [],
  },
  { q: "ผลการเลือกตั้ง", kind: "section-word", expected: ["name-mayor", "abbr-pao"], forbidden: [] },
  { q: "ภาพกิจกรรม", kind: "section-word", expected: ["photo-gallery"], forbidden: [] },
  { q: "วิดีโอ", kind: "section-word", expected: ["video-howto"], forbidden: [] },
  { q: "วันหยุดราชการ", kind: "section-word", expected: ["holiday"], forbidden: [] },
];

/** Queries the page must answer with a Thai message, not results (and never by throwing). */
export const MALFORMED: Array<{ label: string; raw: Record<string, string> }> = [
  { label: "empty", raw: { q: "" } },
  { label: "spaces only", raw: { q: "   \u200b  " } },
  { label: "punctuation only", raw: { q: "!!! ??? ... ---" } },
  { label: "very long", raw: { q: "เลือกตั้ง".repeat(40) } },
  { label: "bad date", raw: { q: "ประชามติ", from: "31/02/2566" } },
  { label: "bad section", raw: { q: "ประชามติ", section: "no-such-section" } },
  { label: "bad page", raw: { q: "ประชามติ", page: "-1" } },
];
