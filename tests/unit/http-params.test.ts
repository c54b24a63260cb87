import { describe, expect, it } from "vitest";
import { parseId } from "@/lib/http/params";

// The one id parser reads address segments, query values and form fields alike. The old three
// (parseId, idOf, intField) disagreed on leading zeros and spaces; an id now has one spelling.

describe("parseId from any source", () => {
  it.each([
    ["1", 1],
    ["7", 7],
    ["12", 12],
    ["2147483647", 2_147_483_647],
  ])("reads %j as %d", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each([
    "12abc",
    "1e3",
    "-1",
    "0",
    "00",
    "007",
    "9999999999999999",
    "2147483648",
    " 12",
    "12 ",
    "\n12",
    "๑๒",
    "１２",
    "12.0",
    "0x1f",
    "Infinity",
    "NaN",
    "",
  ])("rejects %j", (raw) => {
    expect(parseId(raw)).toBeNull();
  });

  it("rejects what is not a string: a missing field, a missing segment, an uploaded file", () => {
    expect(parseId(null)).toBeNull();
    expect(parseId(undefined)).toBeNull();
    expect(parseId(new File(["12"], "12"))).toBeNull();
  });

  it("reads a form field as typed", () => {
    const fd = new FormData();
    fd.set("id", "42");
    fd.set("version", "3x");
    expect(parseId(fd.get("id"))).toBe(42);
    expect(parseId(fd.get("version"))).toBeNull();
    expect(parseId(fd.get("absent"))).toBeNull();
  });
});
