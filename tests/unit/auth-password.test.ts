import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/messages";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { loginAddress } from "@/lib/auth/throttle";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("ยาวพอแล้ว-1234");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("1234");
    expect(await verifyPassword(hash, "ยาวพอแล้ว-1234")).toBe(true);
    expect(await verifyPassword(hash, "ยาวพอแล้ว-1235")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("never matches the seed's placeholder or garbage", async () => {
    expect(await verifyPassword("!", "!")).toBe(false);
    expect(await verifyPassword("", "")).toBe(false);
    expect(await verifyPassword("$argon2id$broken", "anything-long")).toBe(false);
  });

  it("asks for at least 10 characters, in Thai", () => {
    expect(passwordProblem("short")).toBe("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร");
    expect(passwordProblem("123456789")).toBe("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร");
    expect(passwordProblem("1234567890")).toBeNull();
    expect(passwordProblem("          ")).toBe("รหัสผ่านต้องไม่เป็นช่องว่างทั้งหมด");
    expect(passwordProblem("x".repeat(201))).toBe("รหัสผ่านยาวได้ไม่เกิน 200 ตัวอักษร");
    // Thai counts by characters, not bytes: ten Thai letters are enough.
    expect(passwordProblem("กขคงจฉชซฌญ")).toBeNull();
  });

  it("generates readable passwords that pass the policy and differ every time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
      expect(passwordProblem(p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});

describe("after sign-in, only staff pages of this site", () => {
  it.each([
    ["/admin/posts?status=DRAFT", "/admin/posts?status=DRAFT"],
    ["/admin", "/admin"],
    [undefined, "/admin"],
    ["https://evil.example/admin", "/admin"],
    ["//evil.example/admin", "/admin"],
    ["/\\evil.example/admin", "/admin"],
    ["/news/announcements", "/admin"],
    ["/administrator", "/admin"],
    ["/admin/login", "/admin"],
    ["/admin/../news", "/admin"],
    ["javascript:alert(1)", "/admin"],
  ])("%s → %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });
});

describe("sign-in messages", () => {
  it("turns only known codes into Thai", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("อีเมลหรือรหัสผ่านไม่ถูกต้อง");
    expect(signInErrorMessage("AccountLocked:15")).toBe("เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก 15 นาที");
    expect(signInErrorMessage("AddressLocked:3")).toContain("ลองใหม่ในอีก 3 นาที");
    expect(signInErrorMessage("AccountInactive")).toBe("บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ");
    expect(signInErrorMessage("<script>alert(1)</script>")).toBe("เข้าสู่ระบบไม่สำเร็จ กรุณาลองใหม่อีกครั้ง");
    expect(signInErrorMessage(null)).toBe("เข้าสู่ระบบไม่สำเร็จ กรุณาลองใหม่อีกครั้ง");
  });
});

describe("the address a sign-in is counted against", () => {
  it("is the entry our side added, not what the client claims", () => {
    expect(loginAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(loginAddress({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
    // The server removes X-Real-IP (server/forwarded.ts): a client could write it.
    expect(loginAddress({ "x-real-ip": "198.51.100.8" })).toBe("unknown");
    expect(loginAddress({})).toBe("unknown");
  });
});
