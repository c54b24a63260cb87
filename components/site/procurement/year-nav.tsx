import Link from "next/link";

// Links to every fiscal year a reader can open; the one shown is marked as the current page.
export function YearNav({ years, current }: { years: number[]; current: number }) {
  return (
    <nav aria-label="เลือกปีงบประมาณ" className="my-4">
      <ul className="flex flex-wrap gap-2">
        {years.map((y) => (
          <li key={y}>
            <Link
              href={`/procurement/${y}`}
              aria-current={y === current ? "page" : undefined}
              className={`block min-h-11 rounded-md px-4 py-2 font-bold ring-1 ${
                y === current
                  ? "bg-brand-800 text-white ring-brand-800"
                  : "text-brand-800 ring-slate-300 hover:bg-brand-50"
              }`}
            >
              ปีงบประมาณ {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
