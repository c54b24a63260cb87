import sharp from "sharp";
import type { FileTypeInfo } from "./sniff";

// Covers and gallery pictures arrive straight from phones and cameras: 4000+ px, several MB,
// turned by an EXIF flag, with GPS position in the metadata. The page needs none of that.

export const MAX_IMAGE_SIDE = 1600;
// A small PNG can decode to gigabytes of pixels; 40 megapixels is more than any camera upload.
const MAX_INPUT_PIXELS = 40_000_000;

export type ProcessedImage = { bytes: Buffer; width: number; height: number };

export class ImageError extends Error {}

/**
 * Re-encodes an image: turned upright by its EXIF orientation, metadata dropped, same format as
 * the upload. For the page (`forPage`) the longest side becomes at most 1600 px (never enlarged);
 * an image attachment keeps its size, since it is often a scanned announcement people must read.
 */
export async function processImage(input: Uint8Array, type: FileTypeInfo, forPage: boolean): Promise<ProcessedImage> {
  try {
    let pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false }).rotate();
    if (forPage)
      pipeline = pipeline.resize({
        width: MAX_IMAGE_SIDE,
        height: MAX_IMAGE_SIDE,
        fit: "inside",
        withoutEnlargement: true,
      });
    const quality = forPage ? 82 : 92;
    // sharp writes no metadata unless asked to, so the EXIF (and any GPS position) is gone.
    const encoded =
      type.ext === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : type.ext === "webp"
          ? pipeline.webp({ quality })
          : pipeline.jpeg({ quality, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/pixel limit/i.test(message))
      throw new ImageError("ภาพมีจำนวนพิกเซลมากเกินไป (เกิน 40 ล้านพิกเซล) โปรดย่อภาพก่อนอัปโหลด");
    throw new ImageError("อ่านไฟล์ภาพไม่ได้ ไฟล์อาจเสียหายหรือไม่สมบูรณ์");
  }
}
