import type { ContestStatus, ElectionKind } from "@/lib/generated/prisma/enums";

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
