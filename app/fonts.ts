import localFont from "next/font/local";

// Sarabun, self-hosted from @fontsource/sarabun (OFL, see fonts/OFL.txt). Latin and Thai subsets
// are separate files; listing both families lets each glyph come from the subset that has it.
export const sarabunLatin = localFont({
  src: [
    { path: "./fonts/sarabun-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./fonts/sarabun-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-sarabun-latin",
  display: "swap",
  fallback: ["system-ui", "sans-serif"],
});

export const sarabunThai = localFont({
  src: [
    { path: "./fonts/sarabun-thai-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./fonts/sarabun-thai-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-sarabun-thai",
  display: "swap",
  fallback: ["Tlwg Typist", "Garuda", "Loma", "sans-serif"],
});
