import { SECTIONS } from "@/lib/posts/sections";
import type { SearchParams } from "@/lib/search/params";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";

// The search page's own form: words, section and a Buddhist-era date range. A plain GET form
// (works without JavaScript); problems are shown under their field and named in aria-describedby.

const input = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm font-bold text-red-800">
      {message}
    </p>
  ) : null;
}

function DateField({
  name,
  label,
  value,
  error,
}: {
  name: "from" | "to";
  label: string;
  value: string;
  error?: string;
}) {
  const hint = `${name}-hint`;
  const err = `${name}-error`;
  return (
    <div>
      <label htmlFor={`search-${name}`} className="font-bold">
        {label}
      </label>
      <input
        id={`search-${name}`}
        name={name}
        defaultValue={value}
        inputMode="numeric"
        maxLength={10}
        placeholder="วว/ดด/ปปปป"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hint} ${err}` : hint}
        className={input}
      />
      <p id={hint} className="mt-1 text-sm text-slate-600">
        ปีพุทธศักราช เช่น 01/06/2566
      </p>
      <FieldError id={err} message={error} />
    </div>
  );
}

export function SearchForm({ params }: { params: SearchParams }) {
  const { errors } = params;
  return (
    <form
      role="search"
      aria-label="ค้นหาแบบละเอียด"
      action="/search"
      method="get"
      className="mt-4 grid gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <label htmlFor="search-q" className="font-bold">
          คำค้น
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-invalid={errors.q ? true : undefined}
          aria-describedby={errors.q ? "q-error" : undefined}
          className={input}
        />
        <FieldError id="q-error" message={errors.q} />
      </div>
      <div className="md:col-span-2">
        <label htmlFor="search-section" className="font-bold">
          หมวด
        </label>
        <select
          id="search-section"
          name="section"
          defaultValue={params.section}
          aria-invalid={errors.section ? true : undefined}
          aria-describedby={errors.section ? "section-error" : undefined}
          className={input}
        >
          <option value="">ทุกหมวด</option>
          {SECTIONS.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError id="section-error" message={errors.section} />
      </div>
      <DateField name="from" label="ตั้งแต่วันที่" value={params.from} error={errors.from} />
      <DateField name="to" label="ถึงวันที่" value={params.to} error={errors.to} />
      <div className="md:col-span-2">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800">
          ค้นหา
        </button>
      </div>
    </form>
  );
}
