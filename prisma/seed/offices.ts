import type { Prisma } from "@/lib/generated/prisma/client";
import type { Section } from "@/lib/generated/prisma/enums";
import { refreshSearchVector } from "@/lib/search/index-post";
import { GE2566_SLUG, MP_POSITION } from "./elections";
import { bkk, bkkDaysFrom } from "./time";

// The two other demo offices beside Chiang Rai: the central office, whose press releases every
// provincial home page carries, and Phayao, a province with its own staff, posts, events and its
// three constituencies of the 2566 general election (counts not entered yet: the office imports
// them itself). Contact details are placeholders, as for Chiang Rai.

type DemoPost = { section: Section; title: string; summary: string; body: string; daysAgo: number };
type DemoOffice = {
  code: string;
  settings: Omit<Prisma.SiteSettingsCreateManyInput, "officeId">;
  staff: { email: string; name: string; role: "ADMIN" | "EDITOR" | "AUTHOR" }[];
  posts: DemoPost[];
  events: { title: string; location: string; daysFromNow: number; hh: number }[];
};

const CENTRAL: DemoOffice = {
  code: "ect",
  settings: {
    officeName: "สำนักงานคณะกรรมการการเลือกตั้ง",
    officeShortName: "สำนักงาน กกต.",
    province: "กรุงเทพมหานคร",
    address: "ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพมหานคร 10210",
    phone: "02 000 0000",
    email: "info@example.go.th",
    copyrightStartYear: 2559,
  },
  staff: [{ email: "press@ect.example.go.th", name: "กองประชาสัมพันธ์", role: "EDITOR" }],
  posts: [
    {
      section: "PRESS_RELEASE",
      title: "กกต. เชิญชวนผู้มีสิทธิเลือกตั้งตรวจสอบรายชื่อก่อนวันเลือกตั้ง",
      summary: "ตรวจสอบรายชื่อและหน่วยเลือกตั้งของตนได้ทางเว็บไซต์และแอปพลิเคชันของสำนักงาน กกต.",
      body: "<p>สำนักงานคณะกรรมการการเลือกตั้งขอเชิญชวนผู้มีสิทธิเลือกตั้งตรวจสอบรายชื่อและหน่วยเลือกตั้งของตนล่วงหน้า หากไม่พบรายชื่อ โปรดติดต่อสำนักทะเบียนอำเภอหรือสำนักทะเบียนท้องถิ่น</p>",
      daysAgo: 1,
    },
    {
      section: "PRESS_RELEASE",
      title: "กกต. ประชุมชี้แจงแนวทางปฏิบัติงานแก่สำนักงาน กกต. ประจำจังหวัดทั่วประเทศ",
      summary: "การประชุมทางไกลเพื่อชี้แจงแนวทางการจัดการเลือกตั้งให้เป็นไปในแนวทางเดียวกันทุกจังหวัด",
      body: "<p>สำนักงานคณะกรรมการการเลือกตั้งจัดประชุมทางไกลชี้แจงแนวทางปฏิบัติงานแก่สำนักงาน กกต. ประจำจังหวัดทั้ง 77 แห่ง</p>",
      daysAgo: 4,
    },
    {
      section: "PRESS_RELEASE",
      title: "กกต. แจ้งช่องทางแจ้งเบาะแสการทุจริตการเลือกตั้ง สายด่วน 1444",
      summary: "ประชาชนแจ้งเบาะแสได้ตลอด 24 ชั่วโมง ข้อมูลผู้แจ้งเป็นความลับ",
      body: "<p>ประชาชนที่พบเห็นการกระทำที่อาจเป็นการทุจริตการเลือกตั้ง แจ้งเบาะแสได้ที่สายด่วน กกต. 1444 ตลอด 24 ชั่วโมง</p>",
      daysAgo: 9,
    },
  ],
  events: [{ title: "ประชุมคณะกรรมการการเลือกตั้ง", location: "สำนักงาน กกต.", daysFromNow: 2, hh: 10 }],
};

