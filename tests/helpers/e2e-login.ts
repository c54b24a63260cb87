import { expect, type Page } from "@playwright/test";

export type Credentials = { email: string; password: string; name?: string };

/** Signs in through the login form and waits for the staff area to open. */
export async function signIn(page: Page, user: Credentials, callbackPath?: string): Promise<void> {
  await page.goto(callbackPath ? `/admin/login?callbackUrl=${encodeURIComponent(callbackPath)}` : "/admin/login");
  await fillLoginForm(page, user);
  await page.waitForURL((url) => url.pathname.startsWith("/admin") && url.pathname !== "/admin/login", {
    timeout: 20_000,
  });
  await expect(page.getByRole("button", { name: "ออกจากระบบ" })).toBeVisible();
}

/** Fills and submits the form without waiting for the outcome (for refused sign-ins). */
export async function fillLoginForm(page: Page, user: Credentials): Promise<void> {
  const form = page.getByRole("form", { name: "เข้าสู่ระบบ" });
  await form.getByLabel("อีเมล").fill(user.email);
  await form.getByLabel("รหัสผ่าน").fill(user.password);
  await form.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
}

/** The sign-in form's own error region (not Next's route announcer, which is also an alert). */
export function loginError(page: Page) {
  return page.getByRole("form", { name: "เข้าสู่ระบบ" }).getByRole("alert");
}
