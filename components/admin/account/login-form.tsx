"use client";

import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { signInErrorMessage } from "@/lib/auth/messages";

const INPUT = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-rose-700";
const OFFLINE = "ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองใหม่อีกครั้ง";

// Signs in through next-auth's credentials endpoint. Refusals come back as known codes and are
// shown in Thai in the form's own alert region; the password field is emptied and focused again.
export function LoginForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full load, so the staff layout is rendered with the new session cookie.
        window.location.assign(callbackPath);
        return;
      }
      setError(signInErrorMessage(result?.error));
    } catch {
      setError(OFFLINE);
    }
    setPending(false);
    if (password.current) {
      password.current.value = "";
      password.current.focus();
    }
  }

  return (
    // The POST target only matters without JavaScript: the password then never lands in a URL.
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={onSubmit}
      aria-labelledby="login-title"
      aria-busy={pending}
      className="space-y-4"
    >
      <h1 id="login-title" className="text-2xl font-bold text-brand-900">
        เข้าสู่ระบบ
      </h1>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="alert" id="login-error">
        {error && (
          <p className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 font-bold text-rose-800">{error}</p>
        )}
      </div>
      <div>
        <label htmlFor="login-email" className="block font-bold">
          อีเมล
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={200}
          className={INPUT}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="login-password" className="block font-bold">
          รหัสผ่าน
        </label>
        <input
          id="login-password"
          ref={password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          className={INPUT}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error" : undefined}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        เข้าสู่ระบบ
      </button>
      <p aria-live="polite" className="text-sm text-slate-600">
        {pending ? "กำลังตรวจสอบ… หากเคยกรอกผิดหลายครั้ง ระบบจะใช้เวลานานขึ้นเล็กน้อย" : ""}
      </p>
      <noscript>
        <p className="font-bold text-rose-800">กรุณาเปิดใช้ JavaScript ในเบราว์เซอร์เพื่อเข้าสู่ระบบ</p>
      </noscript>
    </form>
  );
}
