import type { FileAsset, ImageAsset, MediaAsset } from "./asset-types";
import { pictureSpec, type Motif, type Palette } from "./motifs";
import { DEMO_VTT, DEMO_WEBM } from "./video";

// The demo's files. `key` is how posts refer to them; `name` is the file under uploads/seed/.

function img(
  key: string,
  motif: Motif,
  palette: Palette,
  variant: number,
  fileName: string,
  alt: string,
  small = false,
): ImageAsset {
  const [w, h] = small ? [480, 320] : [640, 360];
  return { kind: "IMAGE", key, name: `${key}.png`, fileName, alt, picture: pictureSpec(motif, palette, variant, w, h) };
}

const album = (key: string, motifs: Motif[], palette: Palette, fileBase: string, alts: string[]) =>
  alts.map((alt, i) =>
    img(`${key}-${i + 1}`, motifs[i % motifs.length]!, palette, i + 1, `${fileBase}-${i + 1}.png`, alt, true),
  );

export const images: ImageAsset[] = [
  img(
    "mou-cover",
    "mou",
    "teal",
    0,
    "พิธีลงนามบันทึกข้อตกลงความร่วมมือ.png",
    "พิธีลงนามบันทึกข้อตกลงความร่วมมือระหว่างสำนักงาน กกต. ประจำจังหวัดเชียงราย กับสำนักงานสาธารณสุขจังหวัดเชียงราย",
  ),
  ...album("mou", ["mou", "crowd", "meeting"], "teal", "ภาพพิธีลงนาม", [
    "ผู้แทนทั้งสองหน่วยงานลงนามในบันทึกข้อตกลงความร่วมมือ",
    "ผู้เข้าร่วมพิธีลงนามถ่ายภาพร่วมกัน",
    "ผู้แทน อสม. รับฟังการชี้แจงแนวทางการดำเนินงานร่วมกัน",
  ]),
  img(
    "press-network-2565",
    "meeting",
    "blue",
    1,
    "ประชุมเครือข่ายภาคประชาชน.png",
    "การประชุมเครือข่ายภาคประชาชนเพื่อเตรียมความพร้อมการเลือกตั้ง",
  ),
  img("press-smartvote", "megaphone", "purple", 2, "ตรวจสอบรายชื่อผู้มีสิทธิ.png", "ภาพประชาสัมพันธ์การตรวจสอบรายชื่อผู้มีสิทธิเลือกตั้ง"),
  img("press-no-vote-buying", "megaphone", "sunset", 3, "ไม่ซื้อสิทธิ-ไม่ขายเสียง.png", "ภาพรณรงค์ไม่ซื้อสิทธิ ไม่ขายเสียง"),
  img(
    "press-advance-2566",
    "ballot",
    "blue",
    4,
    "ลงทะเบียนเลือกตั้งล่วงหน้า-2566.png",
    "ภาพประชาสัมพันธ์การลงทะเบียนขอใช้สิทธิเลือกตั้งล่วงหน้า",
  ),
  img("press-thanks-2566", "crowd", "sunset", 5, "ขอบคุณผู้มาใช้สิทธิ-2566.png", "ประชาชนเข้าแถวรอใช้สิทธิเลือกตั้งที่หน่วยเลือกตั้ง"),
  img("press-by7-invite", "ballot", "green", 6, "เชิญชวนใช้สิทธิ-เขต7.png", "ภาพเชิญชวนผู้มีสิทธิในเขตเลือกตั้งที่ 7 ออกไปใช้สิทธิ"),
  img("press-fake-news", "megaphone", "night", 7, "เตือนภัยข่าวปลอม.png", "ภาพเตือนภัยข่าวปลอมและมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่"),
  img(
    "news-school-2565",
    "meeting",
    "green",
    8,
    "ประชาธิปไตยในสถานศึกษา.png",
    "นักเรียนร่วมกิจกรรมส่งเสริมประชาธิปไตยในสถานศึกษา",
  ),
  img("news-night-transport", "ballot", "night", 9, "ซ้อมขนส่งหีบบัตร.png", "เจ้าหน้าที่ซ้อมขนส่งหีบบัตรเลือกตั้งในเวลากลางคืน"),
  img(
    "news-training-2565",
    "meeting",
    "blue",
    10,
    "อบรมเชิงปฏิบัติการ.png",
    "การอบรมเชิงปฏิบัติการเตรียมความพร้อมการจัดการเลือกตั้ง",
  ),
  img(
    "news-vote-day-2566",
    "crowd",
    "blue",
    11,
    "วันเลือกตั้ง-14-พ.ค.-2566.png",
    "บรรยากาศการลงคะแนนเลือกตั้ง ส.ส. วันที่ 14 พฤษภาคม 2566",
  ),
  img("news-senate-2567", "meeting", "purple", 12, "การเลือก-สว-ระดับอำเภอ.png", "บรรยากาศการเลือกสมาชิกวุฒิสภาระดับอำเภอ"),
  img("news-new-voters", "crowd", "teal", 13, "ผู้มีสิทธิเลือกตั้งครั้งแรก.png", "เยาวชนผู้มีสิทธิเลือกตั้งครั้งแรกร่วมกิจกรรม"),
  img(
    "ea-ge2566",
    "calendar",
    "blue",
    14,
    "กำหนดวันเลือกตั้ง-14-พ.ค.-2566.png",
    "ภาพปฏิทินกำหนดวันเลือกตั้ง ส.ส. วันที่ 14 พฤษภาคม 2566",
  ),
  img(
    "ea-by7",
    "calendar",
    "green",
    15,
    "เลือกตั้งแทนตำแหน่งที่ว่าง-เขต7.png",
    "ภาพปฏิทินกำหนดวันเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7",
  ),
  img("er-ge2566", "chart", "blue", 16, "ผลการเลือกตั้ง-สส-2566.png", "แผนภูมิผลการเลือกตั้ง ส.ส. จังหวัดเชียงราย พ.ศ. 2566"),
  img("er-by7", "chart", "green", 17, "ผลการเลือกตั้ง-เขต7-2568.png", "แผนภูมิผลการเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7"),
  ...album("mm-school", ["meeting", "crowd", "meeting"], "green", "ประชาธิปไตยในโรงเรียน", [
    "วิทยากรบรรยายเรื่องบทบาทของพลเมืองในระบอบประชาธิปไตย",
    "นักเรียนทดลองลงคะแนนเลือกตั้งประธานนักเรียน",
    "ครูและนักเรียนถ่ายภาพร่วมกับเจ้าหน้าที่สำนักงาน",
  ]),
  ...album("mm-ge2566", ["crowd", "ballot", "chart"], "blue", "เลือกตั้ง-สส-2566", [
    "ผู้มีสิทธิเลือกตั้งตรวจสอบรายชื่อหน้าหน่วยเลือกตั้ง",
    "กรรมการประจำหน่วยเลือกตั้งปิดหีบบัตรเลือกตั้ง",
    "การนับคะแนนอย่างเปิดเผยที่หน่วยเลือกตั้ง",
  ]),
  ...album("mm-by7", ["ballot", "crowd", "chart"], "green", "เลือกตั้งเขต7-2568", [
    "กรรมการประจำหน่วยเลือกตั้งรับมอบหีบบัตรและวัสดุอุปกรณ์",
    "ผู้สูงอายุได้รับความช่วยเหลือในการเดินทางมาใช้สิทธิ",
    "การรวบรวมผลคะแนนที่ศูนย์รวมผลคะแนน",
  ]),
  img("mm-video", "video", "purple", 18, "วีดิทัศน์รู้ทันข่าวปลอม.png", "ภาพตัวอย่างวีดิทัศน์รู้ทันข่าวปลอมช่วงการเลือกตั้ง"),
  img("mm-clip-poster", "video", "teal", 19, "ภาพตัวอย่างคลิปเชิญชวนใช้สิทธิ.png", "ภาพตัวอย่างคลิปเชิญชวนไปใช้สิทธิเลือกตั้ง"),
  img("other-contact", "mountains", "teal", 19, "ติดต่อสำนักงาน.png", "ภาพประกอบช่องทางการติดต่อสำนักงาน"),
];

import { files as documents } from "./assets-pdf";
import { procurementFiles } from "./assets-procurement";
import { skr1Files } from "./procurement";

export const files: FileAsset[] = [...documents, ...procurementFiles, ...skr1Files];

/** The demo's uploaded video and its Thai captions (a post in มัลติมีเดีย plays them). */
export const media: MediaAsset[] = [
  {
    kind: "VIDEO",
    key: "mm-clip",
    name: "mm-clip.webm",
    fileName: "คลิปเชิญชวนใช้สิทธิเลือกตั้ง.webm",
    mimeType: "video/webm",
    bytes: DEMO_WEBM,
  },
  {
    kind: "CAPTIONS",
    key: "mm-clip-captions",
    name: "mm-clip.vtt",
    fileName: "คำบรรยายคลิปเชิญชวนใช้สิทธิ.vtt",
    mimeType: "text/vtt",
    bytes: Buffer.from(DEMO_VTT, "utf8"),
  },
];
