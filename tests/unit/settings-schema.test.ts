import { describe, expect, it } from "vitest";
import { isThaiPhoneList, isWebUrl, settingsFormSchema } from "@/lib/settings/schema";

const valid = {
  officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย",
  officeShortName: "สำนักงาน กกต. ประจำจังหวัดเชียงราย",
  province: "เชียงราย",
  address: "",
  phone: "053 150 100",
  fax: "",
  hotline: "1444",
  email: "chiangrai@example.go.th",
  facebookUrl: "https://www.facebook.com/ect.chiangrai.demo",
  youtubeUrl: "",
  lineUrl: "",
  mapUrl: "",
  copyrightStartYear: "2559",
};

function errorOf(field: keyof typeof valid, value: string): string | undefined {
  const r = settingsFormSchema.safeParse({ ...valid, [field]: value });
  if (r.success) return undefined;
  return r.error.issues.find((i) => i.path[0] === field)?.message;
}

describe("settings validation", () => {
  it("accepts the demo office and turns the year into a number", () => {
    const r = settingsFormSchema.safeParse(valid);
    expect(r.success && r.data.copyrightStartYear).toBe(2559);
  });

  it("Thai phone numbers: landlines, mobiles, +66, extensions and lists", () => {
    for (const ok of [
      "053 150 100",
      "02-123-4567",
      "0 5315 0100",
      "081 234 5678",
      "+66 53 150 100",
      "053 150 100 ต่อ 12",
      "053 150 100, 081 234 5678",
      "(053) 150100",
    ]) {
      expect(isThaiPhoneList(ok), ok).toBe(true);
    }
    for (const bad of [
      "12345",
      "053 150 10",
      "0812345678901",
      "โทร 053150100",
      "053150100<script>",
      "javascript:alert(1)",
    ]) {
      expect(isThaiPhoneList(bad), bad).toBe(false);
    }
    expect(errorOf("phone", "12345")).toMatch(/^รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง/);
    expect(errorOf("fax", "abc")).toMatch(/^รูปแบบหมายเลขโทรสารไม่ถูกต้อง/);
    expect(errorOf("hotline", "14")).toMatch(/^สายด่วนต้องเป็นเลข 4 หลัก/);
    expect(errorOf("hotline", "")).toBe("กรุณากรอกสายด่วน");
  });

  it("links must be http(s)", () => {
    expect(isWebUrl("https://line.me/R/ti/p/@ect")).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "ftp://example.com",
      "www.facebook.com",
      "//evil.example",
    ]) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
    expect(errorOf("facebookUrl", "javascript:alert(document.cookie)")).toBe(
      "ลิงก์ Facebook ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:// หรือ http://",
    );
    expect(errorOf("mapUrl", "")).toBeUndefined();
  });

  it("e-mail, required names, lengths and the Buddhist-era year", () => {
    expect(errorOf("email", "not-an-email")).toBe("รูปแบบอีเมลไม่ถูกต้อง เช่น office@example.go.th");
    expect(errorOf("email", "")).toBeUndefined();
    expect(errorOf("officeName", "  ")).toBe("กรุณากรอกชื่อสำนักงาน");
    expect(errorOf("officeName", "ก".repeat(201))).toBe("ชื่อสำนักงานยาวได้ไม่เกิน 200 ตัวอักษร");
    expect(errorOf("copyrightStartYear", "2016")).toBe("ปีลิขสิทธิ์ต้องเป็นปี พ.ศ. ระหว่าง 2500 ถึง 2700");
    expect(errorOf("copyrightStartYear", "2701")).toBe("ปีลิขสิทธิ์ต้องเป็นปี พ.ศ. ระหว่าง 2500 ถึง 2700");
    expect(errorOf("copyrightStartYear", "๒๕๕๙")).toBe("กรุณากรอกปี พ.ศ. เป็นตัวเลข 4 หลัก เช่น 2559");
    expect(errorOf("copyrightStartYear", "2500")).toBeUndefined();
  });
});
