import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Asset } from "@/lib/generated/prisma/client";
import type { AssetKind } from "@/lib/generated/prisma/enums";
import { fileHref } from "@/lib/posts/view";
import { refreshSearchForAsset } from "@/lib/search/index-post";
import { newStoragePath, resolveInside } from "./names";
import { prepareUpload, UploadError, type PreparedUpload } from "./prepare";
import type { UploadedAsset, UploadUse } from "./types";

export { UploadError } from "./prepare";

// Uploads are written to disk first and recorded second: a file without a row is an orphan that
// harms no one (and is removed at once when the row fails), a row without a file is a broken link.
// A replaced file is deleted only after the new row is committed, so the public address never
// points at nothing.

export type UploadInput = { bytes: Uint8Array; originalName: string; use: UploadUse; userId: number | null };
export type ReplaceInput = Omit<UploadInput, "use"> & { use?: UploadUse };

const KIND_OF: Record<UploadUse, AssetKind> = { image: "IMAGE", attachment: "FILE" };
const USE_OF: Record<AssetKind, UploadUse> = { IMAGE: "image", FILE: "attachment" };

export async function storeUpload(input: UploadInput): Promise<Asset> {
  const { uploadsDir, maxUploadBytes } = env();
  const prepared = await prepareUpload(input.bytes, input.originalName, input.use, maxUploadBytes);
  const storagePath = newStoragePath(prepared.ext);
  const absolute = await writeStored(uploadsDir, storagePath, prepared.bytes);
  try {
    return await getPrisma().$transaction(async (tx) => {
      const asset = await tx.asset.create({
        data: { kind: KIND_OF[input.use], storagePath, uploadedById: input.userId, ...columns(prepared) },
      });
      await audit(tx, { userId: input.userId, action: "asset.upload", entity: "asset", entityId: asset.id, after: summary(asset) });
      return asset;
    });
  } catch (e) {
    await removeQuietly(absolute);
    throw e;
  }
}

/** New content for an existing asset: same id, so the same public address /files/{id}/…. */
export async function replaceUpload(assetId: number, input: ReplaceInput): Promise<Asset> {
  const { uploadsDir, maxUploadBytes } = env();
  const prisma = getPrisma();
  const current = await prisma.asset.findUnique({ where: { id: assetId } });
  if (!current) throw new UploadError(404, "ไม่พบไฟล์ที่ต้องการแทนที่ อาจถูกลบไปแล้ว");
  const use = input.use ?? USE_OF[current.kind];
  if (KIND_OF[use] !== current.kind) {
    throw new UploadError(
      422,
      current.kind === "IMAGE"
        ? "แทนที่ไม่ได้: ไฟล์เดิมเป็นรูปภาพ ต้องแทนที่ด้วยรูปภาพเท่านั้น"
        : "แทนที่ไม่ได้: ไฟล์เดิมเป็นเอกสารแนบ ต้องแทนที่ด้วยเอกสารแนบเท่านั้น",
    );
  }
  const prepared = await prepareUpload(input.bytes, input.originalName, use, maxUploadBytes);
  const storagePath = newStoragePath(prepared.ext);
  const absolute = await writeStored(uploadsDir, storagePath, prepared.bytes);

  let result: { asset: Asset; oldPath: string };
  try {
    result = await prisma.$transaction(async (tx) => {
      // Locks the row: of two replacements at once, the second sees the first one's file as "old"
      // and removes it, instead of both removing the same file and leaving one orphaned.
      await tx.$queryRaw`SELECT id FROM "Asset" WHERE id = ${assetId} FOR UPDATE`;
      const before = await tx.asset.findUnique({ where: { id: assetId } });
      if (!before) throw new UploadError(404, "ไม่พบไฟล์ที่ต้องการแทนที่ อาจถูกลบไปแล้ว");
      const asset = await tx.asset.update({ where: { id: assetId }, data: { storagePath, ...columns(prepared) } });
      if (asset.fileName !== before.fileName) await refreshSearchForAsset(tx, assetId);
      await audit(tx, {
        userId: input.userId,
        action: "asset.replace",
        entity: "asset",
        entityId: assetId,
        before: summary(before),
        after: summary(asset),
      });
      return { asset, oldPath: before.storagePath };
    });
  } catch (e) {
    await removeQuietly(absolute);
    throw e;
  }
  await removeStored(uploadsDir, result.oldPath);
  return result.asset;
}

export function toUploadedAsset(asset: Asset): UploadedAsset {
  return {
    id: asset.id,
    fileName: asset.fileName,
    mimeType: asset.mimeType,
    size: asset.size,
    href: fileHref(asset.id, asset.fileName),
    width: asset.width,
    height: asset.height,
    kind: asset.kind === "IMAGE" ? "image" : "file",
  };
}

function columns(p: PreparedUpload) {
  return { fileName: p.fileName, mimeType: p.mimeType, size: p.bytes.length, width: p.width, height: p.height, sha256: p.sha256 };
}

function summary(a: Asset) {
  return { fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256, width: a.width, height: a.height, storagePath: a.storagePath };
}

/** Writes beside the target and renames, so a reader never sees half a file. */
async function writeStored(root: string, storagePath: string, bytes: Buffer): Promise<string> {
  const absolute = resolveInside(root, storagePath);
  await mkdir(path.dirname(absolute), { recursive: true });
  const partial = `${absolute}.part`;
  try {
    await writeFile(partial, bytes, { flag: "wx" });
    await rename(partial, absolute);
  } catch (e) {
    await removeQuietly(partial);
    throw e;
  }
  return absolute;
}

async function removeStored(root: string, storagePath: string): Promise<void> {
  let absolute: string;
  try {
    absolute = resolveInside(root, storagePath);
  } catch {
    return; // a row pointing outside the folder is never followed, not even to delete
  }
  await removeQuietly(absolute);
}

async function removeQuietly(absolute: string): Promise<void> {
  await unlink(absolute).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") console.error(`[media] could not remove ${absolute}: ${e.message}`);
  });
}
