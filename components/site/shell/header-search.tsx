// The site-wide search box: a plain GET form to /search, no JavaScript.
export function HeaderSearch() {
  return (
    <form role="search" aria-label="ค้นหาข่าว" action="/search" method="get" className="flex w-full gap-1 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        ค้นหาข่าวและประกาศ
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        placeholder="ค้นหาข่าว ประกาศ"
        className="min-w-0 flex-1 rounded border-0 px-3 py-2 text-slate-900 placeholder:text-slate-600 sm:w-56"
      />
      <button type="submit" className="rounded bg-gold-500 px-3 py-2 font-bold text-brand-900 hover:bg-gold-400">
        ค้นหา
      </button>
    </form>
  );
}
