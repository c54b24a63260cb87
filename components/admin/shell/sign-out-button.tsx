"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

// next-auth's sign-out needs its CSRF token, hence a client button. Afterwards a full load of the
// login page, so no staff page stays in the router cache.
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setPending(true);
    setFailed(false);
    try {
      await signOut({ redirect: false });
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose: no staff page may stay in the router cache
      window.location.assign("/admin/login");
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md border border-white/70 px-3 py-1 font-bold hover:bg-white hover:text-brand-900 disabled:opacity-70"
      >
        ออกจากระบบ
      </button>
      <span role="status" className="text-sm">
        {failed ? "ออกจากระบบไม่สำเร็จ กรุณาลองอีกครั้ง" : ""}
      </span>
    </>
  );
}
