// One field's difference between two revisions. <ins>/<del> carry the meaning for assistive
// technology that reads them, and the hidden words «เพิ่ม:» / «ลบ:» for readers that do not;
// colour and strike-through are never the only signal.
export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap break-words leading-loose">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="rounded bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-700">
            <span className="sr-only">[เพิ่ม: </span>
            {p.value}
            <span className="sr-only">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i} className="rounded bg-rose-100 px-0.5 text-rose-950 line-through">
            <span className="sr-only">[ลบ: </span>
            {p.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}
