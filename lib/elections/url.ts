// An election's permanent address rests on its numeric id (slug optional), a contest's on the
// election's id and its own: /elections/{id}[/{slug}], /elections/{id}/contests/{contestId}.

export function electionPath(id: number, slug: string | null | undefined): string {
  return slug ? `/elections/${id}/${slug}` : `/elections/${id}`;
}

export function contestPath(electionId: number, contestId: number): string {
  return `/elections/${electionId}/contests/${contestId}`;
}

export function contestStatusPath(electionId: number, contestId: number): string {
  return `${contestPath(electionId, contestId)}/status.json`;
}

export function resultsPath(electionId: number, format: "csv" | "json"): string {
  return `/elections/${electionId}/results.${format}`;
}

/** A national election's open data, one row per province (central site only). */
export function provincesPath(electionId: number, format: "csv" | "json"): string {
  return `/elections/${electionId}/provinces.${format}`;
}

/** What an open national page polls to know whether any province's count has moved on. */
export function nationalStatusPath(electionId: number): string {
  return `/elections/${electionId}/status.json`;
}
