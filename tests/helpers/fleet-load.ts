// A steady load of GET requests for the fleet tests (tests/fleet): `loops` clients, each asking
// for the next address as soon as it has the last answer, until stopped. Any 5xx or network error
// is a failure, listed with its address.

export type LoadResult = { ok: number; failures: string[] };

export function steadyLoad(loops: number, address: (n: number) => string): () => Promise<LoadResult> {
  let running = true;
  let n = 0;
  let ok = 0;
  const failures: string[] = [];
  const clients = Array.from({ length: loops }, async () => {
    while (running) {
      const url = address(n++);
      try {
        const res = await fetch(url, { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        if (res.status >= 500) failures.push(`${res.status} ${url}`);
        else ok++;
      } catch (e) {
        failures.push(`${e instanceof Error ? e.message : String(e)} ${url}`);
      }
    }
  });
  return async () => {
    running = false;
    await Promise.all(clients);
    return { ok, failures };
  };
}
