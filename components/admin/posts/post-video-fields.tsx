"use client";

import type { PostActionState } from "@/lib/posts/actions/state";
import { AssetPicker } from "../media/asset-picker";
import type { PostFormValues } from "./post-form-values";

type Props = {
  values: Pick<PostFormValues, "video" | "videoPoster" | "videoCaptions">;
  errors: NonNullable<PostActionState["fieldErrors"]>;
  onChange(): void;
  maxBytes?: number;
};

// The post's uploaded video (lib/media: MP4 or WebM), its poster picture and its WebVTT captions,
// each chosen, replaced or removed like the cover. Saved with the post like every other file.
export function PostVideoFields({ values, errors, onChange, maxBytes }: Props) {
  const one = (a: Props["values"]["video"]) => (a ? [a] : []);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-lg font-bold">วิดีโอ</legend>
      <p className="text-sm text-slate-600">
        วิดีโอหนึ่งเรื่องแสดงแทนภาพปกบนสุดของหน้า ผู้อ่านกดเล่นได้ในหน้าเว็บและดาวน์โหลดไฟล์ได้ ภาพตัวอย่างและคำบรรยายเป็นส่วนเสริม
        (ไม่มีภาพตัวอย่างจะใช้ภาพปกแทน)
      </p>
      <AssetPicker
        name="videoId"
        label="ไฟล์วิดีโอ"
        use="video"
        multiple={false}
        defaultItems={one(values.video)}
        errors={errors.videoId}
        onChange={onChange}
        maxBytes={maxBytes}
      />
      <AssetPicker
        name="videoPosterId"
        label="ภาพตัวอย่างวิดีโอ"
        hint="ภาพที่แสดงก่อนกดเล่น ควรเป็นภาพแนวนอน 16:9"
        use="image"
        multiple={false}
        defaultItems={one(values.videoPoster)}
        errors={errors.videoPosterId}
        onChange={onChange}
        maxBytes={maxBytes}
      />
      <AssetPicker
        name="videoCaptionsId"
        label="คำบรรยายวิดีโอ"
        hint="ไฟล์ WebVTT (.vtt) ภาษาไทย ผู้อ่านที่ไม่ได้ยินเสียงหรือเปิดเสียงไม่ได้จะอ่านคำบรรยายได้"
        use="captions"
        multiple={false}
        defaultItems={one(values.videoCaptions)}
        errors={errors.videoCaptionsId}
        onChange={onChange}
        maxBytes={maxBytes}
      />
    </fieldset>
  );
}
