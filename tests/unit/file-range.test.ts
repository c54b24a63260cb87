import { describe, expect, it } from "vitest";
import { rangeOf } from "@/lib/media/range";

const ETAG = '"abc"';

describe("rangeOf (Range requests of /files)", () => {
  it.each([
    ["bytes=0-499", { kind: "part", start: 0, end: 499 }],
    ["bytes=500-", { kind: "part", start: 500, end: 999 }],
    ["bytes=-200", { kind: "part", start: 800, end: 999 }],
    ["bytes=-5000", { kind: "part", start: 0, end: 999 }],
    ["bytes=900-5000", { kind: "part", start: 900, end: 999 }],
    ["BYTES=0-0", { kind: "part", start: 0, end: 0 }],
    ["bytes=999-", { kind: "part", start: 999, end: 999 }],
  ])("answers %s of a 1,000-byte file with that part", (header, expected) => {
    expect(rangeOf(header, 1000, ETAG, null)).toEqual(expected);
  });

  it.each(["bytes=1000-", "bytes=5000-6000", "bytes=-0"])("answers %s as unsatisfiable (416)", (header) => {
    expect(rangeOf(header, 1000, ETAG, null)).toEqual({ kind: "unsatisfiable" });
  });

  it.each([null, "", "bytes=0-1,5-6", "items=0-5", "bytes=5-1", "bytes=-", "bytes=abc", "bytes=0-99999999999999999"])(
    "sends the whole file for %j",
    (header) => {
      expect(rangeOf(header, 1000, ETAG, null)).toEqual({ kind: "whole" });
    },
  );

  it("honours If-Range only for the file's own ETag", () => {
    expect(rangeOf("bytes=0-9", 1000, ETAG, ETAG)).toEqual({ kind: "part", start: 0, end: 9 });
    expect(rangeOf("bytes=0-9", 1000, ETAG, '"older"')).toEqual({ kind: "whole" });
    expect(rangeOf("bytes=0-9", 1000, ETAG, "Tue, 01 Dec 2026 00:00:00 GMT")).toEqual({ kind: "whole" });
  });

  it("has nothing to give of an empty file", () => {
    expect(rangeOf("bytes=-10", 0, ETAG, null)).toEqual({ kind: "unsatisfiable" });
    expect(rangeOf("bytes=0-", 0, ETAG, null)).toEqual({ kind: "unsatisfiable" });
  });
});
