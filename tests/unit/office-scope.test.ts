// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHILD_MODELS, confine, OWNED_MODELS, SHARED_MODELS } from "@/lib/offices/scope";

const models = Object.values(Prisma.ModelName);
const fieldsOf = (model: string) =>
  Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`] ?? {});

describe("every model is owned by an office, a child of one, or shared on purpose", () => {
  it.each(models)("%s", (model) => {
    const kinds = [
      (OWNED_MODELS as readonly string[]).includes(model) && "owned",
      model in CHILD_MODELS && "child",
      model in SHARED_MODELS && "shared",
    ].filter(Boolean);
    expect(kinds, `${model} must be listed in exactly one of lib/offices/scope.ts's lists`).toHaveLength(1);
    // An owned row carries its office; a child reaches it through its parent (one with an office
    // of its own would be owned). A shared model may name an office (OfficeHost) without being one's.
    if (kinds[0] !== "shared") expect(fieldsOf(model).includes("officeId")).toBe(kinds[0] === "owned");
  });
});

describe("confine", () => {
  it("adds the office to every filter of an owned model, beside the caller's own", () => {
    expect(confine("Post", "findMany", { where: { status: "PUBLISHED" }, take: 5 }, 7)).toEqual({
      where: { AND: [{ status: "PUBLISHED" }, { officeId: 7 }] },
      take: 5,
    });
    expect(confine("Post", "count", undefined, 7)).toEqual({ where: { officeId: 7 } });
    expect(confine("Event", "deleteMany", { where: { id: 3 } }, 7)).toEqual({
      where: { AND: [{ id: 3 }, { officeId: 7 }] },
    });
  });

  it("joins the office to a unique key at the top level, overriding any office the caller named", () => {
    expect(confine("Post", "findUnique", { where: { id: 1 } }, 7)).toEqual({ where: { id: 1, officeId: 7 } });
    expect(confine("Asset", "update", { where: { id: 2, officeId: 9 }, data: { alt: "x" } }, 7)).toEqual({
      where: { id: 2, officeId: 7 },
      data: { alt: "x" },
    });
  });

  it("writes the office into every row an owned model creates, whatever the caller sent", () => {
    expect(confine("Tag", "create", { data: { name: "ก", officeId: 9 } }, 7)).toEqual({
      data: { name: "ก", officeId: 7 },
    });
    expect(confine("Tag", "createMany", { data: [{ name: "ก" }, { name: "ข" }], skipDuplicates: true }, 7)).toEqual({
      data: [
        { name: "ก", officeId: 7 },
        { name: "ข", officeId: 7 },
      ],
      skipDuplicates: true,
    });
    expect(
      confine(
        "OfficePage",
        "upsert",
        { where: { officeId_key: { officeId: 7, key: "ABOUT" } }, create: { key: "ABOUT" }, update: {} },
        7,
      ),
    ).toEqual({
      where: { officeId_key: { officeId: 7, key: "ABOUT" }, officeId: 7 },
      create: { key: "ABOUT", officeId: 7 },
      update: {},
    });
  });

  it("reaches a child's office through its parent", () => {
    expect(confine("PostSlug", "findFirst", { where: { slug: "mou" } }, 7)).toEqual({
      where: { AND: [{ slug: "mou" }, { post: { officeId: 7 } }] },
    });
    expect(confine("Candidate", "findUnique", { where: { id: 4 } }, 7)).toEqual({
      where: { id: 4, contest: { election: { officeId: 7 } } },
    });
    // A child row is created under a parent the caller already found in its office.
    expect(confine("ChangeNote", "create", { data: { postId: 1, note: "แก้ไข" } }, 7)).toEqual({
      data: { postId: 1, note: "แก้ไข" },
    });
  });

  it("leaves shared models alone", () => {
    const args = { where: { date: new Date("2026-12-10") } };
    expect(confine("Holiday", "findUnique", args, 7)).toBe(args);
  });
});
