import { handleUpload } from "@/lib/actions/upload-stream";

export const dynamic = "force-dynamic";

/** One file per request, streamed: the raw body is the file, `X-File-Name` its URI-encoded name. */
export async function POST(req: Request, { params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  return handleUpload(req, workspaceId);
}
