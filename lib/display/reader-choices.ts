// The reader's display choices (text size, contrast), kept in localStorage and applied as data
// attributes on <html> — by an inline script before the first paint, so cached pages (the same
// HTML for everyone) still open in each reader's own settings.

export const DISPLAY_KEY = "ect-display";
// Their names are the interface's (lib/i18n/messages: display.m, display.bw …).
export const TEXT_SIZES = [{ value: "m" }, { value: "l" }, { value: "xl" }] as const;
export const CONTRASTS = [{ value: "normal" }, { value: "bw" }, { value: "by" }] as const;

export type Display = { text: (typeof TEXT_SIZES)[number]["value"]; contrast: (typeof CONTRASTS)[number]["value"] };
export const DEFAULT_DISPLAY: Display = { text: "m", contrast: "normal" };

/** Accepts only known values, whatever is stored. */
export function parseDisplay(raw: string | null): Display {
  try {
    const v = JSON.parse(raw ?? "{}") as Partial<Record<string, unknown>>;
    return {
      text: TEXT_SIZES.some((t) => t.value === v.text) ? (v.text as Display["text"]) : "m",
      contrast: CONTRASTS.some((c) => c.value === v.contrast) ? (v.contrast as Display["contrast"]) : "normal",
    };
  } catch {
    return DEFAULT_DISPLAY;
  }
}

/**
 * The inline <head> script: marks <html data-js> (scripts run: tabs show as tabs), then applies the
 * reader's display settings with the same rules as parseDisplay; no imports, never throws.
 */
export const DISPLAY_BOOT_SCRIPT = `document.documentElement.dataset.js="";try{var d=JSON.parse(localStorage.getItem(${JSON.stringify(DISPLAY_KEY)})||"{}"),h=document.documentElement;if(["l","xl"].indexOf(d.text)>=0)h.dataset.text=d.text;if(["bw","by"].indexOf(d.contrast)>=0)h.dataset.contrast=d.contrast}catch(e){}`;
