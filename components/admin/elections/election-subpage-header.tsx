import Link from "next/link";

/** The heading of a page under one election (import, new contest), with the way back to it. */
export function ElectionSubpageHeader({
  election,
  title,
  children,
}: {
  election: { id: number; title: string };
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/elections/${election.id}`} className="text-brand-700 underline">
          « กลับไป{election.title}
        </Link>
      </p>
      <h1 className={`${children ? "" : "mb-4 "}text-2xl font-bold text-brand-900`}>{title}</h1>
      {children}
    </>
  );
}
