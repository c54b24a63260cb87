import { parseId } from "@/lib/http/params";

// Public file addresses. A file's address is /files/{id}-{token}/{name}: the token (random, made
// by the database for every row) means nobody can find a file by counting ids, and the name is for
// people only. Files stored before tokens existed also answer at their old /files/{id}/{name}
// (see app/files). Shared by server and browser code: no Node imports here.

export type FileLink = { id: number; token: string; fileName: string };

export function fileHref(asset: FileLink): string {
  return `/files/${asset.id}-${asset.token}/${encodeURIComponent(asset.fileName)}`;
}

/** The first segment after /files/: "{id}-{token}", or the old bare "{id}" (token null). */
export type FileAddress = { id: number; token: string | null };

const SEGMENT = /^([0-9]+)(?:-([A-Za-z0-9]{16,64}))?$/;

export function parseFileSegment(segment: string): FileAddress | null {
  const m = SEGMENT.exec(segment);
  if (!m) return null;
  const id = parseId(m[1]);
  return id === null ? null : { id, token: m[2] ?? null };
}
