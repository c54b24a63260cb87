// Field-level errors: each sits under its field, is referenced by the field's aria-describedby,
// and the form's summary (FormStatus) announces that something needs fixing.

/** The DOM id of the control a field's error summary links to. */
export function fieldDomId(field: string): string {
  return `field-${field}`;
}

export function errorId(field: string): string {
  return `${field}-error`;
}

/** aria attributes for a field: describedby lists the hint (if any) and the error (if any). */
export function fieldAria(field: string, errors: string[] | undefined, hintId?: string) {
  const ids = [hintId, errors?.length ? errorId(field) : undefined].filter(Boolean).join(" ");
  return {
    "aria-invalid": errors?.length ? (true as const) : undefined,
    "aria-describedby": ids || undefined,
  };
}

export function FieldError({ field, errors }: { field: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(field)} className="mt-1 text-sm font-bold text-rose-800">
      {errors.map((e, i) => (
        <span key={i} className="block">
          <span aria-hidden="true">⚠ </span>
          {e}
        </span>
      ))}
    </p>
  );
}
