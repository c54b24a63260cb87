"use client";

import type { FormEvent } from "react";
import type { PostActionState } from "@/lib/posts/actions/state";
import { AssetPicker } from "../media/asset-picker";
import { ChangeTypeFields } from "./change-type-fields";
import { useEditSession } from "./edit-session";
import { PostEnglishFields } from "./post-english-fields";
import { useHydrated } from "../forms/use-hydrated";
import { POST_FIELD_LABELS } from "./field-labels";
import { FormStatus } from "../forms/form-status";
import type { PostFormValues } from "./post-form-values";
import { PostTextFields } from "./post-text-fields";
import { PostVideoFields } from "./post-video-fields";
import { RichTextEditor } from "../editor/rich-text-editor";
import { TagInput } from "./tag-input";

export type PostFormProps = {
  values: PostFormValues;
  /** An editor changing a live post: ask minor/major and the public note. */
  askChangeType: boolean;
  /** An author changing a live post: the change waits as a draft for an editor. */
  becomesPendingDraft: boolean;
  /** Says where the save goes ("บันทึก", or "บันทึกและเผยแพร่การแก้ไข" for a public page). */
  saveLabel?: string;
  maxUploadBytes?: number;
};

type Props = PostFormProps & {
  state: PostActionState;
  pending: boolean;
  version: number;
  /** Successful saves so far: the minor/major choice starts fresh after each. */
  saves: number;
  statusRef: React.RefObject<HTMLDivElement | null>;
  submit: (data: FormData) => void;
};

// The fields themselves, uncontrolled: what was typed stays on screen after any answer.
export function PostFormBody(props: Props) {
  const {
    values,
    askChangeType,
    becomesPendingDraft,
    saveLabel = "บันทึก",
    maxUploadBytes,
    state,
    pending,
    version,
    saves,
    statusRef,
  } = props;
  const { setDirty } = useEditSession();
  const hydrated = useHydrated();
  const markDirty = () => setDirty(true);
  const errors = state.fieldErrors ?? {};

  // Submitting through a transition instead of <form action> keeps React from resetting the
  // fields afterwards: after a refused or conflicting save the typed text must stay put.
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    props.submit(new FormData(e.currentTarget));
  }

  return (
    <form method="post" onSubmit={onSubmit} onInput={markDirty} noValidate aria-label="แก้ไขเนื้อหา" className="space-y-5">
      {values.id !== null && <input type="hidden" name="id" value={values.id} />}
      <input type="hidden" name="version" value={version} />
      <FormStatus ref={statusRef} state={state} labels={POST_FIELD_LABELS}>
        {state.conflict && values.id !== null && (
          <p className="mt-2">
            <a href={`/admin/posts/${values.id}`} target="_blank" rel="noopener" className="font-bold underline">
              เปิดฉบับล่าสุดในแท็บใหม่
            </a>{" "}
            เพื่อเทียบกับสิ่งที่คุณพิมพ์ แล้วนำการแก้ไขของคุณไปใส่ในฉบับนั้น
          </p>
        )}
      </FormStatus>
      {becomesPendingDraft && (
        <p className="rounded-md bg-sky-50 p-3 text-sky-900 ring-1 ring-sky-300">
          เรื่องนี้เผยแพร่อยู่แล้ว การแก้ไขของคุณจะบันทึกเป็นฉบับร่างรอบรรณาธิการตรวจและเผยแพร่ หน้าเว็บยังแสดงฉบับเดิมจนกว่าจะเผยแพร่
        </p>
      )}
      <PostTextFields values={values} errors={errors} />
      <RichTextEditor name="body" label="เนื้อหา" defaultValue={values.body} errors={errors.body} onChange={markDirty} />
      <PostEnglishFields values={values} errors={errors} onChange={markDirty} />
      <TagInput defaultTags={values.tags} errors={errors.tags} onChange={markDirty} />
      <AssetPicker
        name="coverId"
        label="ภาพปก"
        hint="ภาพเดียว แสดงบนสุดของหน้าและในรายการข่าว"
        use="image"
        multiple={false}
        defaultItems={values.cover ? [values.cover] : []}
        errors={errors.coverId}
        onChange={markDirty}
        maxBytes={maxUploadBytes}
      />
      <AssetPicker
        name="galleryIds"
        label="ภาพกิจกรรม"
        hint="เรียงลำดับได้ด้วยปุ่มลูกศร"
        use="image"
        multiple
        defaultItems={values.gallery}
        errors={errors.galleryIds}
        onChange={markDirty}
        maxBytes={maxUploadBytes}
      />
      <AssetPicker
        name="attachmentIds"
        label="เอกสารแนบ"
        hint="ผู้อ่านดาวน์โหลดได้จากท้ายหน้า เรียงลำดับได้ด้วยปุ่มลูกศร"
        use="attachment"
        multiple
        defaultItems={values.attachments}
        errors={errors.attachmentIds}
        onChange={markDirty}
        maxBytes={maxUploadBytes}
      />
      <PostVideoFields values={values} errors={errors} onChange={markDirty} maxBytes={maxUploadBytes} />
      {askChangeType && <ChangeTypeFields key={saves} errors={errors} />}
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-300 bg-white/95 px-4 py-3">
        <button
          type="submit"
          disabled={pending || !hydrated}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "กำลังบันทึก…" : saveLabel}
        </button>
        <span className="text-sm text-slate-600">ทุกครั้งที่บันทึกจะเก็บเป็นฉบับหนึ่งในประวัติการแก้ไข</span>
      </div>
    </form>
  );
}
