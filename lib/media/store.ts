import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma, type Asset } from "@/lib/generated/prisma/client";
import type { AssetKind } from "@/lib/generated/prisma/enums";
import { fileHref } from "./address";
import { dropContent, keepContent } from "./content";
import { removePartials, removeQuietly, writeDurably } from "./durable";
import { refreshSearchForAsset } from "@/lib/search/index-post";
import { newStoragePath, resolveInside } from "./names";
import { prepareUpload, UploadError, type PreparedUpload } from "./prepare";
import type { UploadedAsset, UploadUse } from "./types";

export { UploadError } from "./prepare";

// Uploads are written to disk first (and, with FILE_STORAGE=database, to the database in the
// row's own transaction: lib/media/content.ts) (durably: lib/media/durable.ts) and recorded second: a file
// without a row is an orphan that harms no one (and is removed at once when the row fails), a row
// without a file is a broken link.
// A replaced file is deleted only after the new row is committed, so the public address never
// points at nothing.

export type UploadInput = {
  bytes: Uint8Array;
  originalName: string;
  use: UploadUse;
  userId: number | null;
  /** The browser's key for this chosen file: sending it again returns the same asset. */
  uploadKey?: string | null;
};
export type ReplaceInput = Omit<UploadInput, "use" | "uploadKey"> & { use?: UploadUse };
/** A stored upload; `replayed` when the key named an upload already stored (a retry). */
export type StoredAsset = Asset & { replayed: boolean };

// A failed upload also clears leftovers of earlier ones that died half written, but never a
// ".part" young enough to belong to an upload still being written.
const STALE_PARTIAL_MS = 10 * 60_000;

const KIND_OF: Record<UploadUse, AssetKind> = {
  image: "IMAGE",
  attachment: "FILE",
  video: "VIDEO",
  captions: "CAPTIONS",
};
const USE_OF: Record<AssetKind, UploadUse> = {
  IMAGE: "image",
  FILE: "attachment",
  VIDEO: "video",
  CAPTIONS: "captions",
};
const KIND_WORD: Record<AssetKind, string> = {
  IMAGE: "รูปภาพ",
  FILE: "เอกสารแนบ",
  VIDEO: "วิดีโอ",
  CAPTIONS: "ไฟล์คำบรรยาย",
};

export async function storeUpload(input: UploadInput): Promise<StoredAsset> {
  const { uploadsDir, maxUploadBytes } = env();
  const key = input.userId !== null && input.uploadKey ? input.uploadKey : null;
  // A retry whose first attempt was stored (the answer was lost on the way back).
  const earlier = key ? await findByKey(input.userId!, key, input.use) : null;
  if (earlier) return earlier;

  const prepared = await prepareUpload(input.bytes, input.originalName, input.use, maxUploadBytes);
  const storagePath = newStoragePath(prepared.ext);
  const absolute = await writeStored(uploadsDir, storagePath, prepared.bytes);
  try {
    const asset = await getPrisma().$transaction(async (tx) => {
      const asset = await tx.asset.create({
        data: {
          kind: KIND_OF[input.use],
          storagePath,
          uploadedById: input.userId,
          uploadKey: key,
          ...columns(prepared),
        },
      });
      await keepContent(tx, asset.id, storagePath, prepared.bytes);
      await audit(tx, {
        userId: input.userId,
        action: "asset.upload",
        entity: "asset",
        entityId: asset.id,
        after: summary(asset),
      });
      return asset;
    });
    return { ...asset, replayed: false };
  } catch (e) {
    await removeQuietly(absolute);
    await clearStalePartials(uploadsDir);
    // The same key sent twice at once: the other request stored it; answer with that one.
    if (key && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await findByKey(input.userId!, key, input.use);
      if (winner) return winner;
    }
    throw e;
  }
}

async function findByKey(userId: number, uploadKey: string, use: UploadUse): Promise<StoredAsset | null> {
  const asset = await getPrisma().asset.findUnique({
    where: { uploadedById_uploadKey: { uploadedById: userId, uploadKey } },
  });
  if (!asset) return null;
  if (asset.kind !== KIND_OF[use])
    throw new UploadError(422, "รหัสการอัปโหลดนี้ใช้กับไฟล์อื่นไปแล้ว โปรดเลือกไฟล์แล้วอัปโหลดใหม่อีกครั้ง");
  return { ...asset, replayed: true };
}

/** New content for an existing asset: same id and token, so the same public address. */
export async function replaceUpload(assetId: number, input: ReplaceInput): Promise<Asset> {
  const { uploadsDir, maxUploadBytes } = env();
  const prisma = getPrisma();
  const current = await prisma.asset.findUnique({ where: { id: assetId } });
  if (!current) throw new UploadError(404, "ไม่พบไฟล์ที่ต้องการแทนที่ อาจถูกลบไปแล้ว");
  const use = input.use ?? USE_OF[current.kind];
  if (KIND_OF[use] !== current.kind) {
    const word = KIND_WORD[current.kind];
    throw new UploadError(422, `แทนที่ไม่ได้: ไฟล์เดิมเป็น${word} ต้องแทนที่ด้วย${word}เท่านั้น`);
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
      await dropContent(tx, before.storagePath);
      await keepContent(tx, assetId, storagePath, prepared.bytes);
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

const UPLOADED_KIND: Record<AssetKind, UploadedAsset["kind"]> = {
  IMAGE: "image",
  FILE: "file",
  VIDEO: "video",
  CAPTIONS: "captions",
};

export function toUploadedAsset(asset: Asset): UploadedAsset {
  return {
    id: asset.id,
    fileName: asset.fileName,
    mimeType: asset.mimeType,
    size: asset.size,
    href: fileHref(asset),
    width: asset.width,
    height: asset.height,
    kind: UPLOADED_KIND[asset.kind],
  };
}

function columns(p: PreparedUpload) {
  return {
    fileName: p.fileName,
    mimeType: p.mimeType,
    size: p.bytes.length,
    width: p.width,
    height: p.height,
    sha256: p.sha256,
  };
}

function summary(a: Asset) {
  return {
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    sha256: a.sha256,
    width: a.width,
    height: a.height,
    storagePath: a.storagePath,
  };
}

/** Writes beside the target, flushes and renames: a reader never sees half a file, a crash never a row without one. */
async function writeStored(root: string, storagePath: string, bytes: Buffer): Promise<string> {
  const absolute = resolveInside(root, storagePath);
  try {
    await writeDurably(absolute, bytes);
  } catch (e) {
    await clearStalePartials(root);
    throw e;
  }
  return absolute;
}

async function clearStalePartials(root: string): Promise<void> {
  await removePartials(root, { olderThanMs: STALE_PARTIAL_MS }).catch((e: unknown) => {
    console.error(`[media] could not clear unfinished uploads: ${e instanceof Error ? e.message : String(e)}`);
  });
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

export async function removeStoredFile(storagePath: string): Promise<void> {
  await removeStored(env().uploadsDir, storagePath);
}
