import { bkk } from "../time";
import { paras, type SeedPost } from "./types";

// มัลติมีเดีย: photo albums (the cover is the album's first photo) and a video notice.

const album = (key: string, captions: string[]) =>
  captions.map((caption, i) => ({ asset: `${key}-${i + 1}`, caption }));

// The video itself, as staff add one: its YouTube address alone on a line (lib/posts/video-embeds.ts).
// A demo address: the id stands for the office's own upload.
export const DEMO_VIDEO_URL = "https://www.youtube.com/watch?v=ectDemo2569";
const DEMO_VIDEO_PARAGRAPH = `<p><a href="${DEMO_VIDEO_URL}">รู้ทันข่าวปลอมช่วงการเลือกตั้ง</a></p>`;

export const multimedia: SeedPost[] = [
  {
    section: "MULTIMEDIA",
    title: "คลิปสั้นเชิญชวนไปใช้สิทธิเลือกตั้ง",
    summary: "คลิปสั้นพร้อมคำบรรยายภาษาไทย ชวนตรวจสอบรายชื่อและไปใช้สิทธิเลือกตั้งตามวันและเวลาที่กำหนด",
    body: paras(
      "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงรายเผยแพร่คลิปสั้นเชิญชวนผู้มีสิทธิเลือกตั้งตรวจสอบรายชื่อ และไปใช้สิทธิตามวันและเวลาที่กำหนด",
    ),
    at: bkk(2024, 2, 5, 10, 0),
    // Listings show the cover; the post's page shows the video in its place.
    cover: "mm-clip-poster",
    video: { asset: "mm-clip", poster: "mm-clip-poster", captions: "mm-clip-captions" },
    tags: ["วีดิทัศน์", "ประชาสัมพันธ์"],
    viewCount: 97,
  },
  {
    section: "MULTIMEDIA",
    title: "ประมวลภาพกิจกรรมส่งเสริมประชาธิปไตยในสถานศึกษา ปี 2565",
    summary: "ภาพกิจกรรมให้ความรู้และจำลองการเลือกตั้งในโรงเรียน",
    body: paras("ประมวลภาพกิจกรรมส่งเสริมประชาธิปไตยในสถานศึกษา อำเภอเมืองเชียงราย เมื่อวันที่ ๑๕ มีนาคม ๒๕๖๕"),
    at: bkk(2022, 3, 16, 9, 0),
    cover: "mm-school-1",
    gallery: album("mm-school", ["วิทยากรบรรยายเรื่องบทบาทของพลเมือง", "นักเรียนทดลองลงคะแนนเลือกตั้ง", "ถ่ายภาพร่วมกัน"]),
    tags: ["ภาพกิจกรรม", "ประชาธิปไตย", "เยาวชน"],
    viewCount: 205,
  },
  {
    section: "MULTIMEDIA",
    title: "ประมวลภาพการเลือกตั้ง ส.ส. จังหวัดเชียงราย 14 พฤษภาคม 2566",
    summary: "ภาพบรรยากาศการลงคะแนนและการนับคะแนนที่หน่วยเลือกตั้ง",
    body: paras("ประมวลภาพบรรยากาศการเลือกตั้งสมาชิกสภาผู้แทนราษฎร จังหวัดเชียงราย วันอาทิตย์ที่ ๑๔ พฤษภาคม ๒๕๖๖"),
    at: bkk(2023, 5, 15, 16, 0),
    cover: "mm-ge2566-1",
    gallery: album("mm-ge2566", ["ตรวจสอบรายชื่อหน้าหน่วยเลือกตั้ง", "ปิดหีบบัตรเลือกตั้ง", "นับคะแนนอย่างเปิดเผย"]),
    tags: ["ภาพกิจกรรม", "เลือกตั้ง ส.ส. 2566"],
    viewCount: 1302,
  },
  {
    section: "MULTIMEDIA",
    title: "ประมวลภาพการเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7",
    summary: "ภาพการเตรียมการ การลงคะแนน และการรวบรวมผลคะแนน วันที่ 14 กันยายน 2568",
    body: paras("ประมวลภาพการเลือกตั้งสมาชิกสภาผู้แทนราษฎรแทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ ๗ วันอาทิตย์ที่ ๑๔ กันยายน ๒๕๖๘"),
    at: bkk(2025, 9, 15, 16, 0),
    cover: "mm-by7-1",
    gallery: album("mm-by7", ["รับมอบหีบบัตรและวัสดุอุปกรณ์", "อำนวยความสะดวกแก่ผู้สูงอายุ", "รวบรวมผลคะแนน"]),
    tags: ["ภาพกิจกรรม", "เลือกตั้งแทนตำแหน่งที่ว่าง", "เขตเลือกตั้งที่ 7"],
    viewCount: 688,
  },
  {
    section: "MULTIMEDIA",
    title: 'วีดิทัศน์ประชาสัมพันธ์ "รู้ทันข่าวปลอมช่วงการเลือกตั้ง"',
    summary: "วีดิทัศน์แนะนำวิธีตรวจสอบข่าวสารก่อนแชร์ และช่องทางสอบถามข้อมูลที่ถูกต้อง",
    body: `${paras(
      'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย เผยแพร่วีดิทัศน์ประชาสัมพันธ์ "รู้ทันข่าวปลอมช่วงการเลือกตั้ง" ความยาว ๓ นาที แนะนำวิธีตรวจสอบแหล่งที่มาของข่าวก่อนแชร์',
      "หากไม่แน่ใจในข้อมูลเกี่ยวกับการเลือกตั้ง สอบถามได้ที่สายด่วน ๑๔๔๔",
    )}\n${DEMO_VIDEO_PARAGRAPH}`,
    at: bkk(2026, 4, 22, 10, 0),
    cover: "mm-video",
    tags: ["วีดิทัศน์", "ข่าวปลอม", "ประชาสัมพันธ์"],
    viewCount: 240,
  },
];
