import { PostDate } from "@/components/ui/post-date";
import type { DisclosureView } from "@/lib/procurement/view";

// One disclosure: its title, date, amount and the file to download.
export function DisclosureItem({ item, heading = "h3" }: { item: DisclosureView; heading?: "h3" | "p" }) {
  const Title = heading;
  return (
    <article id={`d-${item.id}`} aria-labelledby={`d-${item.id}-title`} className="min-w-0">
      <Title id={`d-${item.id}-title`} className="font-bold break-words">
        {item.title}
      </Title>
      <p className="meta">
        <PostDate date={item.documentDate} prefix="ลงวันที่ " />
        {item.amount && (
          <>
            {" "}
            ·{" "}
            <span>
              วงเงิน <span className="tabular-nums">{item.amount}</span>
            </span>
          </>
        )}
      </p>
      {item.description && <p className="mt-1 whitespace-pre-line break-words text-slate-700">{item.description}</p>}
      <p className="mt-1">
        <a href={item.file.href} className="font-bold text-brand-800 underline break-all">
          ดาวน์โหลด<span className="sr-only"> {item.title}</span>
        </a>{" "}
        <span className="text-sm text-slate-600">
          (ไฟล์ {item.file.typeLabel} ขนาด {item.file.size})
        </span>
      </p>
    </article>
  );
}
