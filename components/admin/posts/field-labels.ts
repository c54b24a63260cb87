// Thai names of the post fields, for the error summary's links.
export const POST_FIELD_LABELS: Record<string, string> = {
  title: "หัวข้อ",
  section: "หมวด",
  slug: "ชื่อในที่อยู่เว็บ",
  summary: "สรุปย่อ",
  body: "เนื้อหา",
  tags: "แท็ก",
  coverId: "ภาพปก",
  galleryIds: "ภาพกิจกรรม",
  attachmentIds: "เอกสารแนบ",
  changeType: "ประเภทการแก้ไข",
  changeNote: "บันทึกการแก้ไข",
  scheduledAt: "วันและเวลาเผยแพร่",
  reason: "เหตุผลที่ถอนการเผยแพร่",
  redirectToId: "เรื่องที่จะพาผู้อ่านไป",
  note: "หมายเหตุถึงผู้เขียน",
};
