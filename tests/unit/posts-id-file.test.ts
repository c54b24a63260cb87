import { describe, expect, it } from "vitest";
import { parseIdFile } from "@/lib/posts/url";

describe("parseIdFile", () => {
  it("reads the id of an {id}.{ext} name", () => {
    expect(parseIdFile("12.png", "png")).toBe(12);
    expect(parseIdFile("2147483647.ics", "ics")).toBe(2_147_483_647);
  });

  it.each([
    "12.PNG",
    "12.ics",
    "12",
    ".png",
    "0.png",
    "012.png",
    "-1.png",
    "1e3.png",
    "12.png.png",
    "2147483648.png",
    "๑๒.png",
    "12 .png",
  ])("refuses %j", (name) => {
    expect(parseIdFile(name, "png")).toBeNull();
  });
});
