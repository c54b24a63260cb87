import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";

export function PostDate({ date, prefix = "วันที่ " }: { date: Date; prefix?: string }) {
  return (
    <time dateTime={toBangkokIso(date)}>
      {prefix}
      {formatThaiDate(date, "medium")}
    </time>
  );
}
