// Addresses the benchmarks measure, found on the seeded site's own pages.

const POST_LINK = /href="(\/posts\/\d+\/mou-ministry-of-public-health)"/;

/** The MOU post's canonical address, from the press-release listing (page 1, then its next pages). */
export async function findPostPath(baseUrl: string): Promise<string> {
  for (let page = 1; page <= 10; page++) {
    const listing = page === 1 ? "/news/press-releases" : `/news/press-releases/page/${page}`;
    const res = await fetch(baseUrl + listing, { redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200) break;
    const match = POST_LINK.exec(html);
    if (match) {
      if (page > 1) console.log(`post: the MOU post is listed on ${listing}, not on page 1`);
      return match[1]!;
    }
  }
  throw new Error("no link to the MOU post (/posts/<id>/mou-ministry-of-public-health) on the press-release listing");
}

/** The election with the most contests on /elections, and its first contest. */
export async function findElectionPaths(
  baseUrl: string,
): Promise<{ election: string; contest: string; contestId: number }> {
  const index = await (await fetch(`${baseUrl}/elections`)).text();
  const elections = [...new Set([...index.matchAll(/href="(\/elections\/\d+(?:\/[a-z0-9-]+)?)"/g)].map((m) => m[1]!))];
  let best: { election: string; contests: string[] } | undefined;
  for (const election of elections.slice(0, 5)) {
    const html = await (await fetch(baseUrl + election)).text();
    const contests = [...new Set([...html.matchAll(/href="(\/elections\/\d+\/contests\/\d+)"/g)].map((m) => m[1]!))];
    if (!best || contests.length > best.contests.length) best = { election, contests };
  }
  const contest = best?.contests[0];
  if (!best || !contest) throw new Error("no election with a contest is linked from /elections");
  return { election: best.election, contest, contestId: Number(contest.split("/").at(-1)) };
}
