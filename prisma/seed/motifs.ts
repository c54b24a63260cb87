import type { PngSpec, Rgb, Shape } from "./files";

// Simple flat pictures for demo images: enough to tell covers apart, nothing more.
export type Motif = "ballot" | "meeting" | "mou" | "crowd" | "megaphone" | "calendar" | "chart" | "mountains" | "video";

const WHITE: Rgb = [250, 250, 250];
const NAVY: Rgb = [24, 42, 92];
const GOLD: Rgb = [232, 184, 62];
const RED: Rgb = [196, 48, 52];
const SKIN: Rgb = [226, 186, 150];

export const palettes = {
  blue: { top: [36, 88, 168], bottom: [14, 40, 96] },
  teal: { top: [32, 150, 150], bottom: [12, 78, 96] },
  green: { top: [92, 168, 96], bottom: [30, 96, 60] },
  sunset: { top: [244, 170, 96], bottom: [156, 64, 96] },
  night: { top: [16, 20, 48], bottom: [44, 56, 104] },
  paper: { top: [244, 240, 228], bottom: [214, 206, 188] },
  purple: { top: [120, 84, 170], bottom: [56, 36, 100] },
} as const satisfies Record<string, { top: Rgb; bottom: Rgb }>;

export type Palette = keyof typeof palettes;

function people(w: number, h: number, rows: number, perRow: number, shift: number): Shape[] {
  const out: Shape[] = [];
  for (let r = 0; r < rows; r++) {
    const y = h * (0.55 + r * 0.14);
    for (let i = 0; i < perRow; i++) {
      const x = (w * (i + 0.5 + (r % 2) * 0.25 + shift * 0.1)) / perRow;
      const hue = [RED, NAVY, GOLD, WHITE][(i + r + shift) % 4] ?? NAVY;
      out.push({ kind: "circle", cx: x, cy: y + h * 0.09, r: h * 0.07, color: hue });
      out.push({ kind: "circle", cx: x, cy: y, r: h * 0.04, color: SKIN });
    }
  }
  return out;
}

function shapesFor(motif: Motif, w: number, h: number, v: number): Shape[] {
  const cx = w / 2 + ((v % 3) - 1) * w * 0.08;
  switch (motif) {
    case "ballot":
      return [
        { kind: "rect", x: cx - w * 0.18, y: h * 0.42, w: w * 0.36, h: h * 0.42, color: WHITE },
        { kind: "rect", x: cx - w * 0.18, y: h * 0.42, w: w * 0.36, h: h * 0.06, color: NAVY },
        { kind: "rect", x: cx - w * 0.08, y: h * 0.44, w: w * 0.16, h: h * 0.02, color: GOLD },
        { kind: "rect", x: cx - w * 0.06, y: h * 0.16, w: w * 0.12, h: h * 0.28, color: WHITE },
        { kind: "rect", x: cx - w * 0.04, y: h * 0.22, w: w * 0.08, h: h * 0.015, color: RED },
        { kind: "rect", x: cx - w * 0.04, y: h * 0.27, w: w * 0.06, h: h * 0.015, color: RED },
      ];
    case "meeting":
      return [
        ...people(w, h * 0.7, 1, 5, v),
        { kind: "rect", x: w * 0.12, y: h * 0.62, w: w * 0.76, h: h * 0.1, color: [120, 78, 48] },
        { kind: "rect", x: w * 0.3, y: h * 0.1, w: w * 0.4, h: h * 0.2, color: WHITE },
      ];
    case "mou":
      return [
        { kind: "rect", x: w * 0.1, y: h * 0.66, w: w * 0.8, h: h * 0.1, color: [120, 78, 48] },
        { kind: "rect", x: w * 0.38, y: h * 0.5, w: w * 0.24, h: h * 0.16, color: WHITE },
        { kind: "circle", cx: w * 0.25, cy: h * 0.36, r: h * 0.08, color: SKIN },
        { kind: "circle", cx: w * 0.25, cy: h * 0.56, r: h * 0.13, color: NAVY },
        { kind: "circle", cx: w * 0.75, cy: h * 0.36, r: h * 0.08, color: SKIN },
        { kind: "circle", cx: w * 0.75, cy: h * 0.56, r: h * 0.13, color: [60, 140, 90] },
        { kind: "rect", x: w * 0.1, y: h * 0.08, w: w * 0.8, h: h * 0.08, color: GOLD },
      ];
    case "crowd":
      return [{ kind: "circle", cx: w * 0.8, cy: h * 0.2, r: h * 0.1, color: GOLD }, ...people(w, h, 3, 7, v)];
    case "megaphone":
      return [
        {
          kind: "triangle",
          points: [
            [cx - w * 0.1, h * 0.5],
            [cx + w * 0.2, h * 0.25],
            [cx + w * 0.2, h * 0.75],
          ],
          color: WHITE,
        },
        { kind: "rect", x: cx - w * 0.2, y: h * 0.42, w: w * 0.12, h: h * 0.16, color: RED },
        { kind: "rect", x: cx + w * 0.24, y: h * 0.35, w: w * 0.03, h: h * 0.3, color: GOLD },
      ];
    case "calendar": {
      const cells: Shape[] = [];
      for (let r = 0; r < 4; r++)
        for (let c = 0; c < 7; c++)
          cells.push({
            kind: "rect",
            x: w * (0.2 + c * 0.085),
            y: h * (0.36 + r * 0.13),
            w: w * 0.07,
            h: h * 0.1,
            color: (r * 7 + c) % 11 === v % 11 ? RED : [236, 236, 244],
          });
      return [
        { kind: "rect", x: w * 0.18, y: h * 0.14, w: w * 0.64, h: h * 0.76, color: WHITE },
        { kind: "rect", x: w * 0.18, y: h * 0.14, w: w * 0.64, h: h * 0.16, color: RED },
        ...cells,
      ];
    }
    case "chart":
      return [0, 1, 2, 3, 4, 5, 6].map((i) => ({
        kind: "rect" as const,
        x: w * (0.12 + i * 0.11),
        y: h * (0.85 - 0.2 - ((i * 37 + v * 13) % 50) / 100),
        w: w * 0.07,
        h: h * (0.2 + ((i * 37 + v * 13) % 50) / 100),
        color: i % 2 ? GOLD : WHITE,
      }));
    case "mountains":
      return [
        { kind: "circle", cx: w * 0.72, cy: h * 0.3, r: h * 0.1, color: GOLD },
        {
          kind: "triangle",
          points: [
            [0, h],
            [w * 0.35, h * 0.35],
            [w * 0.7, h],
          ],
          color: [40, 90, 60],
        },
        {
          kind: "triangle",
          points: [
            [w * 0.4, h],
            [w * 0.7, h * 0.45],
            [w, h],
          ],
          color: [30, 70, 50],
        },
      ];
    case "video":
      return [
        { kind: "rect", x: w * 0.1, y: h * 0.12, w: w * 0.8, h: h * 0.76, color: [20, 20, 24] },
        { kind: "circle", cx: w / 2, cy: h / 2, r: h * 0.16, color: RED },
        {
          kind: "triangle",
          points: [
            [w / 2 - h * 0.05, h * 0.42],
            [w / 2 - h * 0.05, h * 0.58],
            [w / 2 + h * 0.08, h / 2],
          ],
          color: WHITE,
        },
      ];
  }
}

export function pictureSpec(motif: Motif, palette: Palette, variant: number, width = 640, height = 360): PngSpec {
  const p = palettes[palette];
  return { width, height, top: p.top, bottom: p.bottom, shapes: shapesFor(motif, width, height, variant) };
}
