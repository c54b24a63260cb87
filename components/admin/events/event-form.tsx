"use client";

import { useActionState, useState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { createEvent, updateEvent } from "@/lib/calendar/actions";
import type { EventFormValues } from "@/lib/calendar/schema";
import { TextAreaField, TextField, SubmitButton } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";
import { DateTimeFields } from "./date-time-fields";

// Create and edit an activity. After a refused save (bad input, or someone else saved first)
// the fields show what was typed: `values` comes back from the action.

export const EVENT_FIELD_LABELS: Record<string, string> = {
  title: "ชื่อกิจกรรม",
  location: "สถานที่",
  description: "รายละเอียด",
  startDate: "วันที่เริ่ม",
  startTime: "เวลาเริ่ม",
  endDate: "วันที่สิ้นสุด",
  endTime: "เวลาสิ้นสุด",
};

type Props = { initial: EventFormValues; id?: number; version?: number };

const flag = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : v === "on");

export function EventForm({ initial, id, version }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(id ? updateEvent : createEvent, IDLE);
  const typed = state.values;
  // Checkboxes are absent from FormData when unticked: a refused save with values means "off".
  const v = typed
    ? { ...initial, ...typed, allDay: flag(typed.allDay, false), published: flag(typed.published, false) }
    : initial;
  const [allDay, setAllDay] = useState(v.allDay);
  const errors = state.fieldErrors ?? {};
  const currentVersion = typed?.version ?? String(version ?? "");

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} labels={EVENT_FIELD_LABELS} />
      {id !== undefined && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={currentVersion} />
        </>
      )}
      <TextField name="title" label="ชื่อกิจกรรม" required maxLength={200} defaultValue={v.title} errors={errors.title} />
      <TextField
        name="location"
        label="สถานที่"
        optional
        maxLength={300}
        defaultValue={v.location}
        errors={errors.location}
      />
      <TextAreaField
        name="description"
        label="รายละเอียด"
        optional
        rows={4}
        maxLength={5000}
        defaultValue={v.description}
        errors={errors.description}
      />

      <fieldset aria-describedby="time-hint" className="space-y-4 rounded-md p-4 ring-1 ring-slate-300">
        <legend className="px-1 font-bold">วันและเวลา (เวลาประเทศไทย)</legend>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="allDay"
            checked={allDay}
            onChange={(e) => setAllDay(e.target.checked)}
            className="size-5"
          />
          ทั้งวัน (ไม่ระบุเวลา)
        </label>
        <p id="time-hint" className="text-sm text-slate-600">
          {allDay
            ? "กิจกรรมหลายวัน: ใส่วันที่สิ้นสุดเป็นวันสุดท้ายของกิจกรรม"
            : "เวลาตามนาฬิกาประเทศไทย ไม่ระบุวันและเวลาสิ้นสุดก็ได้ (ถ้าระบุเพียงเวลาสิ้นสุด ถือเป็นวันเดียวกับวันที่เริ่ม)"}
        </p>
        <DateTimeFields
          prefix="start"
          label="วันที่เริ่ม"
          timeLabel="เวลาเริ่ม"
          date={v.startDate}
          time={v.startTime}
          allDay={allDay}
          errors={errors}
        />
        <DateTimeFields
          prefix="end"
          label="วันที่สิ้นสุด"
          timeLabel="เวลาสิ้นสุด"
          date={v.endDate}
          time={v.endTime}
          allDay={allDay}
          optional
          errors={errors}
        />
      </fieldset>

      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={v.published} className="size-5" />
        แสดงในปฏิทินกิจกรรมบนเว็บไซต์
      </label>

      <SubmitButton pending={pending}>{id ? "บันทึกการแก้ไข" : "เพิ่มกิจกรรม"}</SubmitButton>
    </form>
  );
}
