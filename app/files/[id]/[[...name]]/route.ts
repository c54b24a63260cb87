import { answerFile } from "@/lib/media/file-response";

// /files/{id}-{token}/{name}: uploaded files. Who may fetch what is decided in lib/media
// (file-response.ts, visibility.ts); the name part is only for people and is ignored.
type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  return answerFile(request, (await params).id);
}

export async function HEAD(request: Request, { params }: Params): Promise<Response> {
  return answerFile(request, (await params).id);
}
