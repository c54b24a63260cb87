"use client";

import { useSyncExternalStore } from "react";
import { CONTRASTS, parseDisplay, TEXT_SIZES } from "@/lib/display/reader-choices";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { chooseDisplay, storedDisplay, subscribeDisplay } from "./display-store";

// «การแสดงผล»: text size and contrast for readers with low vision, kept across pages and visits.
// A disclosure (works with the keyboard) holding two radio groups; a change applies at once.
export function DisplaySettings({ lang = "th" }: { lang?: SiteLang }) {
  const t = translator(lang);
  // The server (and the first client render, for hydration) knows no choice: the defaults.
  const display = parseDisplay(useSyncExternalStore(subscribeDisplay, storedDisplay, () => null));

  return (
    <details className="display-settings relative">
      <summary className="cursor-pointer rounded px-2 py-0.5 underline underline-offset-4">
        {t("display.title")}
      </summary>
      <div className="absolute right-0 z-40 mt-1 w-64 rounded-md bg-white p-3 text-slate-900 shadow-lg ring-1 ring-slate-300">
        <fieldset>
          <legend className="font-bold">{t("display.textSize")}</legend>
          <div className="mt-1 flex gap-3">
            {TEXT_SIZES.map((size) => (
              <label key={size.value} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="display-text"
                  checked={display.text === size.value}
                  onChange={() => chooseDisplay({ ...display, text: size.value })}
                />
                {t(`display.${size.value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="mt-3">
          <legend className="font-bold">{t("display.contrast")}</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {CONTRASTS.map((c) => (
              <label key={c.value} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="display-contrast"
                  checked={display.contrast === c.value}
                  onChange={() => chooseDisplay({ ...display, contrast: c.value })}
                />
                {t(`display.${c.value}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
