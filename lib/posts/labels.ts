import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "./sections";

// Thai names of post statuses (the staff lists, filters and badges) and of the audit entries posts write.

export const POST_STATUS_LABELS: Record<PostStatus, string> = {
  DRAFT: "ฉบับร่าง",
  IN_REVIEW: "รอตรวจ",
  SCHEDULED: "ตั้งเวลาเผยแพร่",
  PUBLISHED: "เผยแพร่แล้ว",
  WITHDRAWN: "ถอนการเผยแพร่",
};

export const POST_AUDIT_LABELS: EntityAuditLabels = {
  name: "ข่าว/ประกาศ",
  actions: {
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
  },
  fields: {
    title: "ชื่อเรื่อง",
    status: "สถานะ",
    section: "หมวด",
    slug: "ชื่อในที่อยู่เว็บ",
    summary: "สรุป",
    body: "เนื้อหา",
    tags: "แท็ก",
    videoId: "วิดีโอ (ไฟล์เลขที่)",
    videoPosterId: "ภาพตัวอย่างวิดีโอ (ไฟล์เลขที่)",
    videoCaptionsId: "คำบรรยายวิดีโอ (ไฟล์เลขที่)",
    titleEn: "ชื่อเรื่อง (อังกฤษ)",
    summaryEn: "สรุป (อังกฤษ)",
    bodyEnLength: "ความยาวเนื้อหา (อังกฤษ)",
    publishedAt: "วันที่เผยแพร่",
    scheduledAt: "เวลาที่ตั้งไว้",
    firstPublishedAt: "เผยแพร่ครั้งแรก",
    wentLiveAt: "เวลาที่เผยแพร่จริง",
    withdrawnReason: "เหตุผลที่ถอน",
    reviewNote: "หมายเหตุจากผู้ตรวจ",
    changeNote: "บันทึกการเปลี่ยนแปลง",
    subscribersNotified: "ส่งอีเมลแจ้งผู้รับข่าว",
    redirectToId: "เปลี่ยนเส้นทางไปข่าวเลขที่",
    version: "ฉบับที่",
  },
  values: { status: POST_STATUS_LABELS },
  href: numericIdHref("/admin/posts"),
};

/** A central office post pinned to this office's listing (lib/posts/actions/central-pins.ts). */
export const CENTRAL_PIN_AUDIT_LABELS: EntityAuditLabels = {
  name: "ข่าวจากส่วนกลางที่ปักหมุด",
  actions: {
    "central_pin.add": "ปักหมุดข่าวจากส่วนกลาง",
    "central_pin.remove": "เลิกปักหมุดข่าวจากส่วนกลาง",
  },
  fields: { title: "ชื่อเรื่อง", section: "หมวด" },
  values: { section: Object.fromEntries(SECTIONS.map((s) => [s.key, s.label])) },
};
