import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link from a staff page to a public page. It never prefetches: a prefetch renders the public
 * page, and a render that read the database just before the staff member's next save committed
 * would be stored after that save's refresh, and kept until the page's own revalidate (an hour
 * for /about) runs out.
 */
export function PublicPageLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
