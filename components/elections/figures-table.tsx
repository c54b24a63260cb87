import { Swatch } from "./bar-chart";

// The table that carries a chart's figures (caption, header cells with scope).

export type FigureRow = { key: string; label: string; value: string; share?: string; color?: string };

export function FiguresTable({ caption, rows, valueHead = "จำนวน", shareHead = "ร้อยละ" }: { caption: string; rows: FigureRow[]; valueHead?: string; shareHead?: string }) {
  const withShare = rows.some((r) => r.share !== undefined);
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-2">รายการ</th>
          <th scope="col" className="py-1 pr-2 text-right">{valueHead}</th>
          {withShare && <th scope="col" className="py-1 text-right">{shareHead}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {r.color && <Swatch color={r.color} />}
              {r.label}
            </th>
            <td className="py-1 pr-2 text-right tabular-nums">{r.value}</td>
            {withShare && <td className="py-1 text-right tabular-nums">{r.share ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
