"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/admin/form-state";
import { updateOfficePage } from "@/lib/office/actions";
import { FormStatus } from "../forms/form-status";
import { useSavedVersion, useStatusFocus } from "../forms/use-form-answer";
import { TextField } from "../forms/form-field";
import { RichTextEditor } from "../editor/rich-text-editor";
import { useHydrated } from "../forms/use-hydrated";

const LABELS = { title: "ชื่อหน้า", body: "เนื้อหา" };

type Props = { pageKey: string; title: string; body: string; version: number; path: string; adminPath: string };

// Editing one of the office's pages. Submitted through a transition, not <form action>, so React
// does not reset the fields: after a refused or conflicting save the typed text stays on screen.
export function OfficePageForm({ pageKey, title, body, version, path, adminPath }: Props) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(updateOfficePage, {});
  const hydrated = useHydrated();
  const statusRef = useStatusFocus(state);
  const errors = state.fieldErrors ?? {};
  // Only our own successful save moves the version on: a refused save keeps the one this text
  // was based on, so a conflict stays a conflict until the editor reloads.
  const currentVersion = useSavedVersion(state, String(version));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="แก้ไขหน้าข้อมูลสำนักงาน" className="space-y-5">
      <FormStatus ref={statusRef} state={state} labels={LABELS}>
        {state.ok && (
          <p className="mt-1">
            <a href={path} className="underline" target="_blank" rel="noopener">
              ดูหน้านี้บนเว็บไซต์
            </a>
          </p>
        )}
        {state.conflict && (
          <p className="mt-2">
            <a href={adminPath} target="_blank" rel="noopener" className="font-bold underline">
              เปิดฉบับล่าสุดในแท็บใหม่
            </a>{" "}
            เพื่อเทียบกับสิ่งที่คุณพิมพ์
          </p>
        )}
      </FormStatus>
      <input type="hidden" name="key" value={pageKey} />
      <input type="hidden" name="version" value={currentVersion} />
      <TextField
        name="title"
        label={LABELS.title}
        required
        maxLength={200}
        defaultValue={title}
        errors={errors.title}
      />
      <RichTextEditor
        name="body"
        label={LABELS.body}
        defaultValue={body}
        errors={errors.body}
        hint="หัวข้อ รายการ ตาราง และลิงก์ได้ สคริปต์และโค้ดอื่นจะถูกตัดออกเมื่อบันทึก"
      />
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "กำลังบันทึก…" : "บันทึกและเผยแพร่"}
      </button>
    </form>
  );
}
