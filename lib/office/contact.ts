// Phone numbers as typed by staff ("053 150 100 ต่อ 12, 081 234 5678") turned into tel: links.

export type PhoneLink = { text: string; href: string };

/** One link per number; the extension stays in the text but not in the dialled number. */
export function phoneLinks(list: string): PhoneLink[] {
  return list
    .split(/[,،]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((text) => {
      const number = text.replace(/\s*(?:ต่อ|ext\.?)\s*\d{1,5}$/i, "");
      const digits = number.replace(/[^\d+]/g, "");
      return /^\+?\d{3,15}$/.test(digits) ? [{ text, href: `tel:${digits}` }] : [];
    });
}

/** A mailto: link for an address that looks like one (the forms check it; this guards the href). */
export function mailtoHref(email: string): string | null {
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) ? `mailto:${email}` : null;
}
