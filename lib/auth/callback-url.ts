// Where to go after signing in. Only paths of the staff area on this site: anything else (other
// hosts, "//evil", "/\\evil", the login page itself) falls back to the dashboard, so the login
// page cannot be used to send someone elsewhere.

export const AFTER_SIGN_IN = "/admin";

export function safeCallbackPath(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, "http://site.invalid");
  } catch {
    return AFTER_SIGN_IN;
  }
  if (url.origin !== "http://site.invalid") return AFTER_SIGN_IN;
  const inAdmin = url.pathname === "/admin" || url.pathname.startsWith("/admin/");
  if (!inAdmin || url.pathname === "/admin/login" || url.pathname.startsWith("/admin/login/")) return AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}
