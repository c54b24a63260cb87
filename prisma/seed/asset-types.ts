import type { PdfSpec } from "./files";
import type { pictureSpec } from "./motifs";

// The shapes of the demo's files, apart from the lists (./assets.ts) so that the files which
// make those lists need not import the module that gathers them.

export type ImageAsset = {
  kind: "IMAGE";
  key: string;
  name: string;
  fileName: string;
  alt: string;
  picture: ReturnType<typeof pictureSpec>;
};

export type FileAsset = {
  kind: "FILE";
  key: string;
  name: string;
  fileName: string;
  pdf: PdfSpec;
  downloadCount: number;
};

/** A video or its captions: bytes kept in code (./video.ts). */
export type MediaAsset = {
  kind: "VIDEO" | "CAPTIONS";
  key: string;
  name: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
};

export type SeedAsset = ImageAsset | FileAsset | MediaAsset;
