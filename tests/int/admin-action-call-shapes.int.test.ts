import { beforeEach, describe, expect, it, vi } from "vitest";
import { type FormState, IDLE } from "@/lib/admin/form-state";
import { updateEvent } from "@/lib/calendar/actions";
import { savePost } from "@/lib/posts/actions/save";
import type { PostActionState } from "@/lib/posts/actions/state";
import { updateSettings } from "@/lib/settings/actions";
import { fromBangkok } from "@/lib/thai-date";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, snapshot, type Staff } from "@/tests/helpers/manage-fixtures";
import { postForm } from "@/tests/helpers/post-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// React calls a useActionState action as (previous state, form data). A no-JavaScript POST that
// carries only `$ACTION_ID_<id>` (crafted, or a form rendered without its state) calls the same
// action with the form data alone. Both must work; neither may become a 500.

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => session.as(null));

/** The action as a crafted no-JS POST reaches it: one argument, the form data. */
const alone = <S>(action: (prev: S, formData: FormData) => Promise<S>, fd: FormData) =>
  (action as unknown as (formData: FormData) => Promise<S>)(fd);

function withActionId(fd: FormData): FormData {
  fd.set("$ACTION_ID_0123456789abcdef", "");
  return fd;
}

async function anEvent() {
  return db.prisma.event.create({
    data: { title: "ประชุม", startsAt: fromBangkok(2022, 6, 1, 9, 0), createdById: staff.editor.id },
  });
}

const eventFields = (id: number, version: number, title: string) => ({
  id,
  version,
  title,
  location: "",
  description: "",
  startDate: "2022-06-01",
  startTime: "09:00",
});

describe("a form action called with or without the previous state", () => {
  it("updateEvent saves the same way both ways", async () => {
    session.as(staff.editor);
    const event = await anEvent();
    const two: FormState = await updateEvent(IDLE, form(eventFields(event.id, event.version, "สองอาร์กิวเมนต์")));
    expect(two).toMatchObject({ ok: true, message: "บันทึกการแก้ไขแล้ว" });
    const one = await alone(updateEvent, withActionId(form(eventFields(event.id, event.version + 1, "อาร์กิวเมนต์เดียว"))));
    expect(one).toMatchObject({ ok: true, message: "บันทึกการแก้ไขแล้ว", values: { version: String(event.version + 2) } });
    expect(one.values).not.toHaveProperty("$ACTION_ID_0123456789abcdef");
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ title: "อาร์กิวเมนต์เดียว", version: event.version + 2 });
  });

  it("savePost and updateSettings accept the form data alone", async () => {
    session.as(staff.author);
    const post: PostActionState = await alone(savePost, withActionId(postForm({ title: "ข่าวจากฟอร์มไม่มีสคริปต์" })));
    expect(post).toMatchObject({ ok: true, version: 1, message: "บันทึกฉบับร่างแล้ว" });

    session.as(staff.admin);
    const refused = await alone(updateSettings, withActionId(form({ version: 0 })));
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^มีข้อมูลที่ต้องแก้ไข/);
  });

  it("a call that carries no form data at all is refused in Thai and changes nothing", async () => {
    session.as(staff.editor);
    const event = await anEvent();
    const before = await snapshot(db.prisma);
    const call = updateEvent as unknown as (...args: unknown[]) => Promise<FormState>;
    for (const args of [[], [IDLE], [IDLE, "id=1"], [{ id: event.id }]]) {
      expect(await call(...args)).toEqual({ ok: false, message: "ไม่พบกิจกรรมนี้ อาจถูกลบไปแล้ว", values: {} });
    }
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});
