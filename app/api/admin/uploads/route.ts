import { requireRole } from "@/lib/auth/session";
import { AuthError } from "@/lib/auth/roles";
import { assertSameOrigin } from "@/lib/http/origin";
import { uploadFormSchema } from "@/lib/media/schema";
import { storeUpload, toUploadedAsset, UploadError } from "@/lib/media/store";
import { jsonError, readUploadForm } from "@/lib/media/upload-request";

// POST multipart { file, use: "attachment" | "image", uploadKey? } (or header Idempotency-Key)
// → 201 { asset }, 200 { asset } for a retry of a stored upload, or 4xx { error } in Thai.
export async function POST(request: Request): Promise<Response> {
  // 1. Only from this site's own pages, only for signed-in staff (authors and up).
  const foreign = assertSameOrigin(request);
  if (foreign) return foreign;
  let userId: number;
  try {
    userId = (await requireRole("AUTHOR")).id;
  } catch (e) {
    if (e instanceof AuthError) return jsonError(e.code === "UNAUTHENTICATED" ? 401 : 403, e.message);
    throw e;
  }

  // 2. The body, never more than the size limit.
  const read = await readUploadForm(request);
  if (!read.ok) return read.response;
  const key = request.headers.get("idempotency-key") ?? read.form.fields.uploadKey;
  const parsed = uploadFormSchema.safeParse({ ...read.form.fields, uploadKey: key });
  if (!parsed.success) return jsonError(422, parsed.error.issues[0]?.message ?? "ข้อมูลไม่ถูกต้อง");

  // 3. Type by content, then disk and database.
  try {
    const { file } = read.form;
    const { use, uploadKey } = parsed.data;
    const asset = await storeUpload({
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      use,
      userId,
      uploadKey,
    });
    // A retry of an upload already stored gets the same asset (200), not a second copy.
    return Response.json(
      { asset: toUploadedAsset(asset) },
      { status: asset.replayed ? 200 : 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (e) {
    if (e instanceof UploadError) return jsonError(e.status, e.message);
    throw e;
  }
}
