import { requireRole } from "@/lib/auth/session";
import { AuthError } from "@/lib/auth/roles";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { assertSameOrigin } from "@/lib/http/origin";
import { replaceFormSchema } from "@/lib/media/schema";
import { replaceUpload, toUploadedAsset, UploadError } from "@/lib/media/store";
import { jsonError, readUploadForm } from "@/lib/media/upload-request";
import { parseId } from "@/lib/http/params";

// POST multipart { file, use? } replaces asset {id}'s content; its public address stays the same.
// Editors and admins only: a replaced file changes what is already published.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const foreign = assertSameOrigin(request);
  if (foreign) return foreign;
  let userId: number;
  try {
    userId = (await requireRole("EDITOR")).id;
  } catch (e) {
    if (e instanceof AuthError) return jsonError(e.code === "UNAUTHENTICATED" ? 401 : 403, e.message);
    throw e;
  }
  const id = parseId((await params).id);
  if (id === null) return jsonError(404, "ไม่พบไฟล์ที่ต้องการแทนที่");

  const read = await readUploadForm(request);
  if (!read.ok) return read.response;
  const parsed = replaceFormSchema.safeParse(read.form.fields);
  if (!parsed.success) return jsonError(422, parsed.error.issues[0]?.message ?? "ข้อมูลไม่ถูกต้อง");

  try {
    const { file } = read.form;
    const asset = await replaceUpload(id, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      use: parsed.data.use,
      userId,
    });
    // Pages list the file's size and type (and an image's dimensions): refresh them.
    revalidatePublic();
    return Response.json({ asset: toUploadedAsset(asset) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof UploadError) return jsonError(e.status, e.message);
    throw e;
  }
}
