import { Swatch } from "./bar-chart";

// The table that carries a chart's figures (caption, header cells with scope).

export type FigureRow = { key: string; label: string; value: string; share?: string; color?: string };

export function FiguresTable({
  caption,
  rows,
  valueHead = "จำนวน",
  shareHead = "ร้อยละ",
}: {
  caption: string;
  rows: FigureRow[];
  valueHead?: string;
  shareHead?: string;
}) {
  const withShare = rows.some((r) => r.share !== undefined);
  return (
    <table className="res-table mt-2">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">รายการ</th>
          <th scope="col" className="num">
            {valueHead}
          </th>
          {withShare && (
            <th scope="col" className="num">
              {shareHead}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">
              {r.color && <Swatch color={r.color} />}
              {r.label}
            </th>
            <td className="num">{r.value}</td>
            {withShare && <td className="num">{r.share ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
