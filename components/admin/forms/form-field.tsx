import { fieldAria, fieldDomId, FieldError } from "./field-error";

// One labelled control with its hint and Thai error under it (events, settings, users forms).
// Uncontrolled: the form passes what was typed back as defaultValue after a refused save.

export const INPUT_CLASS =
  "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-rose-700";

type Common = {
  name: string;
  label: string;
  errors?: string[];
  hint?: React.ReactNode;
  required?: boolean;
  optional?: boolean;
};

function Label({ name, label, required, optional }: Common) {
  return (
    <label htmlFor={fieldDomId(name)} className="block font-bold">
      {label}
      {required && <span className="font-normal text-rose-800"> (จำเป็น)</span>}
      {optional && <span className="font-normal text-slate-600"> (ไม่บังคับ)</span>}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: React.ReactNode }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

type InputProps = Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, errors, hint, required, optional, className, ...rest }: InputProps) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} optional={optional} />
      <input
        id={fieldDomId(name)}
        name={name}
        required={required}
        className={INPUT_CLASS}
        {...fieldAria(name, errors, hint ? `${name}-hint` : undefined)}
        {...rest}
      />
      <Hint name={name} hint={hint} />
      <FieldError field={name} errors={errors} />
    </div>
  );
}

type AreaProps = Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextAreaField({ name, label, errors, hint, required, optional, className, ...rest }: AreaProps) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} optional={optional} />
      <textarea
        id={fieldDomId(name)}
        name={name}
        required={required}
        className={INPUT_CLASS}
        {...fieldAria(name, errors, hint ? `${name}-hint` : undefined)}
        {...rest}
      />
      <Hint name={name} hint={hint} />
      <FieldError field={name} errors={errors} />
    </div>
  );
}

export function SubmitButton({
  pending,
  children,
  tone = "primary",
}: {
  pending: boolean;
  children: React.ReactNode;
  tone?: "primary" | "danger";
}) {
  const colours = tone === "danger" ? "bg-rose-700 hover:bg-rose-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-5 py-2 font-bold text-white disabled:opacity-60 ${colours}`}
    >
      {pending ? "กำลังบันทึก…" : children}
    </button>
  );
}
