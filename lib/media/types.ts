// Shapes shared by the upload route, its client component and the post editor's pickers.

/**
 * What an upload is for: a post attachment (documents and images), a cover/gallery/poster image,
 * a post's video (MP4, WebM) or its captions (WebVTT).
 */
export type UploadUse = "attachment" | "image" | "video" | "captions";

/** The answer of POST /api/admin/uploads (and of a replace), as the browser receives it. */
export type UploadedAsset = {
  id: number;
  /** Cleaned display name, with the extension of the detected type. */
  fileName: string;
  mimeType: string;
  size: number;
  /** Address /files/{id}-{token}/{name}; stays valid when the file is replaced. Public once published content uses it. */
  href: string;
  width: number | null;
  height: number | null;
  kind: "image" | "file" | "video" | "captions";
};
