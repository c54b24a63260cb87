import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTEST_STATUS_LABELS, ELECTION_KIND_LABELS } from "@/lib/elections/labels";
import { KIND_LABELS as PROCUREMENT_KIND_LABELS } from "@/lib/procurement/kinds";
import { formatThaiDateTime } from "@/lib/thai-date";

// Turns audit entries into Thai a staff member can read: action names, entity names, field names
// and values (dates in Bangkok time, roles and statuses by their Thai labels). Unknown codes are
// shown as they are rather than hidden.

export const ACTION_LABELS: Record<string, string> = {
  "auth.login": "เข้าสู่ระบบ",
  "auth.logout": "ออกจากระบบ",
  "auth.login_failed": "เข้าสู่ระบบไม่สำเร็จ",
  "auth.locked": "ล็อกการเข้าสู่ระบบชั่วคราว",
  "auth.logout_everywhere": "ออกจากระบบทุกเครื่อง",
  "post.create": "สร้างข่าว",
  "post.update": "แก้ไขข่าว",
  "post.update_minor": "แก้ไขข่าวที่เผยแพร่แล้ว (เล็กน้อย)",
  "post.update_major": "แก้ไขข่าวที่เผยแพร่แล้ว (สาระสำคัญ)",
  "post.save_draft": "บันทึกฉบับร่าง",
  "post.submit": "ส่งตรวจ",
  "post.submit_draft": "ส่งตรวจฉบับแก้ไขของข่าวที่เผยแพร่แล้ว",
  "post.discard_draft": "ยกเลิกฉบับแก้ไขที่ยังไม่เผยแพร่",
  "post.return": "ส่งกลับให้แก้ไข",
  "post.reject": "ส่งกลับให้แก้ไข",
  "post.publish": "เผยแพร่",
  "post.schedule": "ตั้งเวลาเผยแพร่",
  "post.unschedule": "ยกเลิกการตั้งเวลา",
  "post.publish_scheduled": "เผยแพร่ตามเวลาที่ตั้งไว้",
  "post.schedule_failed": "เผยแพร่ตามเวลาไม่สำเร็จ",
  "post.unpublish": "ยกเลิกการเผยแพร่",
  "post.withdraw": "ถอนการเผยแพร่",
  "post.redirect": "เปลี่ยนเส้นทางไปข่าวอื่น",
  "post.restore_revision": "กู้คืนฉบับเก่าเป็นฉบับร่าง",
  "post.delete": "ลบข่าว",
  "event.create": "เพิ่มกิจกรรม",
  "event.update": "แก้ไขกิจกรรม",
  "event.delete": "ลบกิจกรรม",
  "settings.update": "แก้ไขการตั้งค่าเว็บไซต์",
  "user.create": "สร้างบัญชีผู้ใช้",
  "user.role_change": "เปลี่ยนบทบาทผู้ใช้",
  "user.deactivate": "ระงับบัญชีผู้ใช้",
  "user.reactivate": "เปิดใช้บัญชีผู้ใช้อีกครั้ง",
  "user.password_reset": "ตั้งรหัสผ่านใหม่",
  "user.logout_everywhere": "ให้ผู้ใช้ออกจากระบบทุกเครื่อง",
  "user.unlock": "ปลดล็อกการเข้าสู่ระบบ",
  "user.password_change": "เปลี่ยนรหัสผ่านของตนเอง",
  "user.password_change_failed": "เปลี่ยนรหัสผ่านไม่สำเร็จ (รหัสผ่านปัจจุบันไม่ถูกต้อง)",
  "asset.upload": "อัปโหลดไฟล์",
  "asset.replace": "แทนที่ไฟล์",
  "asset.delete": "ลบไฟล์",
  "election.create": "เพิ่มการเลือกตั้ง",
  "election.update": "แก้ไขข้อมูลการเลือกตั้ง",
  "contest.create": "เพิ่มเขตเลือกตั้ง",
  "contest.update": "แก้ไขผลคะแนน",
  "contest.status_change": "เปลี่ยนสถานะการนับคะแนน",
  "contest.import": "นำเข้าผลคะแนนจากไฟล์ CSV",
  "office_page.update": "แก้ไขหน้าข้อมูลสำนักงาน",
  "executive.create": "เพิ่มผู้บริหาร",
  "executive.update": "แก้ไขข้อมูลผู้บริหาร",
  "executive.delete": "ลบผู้บริหาร",
  "executive.move": "เปลี่ยนลำดับผู้บริหาร",
  "procurement.create": "เพิ่มเอกสารจัดซื้อจัดจ้าง",
  "procurement.update": "แก้ไขเอกสารจัดซื้อจัดจ้าง",
  "procurement.delete": "ลบเอกสารจัดซื้อจัดจ้าง",
};

