import type { E2EUser } from "./e2e-users";

/**
 * Signs in to the site at `base` as a browser's form would (next-auth's CSRF token, then the
 * credentials callback) and returns the Cookie header of the session. `origin` is the page's
 * address the browser would name (by default `base`'s).
 */
export async function signInCookie(
  base: string | URL,
  user: Pick<E2EUser, "email" | "password">,
  origin = new URL(base).origin,
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in at ${String(base)} failed: ${res.status}`);
  return cookie();
}
