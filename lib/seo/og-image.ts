import path from "node:path";
import sharp, { type OutputInfo } from "sharp";
import { xmlText } from "@/lib/feeds/xml";

// The link-preview picture of a post (1200×630 PNG): office, section, title and date drawn with
// Sarabun by Pango (through sharp), which shapes Thai properly — tone marks over vowels, sara am —
// and wraps between words.

export const OG_SIZE = { width: 1200, height: 630 } as const;
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/sarabun/files");
const BOLD = path.join(FONT_DIR, "sarabun-thai-700-normal.woff");
const REGULAR = path.join(FONT_DIR, "sarabun-thai-400-normal.woff");
const BRAND = "#25245f";
const GOLD = "#e0b84a";

type Card = { officeName: string; section: string; title: string; date: string };

export async function textImage(text: string, font: string, fontfile: string, width: number, colour: string) {
  return sharp({
    text: {
      text: `<span foreground="${colour}">${xmlText(text)}</span>`,
      font,
      fontfile,
      width,
      rgba: true,
      wrap: "word-char",
      dpi: 72,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
}

export async function renderPostCard(card: Card): Promise<Buffer> {
  const inner = OG_SIZE.width - 120;
  // Long titles get a smaller size so that they fit in the space between the header and the date.
  const size = card.title.length > 90 ? 44 : card.title.length > 50 ? 52 : 60;
  const [office, section, title, date] = await Promise.all([
    textImage(card.officeName, "Sarabun Bold 30", BOLD, inner, GOLD),
    textImage(card.section, "Sarabun 28", REGULAR, inner, "#e2e0f4"),
    textImage(card.title, `Sarabun Bold ${size}`, BOLD, inner, "#ffffff"),
    textImage(card.date, "Sarabun 32", REGULAR, inner, "#ffffff"),
  ]);
  const titleTop = 170;
  const maxTitle = OG_SIZE.height - titleTop - 110;
  const fit = async (img: { data: Buffer; info: OutputInfo }, maxHeight: number) =>
    img.info.height > maxHeight || img.info.width > inner
      ? sharp(img.data)
          .extract({
            left: 0,
            top: 0,
            width: Math.min(img.info.width, inner),
            height: Math.min(img.info.height, maxHeight),
          })
          .toBuffer()
      : img.data;
  return sharp({ create: { ...OG_SIZE, channels: 4, background: BRAND } })
    .composite([
      { input: { create: { width: OG_SIZE.width, height: 12, channels: 4, background: GOLD } }, left: 0, top: 0 },
      { input: await fit(office, 45), left: 60, top: 50 },
      { input: await fit(section, 45), left: 60, top: 100 },
      { input: await fit(title, maxTitle), left: 60, top: titleTop },
      { input: await fit(date, 50), left: 60, top: OG_SIZE.height - 80 },
    ])
    .png()
    .toBuffer();
}
