import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

// WCAG 2.1 AA as axe-core checks it: no serious or critical violation. A failure lists each rule
// with the elements it found. `include`: check only that part of the page (a CSS selector).
export async function expectAccessible(page: Page, label: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(" "))
        .join("\n  ")}`,
  );
  expect(report, `${label}\n${report.join("\n")}`).toEqual([]);
}

/**
 * Contrast of each today marker (the outline of `[aria-current="date"]`) against what it is drawn
 * on — WCAG 1.4.11 asks 3:1 of the parts of a graphic needed to tell a state apart, which axe
 * does not check. Colours are resolved by the browser (a 1x1 canvas), so any CSS colour form works.
 */
export async function todayMarkerContrasts(scope: Locator): Promise<{ key: string; ratio: number }[]> {
  return scope.locator('[aria-current="date"]').evaluateAll((els) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const paint = (colors: string[]) => {
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, 1, 1);
      for (const c of colors) {
        ctx.fillStyle = c;
        ctx.fillRect(0, 0, 1, 1);
      }
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!];
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const alphaOf = (color: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return ctx.getImageData(0, 0, 1, 1).data[3];
    };
    // Backgrounds under a point of `start`, outermost first, down to the first opaque one.
    const backgrounds = (start: Element | null) => {
      const layers: string[] = [];
      for (let el = start; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        layers.unshift(bg);
        if (alphaOf(bg) === 255) break;
      }
      return layers;
    };
    return els.map((el) => {
      const cs = getComputedStyle(el);
      const key = el.getAttribute("data-day") ?? el.closest("td")?.textContent ?? "";
      if (cs.outlineStyle === "none" || parseFloat(cs.outlineWidth) < 2) return { key, ratio: 1 };
      // An outline drawn inside (negative offset) lies on the element's own background.
      const under = backgrounds(parseFloat(cs.outlineOffset) < 0 ? el : el.parentElement);
      const behind = luminance(paint(under));
      const mark = luminance(paint([...under, cs.outlineColor]));
      const [hi, lo] = behind > mark ? [behind, mark] : [mark, behind];
      return { key, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 };
    });
  });
}
