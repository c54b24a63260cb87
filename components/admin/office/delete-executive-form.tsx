"use client";

import { deleteExecutive } from "@/lib/office/executive-actions";
import { DeleteRowForm } from "../forms/delete-row-form";

export function DeleteExecutiveForm({ id, version, name }: { id: number; version: number; name: string }) {
  return (
    <DeleteRowForm
      action={deleteExecutive}
      id={id}
      version={version}
      confirm={`ลบ «${name}» ออกจากรายชื่อผู้บริหารใช่หรือไม่? การลบย้อนกลับไม่ได้`}
      label="ลบผู้บริหารรายนี้"
    />
  );
}
