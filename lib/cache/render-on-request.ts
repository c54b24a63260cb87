// Every public page and download reads the database, yet is cached by Next (ISR: `revalidate`).
// Next prerenders at build time every route without a dynamic segment, and every dynamic one for
// the params generateStaticParams returns; an empty list means "none at build time, each on its
// first request, then from the cache" (the only ISR-without-build-render Next 16 offers outside
// Cache Components, which refuses an empty list). So each such route has a dynamic segment — an
// optional catch-all (`[[...rest]]`) where the address itself has none — and re-exports this as
// its generateStaticParams: `next build` never opens the database, and any deeper address the
// catch-all takes is answered with the 404 page by the route itself.

/** Re-exported by every cached public route: `export { renderOnRequest as generateStaticParams }`. */
export function renderOnRequest(): [] {
  return [];
}
