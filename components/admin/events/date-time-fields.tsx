"use client";

import { useState } from "react";
import { parseDay } from "@/lib/calendar/schema";
import { formatThaiClock, formatThaiDate, fromBangkok } from "@/lib/thai-date";
import { INPUT_CLASS } from "../forms/form-field";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";

// A native date input (and time input unless the event lasts all day), with the chosen day
// written out in Thai with its Buddhist-era year beside it, so nobody has to trust how the
// browser displays dates.

type Errors = Partial<Record<string, string[] | undefined>>;

export function thaiDayConfirmation(value: string): string | null {
  const d = parseDay(value);
  return d ? formatThaiDate(fromBangkok(d.year, d.month, d.day), "full") : null;
}

type Props = {
  prefix: "start" | "end";
  label: string;
  timeLabel: string;
  date: string;
  time: string;
  allDay: boolean;
  optional?: boolean;
  errors: Errors;
};

export function DateTimeFields({
  prefix,
  label,
  timeLabel,
  date: initialDate,
  time: initialTime,
  allDay,
  optional,
  errors,
}: Props) {
  const [date, setDate] = useState(initialDate);
  // Browsers may show a 12-hour clock ("12:30 AM"): the 24-hour Thai reading is written beside it.
  const [time, setTime] = useState(initialTime);
  const dateName = `${prefix}Date`;
  const timeName = `${prefix}Time`;
  const confirmation = thaiDayConfirmation(date);
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,10rem)]">
      <div>
        <label htmlFor={fieldDomId(dateName)} className="block font-bold">
          {label}
          {optional ? (
            <span className="font-normal text-slate-600"> (ไม่บังคับ)</span>
          ) : (
            <span className="font-normal text-rose-800"> (จำเป็น)</span>
          )}
        </label>
        <input
          type="date"
          id={fieldDomId(dateName)}
          name={dateName}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required={!optional}
          min="1957-01-01"
          max="2157-12-31"
          className={INPUT_CLASS}
          {...fieldAria(dateName, errors[dateName], `${dateName}-be`)}
        />
        <p id={`${dateName}-be`} className="mt-1 text-sm font-bold text-brand-800" data-testid={`${dateName}-be`}>
          {confirmation ? `ตรงกับ${confirmation}` : optional ? "ไม่ได้ระบุ" : "ยังไม่ได้เลือกวันที่"}
        </p>
        <FieldError field={dateName} errors={errors[dateName]} />
      </div>
      {!allDay && (
        <div>
          <label htmlFor={fieldDomId(timeName)} className="block font-bold">
            {timeLabel}
          </label>
          <input
            type="time"
            id={fieldDomId(timeName)}
            name={timeName}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            step={60}
            className={INPUT_CLASS}
            {...fieldAria(timeName, errors[timeName], `${timeName}-th`)}
          />
          <p id={`${timeName}-th`} className="mt-1 text-sm font-bold text-brand-800" data-testid={`${timeName}-th`}>
            {/^\d{2}:\d{2}$/.test(time)
              ? `เวลา ${formatThaiClock(Number(time.slice(0, 2)), Number(time.slice(3)))}`
              : "ยังไม่ได้ระบุเวลา"}
          </p>
          <FieldError field={timeName} errors={errors[timeName]} />
        </div>
      )}
    </div>
  );
}
