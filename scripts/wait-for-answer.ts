// Waits until a server answers `url` with a status `ok` accepts (polled), or throws after `ms` with
// the last thing it saw. Used wherever a script or test starts a server and waits for it.
export async function waitForAnswer(
  url: string,
  opts: { ok?: (status: number) => boolean; ms: number; everyMs?: number },
): Promise<void> {
  const ok = opts.ok ?? ((s: number) => s === 200);
  const until = Date.now() + opts.ms;
  let last = "no answer";
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (ok(res.status)) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 250));
  }
  throw new Error(`${url} did not answer within ${opts.ms / 1000} s (${last})`);
}
