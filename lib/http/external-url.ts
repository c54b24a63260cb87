// Links staff type into the settings (Facebook, YouTube, LINE, map) end up in an href on every
// public page: only http(s) may pass.

/** Only http(s) links reach an href; anything else (javascript:, data:) is dropped. */
export function safeExternalUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}
