// Sign-in outcomes travel from authorize() to the browser as next-auth error codes (the query
// string of its answer); the login form turns only these known codes into Thai text, so nothing
// an attacker puts in a URL is ever shown.

export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin", // next-auth's own code when authorize() returns null
  inactive: "AccountInactive",
  accountLocked: "AccountLocked",
  addressLocked: "AddressLocked",
} as const;

/**
 * "AccountLocked:15": the lock and the minutes left, rounded up. "AccountLocked" is the lock of this
 * account from this address (the pair): the same account from elsewhere is not locked.
 */
export function lockedCode(scope: "pair" | "address", minutes: number): string {
  return `${scope === "pair" ? SIGN_IN_ERRORS.accountLocked : SIGN_IN_ERRORS.addressLocked}:${minutes}`;
}

/** ?notice= on the sign-in page after someone changed their own password (signed out everywhere). */
export const PASSWORD_CHANGED_NOTICE = "password-changed";
export const PASSWORD_CHANGED_MESSAGE = "เปลี่ยนรหัสผ่านแล้ว โปรดเข้าสู่ระบบด้วยรหัสผ่านใหม่";
/** ?notice= after «ออกจากระบบทุกเครื่อง» on one's own account page. */
export const SIGNED_OUT_EVERYWHERE_NOTICE = "signed-out-everywhere";
export const SIGNED_OUT_EVERYWHERE_MESSAGE = "ออกจากระบบทุกเครื่องแล้ว รวมถึงเครื่องนี้ โปรดเข้าสู่ระบบอีกครั้ง";

/** The sign-in page's notice for a known ?notice= code; anything else shows nothing. */
export function signInNotice(code: unknown): string | null {
  if (code === PASSWORD_CHANGED_NOTICE) return PASSWORD_CHANGED_MESSAGE;
  if (code === SIGNED_OUT_EVERYWHERE_NOTICE) return SIGNED_OUT_EVERYWHERE_MESSAGE;
  return null;
}

export const INVALID_MESSAGE = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";
export const INACTIVE_MESSAGE = "บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ";
export const GENERIC_MESSAGE = "เข้าสู่ระบบไม่สำเร็จ กรุณาลองใหม่อีกครั้ง";

export function lockedMessage(minutes: number): string {
  return `เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก ${minutes} นาที`;
}

export function addressLockedMessage(minutes: number): string {
  return `มีการเข้าสู่ระบบผิดจากเครือข่ายนี้หลายครั้งเกินไป กรุณาลองใหม่ในอีก ${minutes} นาที`;
}

export function signInErrorMessage(code: string | null | undefined): string {
  if (!code) return GENERIC_MESSAGE;
  if (code === SIGN_IN_ERRORS.invalid) return INVALID_MESSAGE;
  if (code === SIGN_IN_ERRORS.inactive) return INACTIVE_MESSAGE;
  const match = /^(AccountLocked|AddressLocked):(\d{1,3})$/.exec(code);
  if (match) {
    const minutes = Math.max(1, Number(match[2]));
    return match[1] === SIGN_IN_ERRORS.accountLocked ? lockedMessage(minutes) : addressLockedMessage(minutes);
  }
  return GENERIC_MESSAGE;
}