const PHAYAO: DemoOffice = {
  code: "phayao",
  settings: {
    officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพะเยา",
    officeShortName: "สำนักงาน กกต. ประจำจังหวัดพะเยา",
    province: "พะเยา",
    address: "ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000",
    phone: "054 000 000",
    email: "phayao@example.go.th",
    copyrightStartYear: 2559,
  },
  staff: [
    { email: "admin.phayao@example.go.th", name: "ผู้ดูแลระบบ พะเยา", role: "ADMIN" },
    { email: "editor.phayao@example.go.th", name: "บรรณาธิการ พะเยา", role: "EDITOR" },
  ],
  posts: [
    {
      section: "NEWS_ACTIVITY",
      title: "สำนักงาน กกต. ประจำจังหวัดพะเยา ออกหน่วยให้ความรู้การเลือกตั้งแก่นักเรียน",
      summary: "กิจกรรมส่งเสริมประชาธิปไตยในโรงเรียน อำเภอเมืองพะเยา",
      body: "<p>เจ้าหน้าที่สำนักงาน กกต. ประจำจังหวัดพะเยา ให้ความรู้เรื่องการเลือกตั้งแก่นักเรียนมัธยมศึกษาตอนปลาย</p>",
      daysAgo: 2,
    },
    {
      section: "ANNOUNCEMENT",
      title: "ประกาศรับสมัครบุคคลเพื่อแต่งตั้งเป็นผู้ช่วยประจำหน่วยเลือกตั้ง จังหวัดพะเยา",
      summary: "ผู้สนใจยื่นใบสมัครได้ที่สำนักงาน กกต. ประจำจังหวัดพะเยา ในวันและเวลาราชการ",
      body: "<p>สำนักงาน กกต. ประจำจังหวัดพะเยา ประกาศรับสมัครบุคคลเพื่อแต่งตั้งเป็นผู้ช่วยประจำหน่วยเลือกตั้ง</p>",
      daysAgo: 6,
    },
    {
      section: "ELECTION_ANNOUNCEMENT",
      title: "ประกาศเขตเลือกตั้งสมาชิกสภาผู้แทนราษฎร จังหวัดพะเยา 3 เขต",
      summary: "จังหวัดพะเยาแบ่งเขตเลือกตั้งสมาชิกสภาผู้แทนราษฎรออกเป็น 3 เขต",
      body: "<p>จังหวัดพะเยามีสมาชิกสภาผู้แทนราษฎรแบบแบ่งเขตเลือกตั้งได้ 3 คน แบ่งเขตเลือกตั้งออกเป็น 3 เขต</p>",
      daysAgo: 15,
    },
  ],
  events: [
    { title: "อบรมกรรมการประจำหน่วยเลือกตั้ง จังหวัดพะเยา", location: "หอประชุมจังหวัดพะเยา", daysFromNow: 3, hh: 9 },
    { title: "ประชุมประจำเดือนสำนักงาน", location: "สำนักงาน กกต. ประจำจังหวัดพะเยา", daysFromNow: 8, hh: 13 },
  ],
};

export const DEMO_OFFICES = [CENTRAL, PHAYAO];
export const PHAYAO_STAFF = PHAYAO.staff;

/** Writes the other demo offices (their rows name their office; the seed runs unconfined). */
export async function seedOtherOffices(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  let count = 0;
  for (const demo of DEMO_OFFICES) {
    const office = await tx.office.findUniqueOrThrow({ where: { code: demo.code } });
    const officeId = office.id;
    await tx.siteSettings.create({ data: { ...demo.settings, officeId } });
    await tx.user.createMany({
      // "!" can never equal a hash: no password until an admin of the office (or the platform
      // administrator) sets one.
      data: demo.staff.map((s) => ({ ...s, officeId, passwordHash: "!" })),
    });
    const author = await tx.user.findFirstOrThrow({ where: { officeId }, orderBy: { id: "asc" } });
    for (const p of [...demo.posts].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const at = bkkDaysFrom(now, -p.daysAgo, 10, 0);
      const row = await tx.post.create({
        data: {
          officeId,
          section: p.section,
          status: "PUBLISHED",
          title: p.title,
          summary: p.summary,
          body: p.body,
          authorId: author.id,
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
          firstPublishedAt: at,
        },
        select: { id: true },
      });
      await refreshSearchVector(tx, row.id);
      count++;
    }
    await tx.event.createMany({
      data: demo.events.map((e) => ({
        officeId,
        title: e.title,
        location: e.location,
        startsAt: bkkDaysFrom(now, e.daysFromNow, e.hh, 0),
        endsAt: bkkDaysFrom(now, e.daysFromNow, e.hh + 3, 0),
        createdById: author.id,
      })),
    });
  }
  await seedNationalElection(tx);
  return count;
}

/**
 * The 2566 general election as the central office holds it (one national election, no contests of
 * its own), with Chiang Rai's results (all official) and Phayao's three constituencies (counts not
 * yet entered) as its provinces' parts: the central site adds them up.
 */
async function seedNationalElection(tx: Prisma.TransactionClient): Promise<void> {
  const [central, phayao] = await Promise.all(
    ["ect", "phayao"].map((code) => tx.office.findUniqueOrThrow({ where: { code } })),
  );
  const national = await tx.election.create({
    data: {
      officeId: central!.id,
      kind: "MP",
      title: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566",
      slug: "general-election-2566",
      pollingDay: bkk(2023, 5, 14),
      description: "ภาพรวมทั้งประเทศจากผลที่สำนักงาน กกต. จังหวัดบันทึก (ข้อมูลตัวอย่าง: มีเฉพาะจังหวัดเชียงรายและพะเยา)",
      published: true,
    },
  });
  await tx.election.updateMany({
    where: { officeId: { notIn: [central!.id, phayao!.id] }, slug: GE2566_SLUG },
    data: { nationalId: national.id },
  });
  await tx.election.create({
    data: {
      officeId: phayao!.id,
      nationalId: national.id,
      kind: "MP",
      title: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566 จังหวัดพะเยา",
      slug: GE2566_SLUG,
      pollingDay: bkk(2023, 5, 14),
      description: "ข้อมูลตัวอย่าง: สำนักงานยังไม่ได้นำเข้าผลคะแนนของทั้ง 3 เขต",
      published: true,
      contests: {
        create: [1, 2, 3].map((no) => ({ position: MP_POSITION, area: `เขต ${no}`, sortOrder: no })),
      },
    },
  });
}