export const ENTITY_LABELS: Record<string, string> = {
  post: "ข่าว/ประกาศ",
  event: "กิจกรรม",
  settings: "การตั้งค่า",
  user: "ผู้ใช้",
  asset: "ไฟล์",
  auth: "การเข้าสู่ระบบ",
  election: "การเลือกตั้ง",
  contest: "ผลคะแนนรายเขต",
  office_page: "หน้าข้อมูลสำนักงาน",
  executive: "ผู้บริหาร",
  procurement: "เอกสารจัดซื้อจัดจ้าง",
};

const FIELD_LABELS: Record<string, string> = {
  // settings
  officeName: "ชื่อสำนักงาน",
  officeShortName: "ชื่อย่อ",
  province: "จังหวัด",
  address: "ที่อยู่",
  phone: "โทรศัพท์",
  fax: "โทรสาร",
  hotline: "สายด่วน",
  email: "อีเมล",
  facebookUrl: "Facebook",
  youtubeUrl: "YouTube",
  lineUrl: "LINE",
  mapUrl: "แผนที่",
  copyrightStartYear: "ปีเริ่มลิขสิทธิ์ (พ.ศ.)",
  // events
  title: "ชื่อเรื่อง",
  location: "สถานที่",
  description: "รายละเอียด",
  allDay: "ทั้งวัน",
  startsAt: "เริ่ม",
  endsAt: "สิ้นสุด",
  published: "แสดงบนเว็บไซต์",
  // users
  name: "ชื่อ",
  role: "บทบาท",
  active: "ใช้งานได้",
  passwordReset: "ตั้งรหัสผ่านใหม่",
  passwordChanged: "เปลี่ยนรหัสผ่าน",
  sessionsEnded: "จำนวนเครื่องที่ออกจากระบบ",
  throttleRowsCleared: "จำนวนรายการล็อกที่ล้าง",
  // posts
  status: "สถานะ",
  section: "หมวด",
  slug: "ชื่อในที่อยู่เว็บ",
  summary: "สรุป",
  body: "เนื้อหา",
  tags: "แท็ก",
  publishedAt: "วันที่เผยแพร่",
  scheduledAt: "เวลาที่ตั้งไว้",
  firstPublishedAt: "เผยแพร่ครั้งแรก",
  wentLiveAt: "เวลาที่เผยแพร่จริง",
  withdrawnReason: "เหตุผลที่ถอน",
  reviewNote: "หมายเหตุจากผู้ตรวจ",
  changeNote: "บันทึกการเปลี่ยนแปลง",
  redirectToId: "เปลี่ยนเส้นทางไปข่าวเลขที่",
  version: "ฉบับที่",
  // files
  fileName: "ชื่อไฟล์",
  mimeType: "ชนิดไฟล์",
  size: "ขนาด (ไบต์)",
  width: "กว้าง (พิกเซล)",
  height: "สูง (พิกเซล)",
  sha256: "ลายนิ้วมือไฟล์ (SHA-256)",
  storagePath: "ที่เก็บไฟล์",
  // elections and contests
  kind: "ประเภท",
  pollingDay: "วันเลือกตั้ง",
  position: "ตำแหน่ง",
  area: "เขต",
  registered: "ผู้มีสิทธิเลือกตั้ง",
  stations: "หน่วยเลือกตั้งทั้งหมด",
  stationsCounted: "หน่วยที่นับแล้ว",
  came: "ผู้มาใช้สิทธิ",
  valid: "บัตรดี",
  invalid: "บัตรเสีย",
  noVote: "ไม่ประสงค์ลงคะแนน",
  // office pages and executives
  photoId: "รูปภาพ (ไฟล์เลขที่)",
  sortOrder: "ลำดับ",
  // procurement disclosures
  fiscalYear: "ปีงบประมาณ",
  month: "เดือน (แบบ สขร.1)",
  documentDate: "วันที่ของเอกสาร",
  amount: "วงเงิน (บาท)",
  fileId: "ไฟล์เลขที่",
  // sign-in
  reason: "สาเหตุ",
  scope: "ล็อกตาม",
  until: "ล็อกถึง",
  via: "ช่องทาง",
};

