import type { ContestStatus, ElectionKind } from "@/lib/generated/prisma/enums";
import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";

// Thai names of election kinds and count statuses, shared by the public pages and the staff area.

export const ELECTION_KIND_LABELS: Record<ElectionKind, { short: string; full: string }> = {
  MP: { short: "ส.ส.", full: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร" },
  SENATE: { short: "ส.ว.", full: "การเลือกสมาชิกวุฒิสภา" },
  PAO_CHIEF: { short: "นายก อบจ.", full: "การเลือกตั้งนายกองค์การบริหารส่วนจังหวัด" },
  PAO_MEMBER: { short: "ส.อบจ.", full: "การเลือกตั้งสมาชิกสภาองค์การบริหารส่วนจังหวัด" },
  MUNICIPAL: { short: "เทศบาล", full: "การเลือกตั้งสมาชิกสภาเทศบาลและนายกเทศมนตรี" },
  SAO: { short: "อบต.", full: "การเลือกตั้งสมาชิกสภาองค์การบริหารส่วนตำบลและนายก อบต." },
  REFERENDUM: { short: "ประชามติ", full: "การออกเสียงประชามติ" },
};

export const CONTEST_STATUS_LABELS: Record<ContestStatus, string> = {
  NOT_STARTED: "ยังไม่เริ่มนับคะแนน",
  COUNTING: "กำลังนับคะแนน (ผลไม่เป็นทางการ)",
  OFFICIAL: "ผลอย่างเป็นทางการ",
};

export const ELECTION_AUDIT_LABELS: EntityAuditLabels = {
  name: "การเลือกตั้ง",
  actions: {
    "election.create": "เพิ่มการเลือกตั้ง",
    "election.update": "แก้ไขข้อมูลการเลือกตั้ง",
  },
  fields: { title: "ชื่อเรื่อง", kind: "ประเภท", pollingDay: "วันเลือกตั้ง" },
  values: { kind: Object.fromEntries(Object.entries(ELECTION_KIND_LABELS).map(([k, v]) => [k, v.short])) },
  href: numericIdHref("/admin/elections"),
};

export const CONTEST_AUDIT_LABELS: EntityAuditLabels = {
  name: "ผลคะแนนรายเขต",
  actions: {
    "contest.create": "เพิ่มเขตเลือกตั้ง",
    "contest.update": "แก้ไขผลคะแนน",
    "contest.status_change": "เปลี่ยนสถานะการนับคะแนน",
    "contest.import": "นำเข้าผลคะแนนจากไฟล์ CSV",
  },
  fields: {
    position: "ตำแหน่ง",
    area: "เขต",
    status: "สถานะ",
    registered: "ผู้มีสิทธิเลือกตั้ง",
    stations: "หน่วยเลือกตั้งทั้งหมด",
    stationsCounted: "หน่วยที่นับแล้ว",
    came: "ผู้มาใช้สิทธิ",
    valid: "บัตรดี",
    invalid: "บัตรเสีย",
    noVote: "ไม่ประสงค์ลงคะแนน",
  },
  // Candidates are recorded one field each, by ballot number (lib/elections/snapshot.ts).
  describeField: (field) => {
    const candidate = /^candidate\.(\d+)$/.exec(field);
    return candidate ? `ผู้สมัครหมายเลข ${candidate[1]}` : null;
  },
  values: { status: CONTEST_STATUS_LABELS },
  href: numericIdHref("/admin/elections/contests"),
};
