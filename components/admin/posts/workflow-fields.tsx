"use client";

import { useState } from "react";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import { describeWallTime } from "@/lib/thai-date/wall-time";

type Errors = Partial<Record<string, string[]>> | undefined;
const INPUT = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export function ScheduleFields({ errors, defaultValue }: { errors: Errors; defaultValue?: string }) {
  const [value, setValue] = useState(defaultValue ?? "");
  const readable = describeWallTime(value);
  return (
    <div>
      <label htmlFor={fieldDomId("scheduledAt")} className="block font-bold">
        วันและเวลาเผยแพร่ (เวลาประเทศไทย)
      </label>
      <input
        id={fieldDomId("scheduledAt")}
        type="datetime-local"
        name="scheduledAt"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className={INPUT}
        {...fieldAria("scheduledAt", errors?.scheduledAt, "scheduledAt-hint")}
      />
      <p id="scheduledAt-hint" aria-live="polite" className="text-sm text-slate-600">
        {readable ? `จะเผยแพร่ ${readable}` : "เลือกวันและเวลา ระบบจะเผยแพร่ให้เองตรงเวลา"}
      </p>
      <FieldError field="scheduledAt" errors={errors?.scheduledAt} />
    </div>
  );
}

export function ReturnNoteField({ errors }: { errors: Errors }) {
  return (
    <div>
      <label htmlFor={fieldDomId("note")} className="block font-bold">
        สิ่งที่ผู้เขียนควรแก้ไข
      </label>
      <textarea
        id={fieldDomId("note")}
        name="note"
        rows={3}
        maxLength={1000}
        className={INPUT}
        {...fieldAria("note", errors?.note)}
      />
      <FieldError field="note" errors={errors?.note} />
    </div>
  );
}

export function WithdrawFields({ errors }: { errors: Errors }) {
  return (
    <>
      <div>
        <label htmlFor={fieldDomId("reason")} className="block font-bold">
          เหตุผล (แสดงต่อผู้อ่านแทนเนื้อหา)
        </label>
        <textarea
          id={fieldDomId("reason")}
          name="reason"
          rows={3}
          maxLength={1000}
          className={INPUT}
          {...fieldAria("reason", errors?.reason)}
        />
        <FieldError field="reason" errors={errors?.reason} />
      </div>
      <div>
        <label htmlFor={fieldDomId("redirectToId")} className="block font-bold">
          หรือพาผู้อ่านไปยังเรื่องหมายเลข <span className="font-normal text-slate-600">(ไม่บังคับ)</span>
        </label>
        <input
          id={fieldDomId("redirectToId")}
          name="redirectToId"
          inputMode="numeric"
          pattern="[0-9]*"
          className={INPUT}
          {...fieldAria("redirectToId", errors?.redirectToId, "redirectToId-hint")}
        />
        <p id="redirectToId-hint" className="text-sm text-slate-600">
          หมายเลขเรื่องอยู่ในที่อยู่เว็บ เช่น /posts/<strong>123</strong> ใช้เมื่อมีเรื่องที่แก้ไขแล้วแทน
        </p>
        <FieldError field="redirectToId" errors={errors?.redirectToId} />
      </div>
    </>
  );
}
