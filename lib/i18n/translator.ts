import { createTranslator } from "next-intl";
import type { SiteLang } from "./langs";
import { en } from "./messages/en";
import { th, type Messages } from "./messages/th";

// The public site's interface strings, through next-intl's translator (ICU messages, typed keys).
// Pages know their language from the address (app/(site)/[lang]) and pass it down; nothing here
// reads the request, so pages stay cached.

const MESSAGES: Record<SiteLang, Messages> = { th, en };

/** The translator of one language: t("shell.home"). */
export function translator(lang: SiteLang) {
  return createTranslator({ locale: lang, messages: MESSAGES[lang] as typeof th });
}

export type Translator = ReturnType<typeof translator>;
