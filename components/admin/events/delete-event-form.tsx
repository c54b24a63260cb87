"use client";

import { deleteEvent } from "@/lib/calendar/actions";
import { DeleteRowForm } from "../forms/delete-row-form";

export function DeleteEventForm({ id, version, title }: { id: number; version: number; title: string }) {
  return (
    <DeleteRowForm
      action={deleteEvent}
      id={id}
      version={version}
      confirm={`ลบกิจกรรม «${title}» ใช่หรือไม่? การลบย้อนกลับไม่ได้`}
      label="ลบกิจกรรมนี้"
    />
  );
}
