import path from "node:path";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { AssetKind } from "@/lib/generated/prisma/enums";

export type StoredFile = {
  id: number;
  token: string;
  legacyAddress: boolean;
  absolutePath: string;
  /** Its name under the uploads folder (and in AssetContent). */
  storagePath: string;
  /** Its bytes, when they are served from the database's copy instead of a file (lib/media/content.ts). */
  bytes?: Uint8Array;
  fileName: string;
  mimeType: string;
  size: number;
  kind: AssetKind;
  sha256: string;
};

/**
 * Resolves an asset id to its file on disk. The stored path is joined under the uploads folder
 * and checked to stay inside it, whatever a row might contain.
 */
export async function findStoredFile(id: number): Promise<StoredFile | null> {
  const asset = await getPrisma().asset.findUnique({ where: { id } });
  if (!asset) return null;
  const root = env().uploadsDir;
  const absolutePath = path.resolve(root, asset.storagePath);
  if (!absolutePath.startsWith(root + path.sep)) return null;
  return {
    id: asset.id,
    token: asset.token,
    legacyAddress: asset.legacyAddress,
    absolutePath,
    storagePath: asset.storagePath,
    fileName: asset.fileName,
    mimeType: asset.mimeType,
    size: asset.size,
    kind: asset.kind,
    sha256: asset.sha256,
  };
}

/** RFC 6266 header with an ASCII fallback and the real (often Thai) name in UTF-8. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * alone, but RFC 8187 does not allow them unencoded.
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
