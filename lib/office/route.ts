// The office pages sit on optional catch-alls (/about/[[...rest]]) like the home page and the
// calendar: rendered on first request and then cached, so `next build` never needs the database.
// Only the bare address is a page; anything below it is a 404.

export async function isBareAddress(params: Promise<{ rest?: string[] }>): Promise<boolean> {
  const { rest } = await params;
  return !rest || rest.length === 0;
}