// Coded values of the sign-in entries (lib/auth/sign-in.ts, lib/auth/bootstrap.ts).
const VALUE_LABELS: Record<string, Record<string, string>> = {
  reason: {
    wrong_password: "รหัสผ่านไม่ถูกต้อง",
    unknown_email: "ไม่มีบัญชีอีเมลนี้",
    inactive: "บัญชีถูกระงับ",
    locked: "ถูกล็อกชั่วคราว",
    invalid: "ข้อมูลไม่ครบ",
  },
  scope: { account: "บัญชีผู้ใช้", address: "เครือข่ายที่ใช้" },
  status: CONTEST_STATUS_LABELS,
  // Election and procurement kinds share the field name; their codes do not overlap.
  kind: {
    ...Object.fromEntries(Object.entries(ELECTION_KIND_LABELS).map(([k, v]) => [k, v.short])),
    ...PROCUREMENT_KIND_LABELS,
  },
  via: { cli: "คำสั่ง npm run user:create", env: "ตัวแปรสภาพแวดล้อมตอนเริ่มระบบ", demo: "ระบบสาธิต" },
};

const STATUS_LABELS: Record<string, string> = {
  DRAFT: "ฉบับร่าง",
  IN_REVIEW: "รอตรวจ",
  SCHEDULED: "ตั้งเวลาเผยแพร่",
  PUBLISHED: "เผยแพร่แล้ว",
  WITHDRAWN: "ถอนการเผยแพร่",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

export function fieldLabel(field: string): string {
  const candidate = /^candidate\.(\d+)$/.exec(field);
  if (candidate) return `ผู้สมัครหมายเลข ${candidate[1]}`;
  return FIELD_LABELS[field] ?? field;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LONG_TEXT = 300;

/** One value as plain text (never HTML: the page prints it as text). */
export function formatAuditValue(field: string, value: Prisma.JsonValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "ใช่" : "ไม่ใช่";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (field === "role" && value in ROLE_LABELS) return ROLE_LABELS[value as keyof typeof ROLE_LABELS];
    if (field === "status" && value in STATUS_LABELS) return STATUS_LABELS[value]!;
    const coded = VALUE_LABELS[field]?.[value];
    if (coded) return coded;
    if (ISO_INSTANT.test(value)) {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) return formatThaiDateTime(d);
    }
    return value.length > LONG_TEXT
      ? `${value.slice(0, LONG_TEXT)}… (${value.length.toLocaleString("th-TH")} ตัวอักษร)`
      : value;
  }
  if (Array.isArray(value)) return value.map((v) => formatAuditValue(field, v)).join(", ") || "—";
  return JSON.stringify(value);
}

export type AuditChange = { field: string; label: string; before: string; after: string };

// PostgreSQL's jsonb keeps keys in its own order (shortest first): rows follow the form's order
// instead, with fields this module does not know at the end.
const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((k, i) => [k, i]));
const orderOf = (field: string) => FIELD_ORDER.get(field) ?? Number.MAX_SAFE_INTEGER;

/** Field-by-field rows of an entry's before/after, in the forms' field order. */
export function auditChanges(before: Prisma.JsonValue | null, after: Prisma.JsonValue | null): AuditChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  // Numeric order among unknown fields too: candidate.2 before candidate.10.
  const byName = (x: string, y: string) => x.localeCompare(y, "en", { numeric: true });
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(
    (x, y) => orderOf(x) - orderOf(y) || byName(x, y),
  );
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    before: field in b ? formatAuditValue(field, b[field]) : "—",
    after: field in a ? formatAuditValue(field, a[field]) : "—",
  }));
}

function isObject(v: Prisma.JsonValue | null): v is Prisma.JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The staff page of the entity an entry is about, when there is one. */
export function entityHref(entity: string, entityId: string | null): string | null {
  if (entity === "settings") return "/admin/settings";
  if (entity === "office_page" && entityId && /^(ABOUT|CONTACT|PRIVACY)$/.test(entityId))
    return `/admin/pages/${entityId.toLowerCase()}`;
  if (entity === "executive")
    return entityId && /^\d+$/.test(entityId) ? `/admin/pages/executives/${entityId}` : "/admin/pages/executives";
  if (!entityId || !/^\d+$/.test(entityId)) return null;
  if (entity === "post") return `/admin/posts/${entityId}`;
  if (entity === "event") return `/admin/events/${entityId}`;
  if (entity === "election") return `/admin/elections/${entityId}`;
  if (entity === "contest") return `/admin/elections/contests/${entityId}`;
  if (entity === "procurement") return `/admin/procurement/${entityId}`;
  // Sign-in entries name the account they were about.
  if (entity === "user" || entity === "auth") return `/admin/users/${entityId}`;
  return null;
}
