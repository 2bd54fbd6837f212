import { requireMember } from "@/lib/auth/guards";
import { getOriginal } from "@/lib/db/documents";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The uploaded file, byte for byte, to any member of its workspace. */
export async function GET(_req: Request, { params }: { params: Promise<{ workspaceId: string; documentId: string }> }) {
  const { workspaceId, documentId } = await params;
  try {
    await requireMember(workspaceId, "viewer");
  } catch (e) {
    const status = isAppError(e) ? (e.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 401 ? "Sign in first." : "Not found.", { status });
  }
  const original = await getOriginal(workspaceId, documentId);
  if (!original) return new Response("Not found.", { status: 404 });
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(original.document.fileName)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
