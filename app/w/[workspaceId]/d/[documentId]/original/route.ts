import { requireMember } from "@/lib/auth/guards";
import { getDocument, getOriginal } from "@/lib/db/documents";
import { readOriginalRange } from "@/lib/db/originals";
import { isAppError } from "@/lib/errors";
import { parseRange } from "@/lib/http-range";
import { isMediaMime } from "@/lib/ingest/speech/media";

export const dynamic = "force-dynamic";

/**
 * The uploaded file, byte for byte, to any member of its workspace. A recording is also served for
 * playing (`?play=1`: inline, with its sniffed audio/video type) and every response takes HTTP Range
 * requests, so a player seeks by reading only the bytes it needs (206 Partial Content).
 */
export async function GET(req: Request, { params }: { params: Promise<{ workspaceId: string; documentId: string }> }) {
  const { workspaceId, documentId } = await params;
  try {
    await requireMember(workspaceId, "viewer");
  } catch (e) {
    const status = isAppError(e) ? (e.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 401 ? "Sign in first." : "Not found.", { status });
  }
  const doc = await getDocument(workspaceId, documentId);
  if (!doc) return new Response("Not found.", { status: 404 });
  const play = new URL(req.url).searchParams.get("play") === "1" && isMediaMime(doc.mimeType);
  const headers: Record<string, string> = {
    "Content-Type": play ? doc.mimeType : "application/octet-stream",
    "Content-Disposition": `${play ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, no-cache",
  };
  const range = parseRange(req.headers.get("range"), doc.sizeBytes);
  if (range === "invalid") return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${doc.sizeBytes}` } });
  if (range) {
    const bytes = await readOriginalRange(workspaceId, documentId, range.start, range.end - range.start + 1);
    if (!bytes) return new Response("Not found.", { status: 404 });
    return new Response(new Uint8Array(bytes), {
      status: 206,
      headers: { ...headers, "Content-Range": `bytes ${range.start}-${range.end}/${doc.sizeBytes}`, "Content-Length": String(bytes.length) },
    });
  }
  const original = await getOriginal(workspaceId, documentId);
  if (!original) return new Response("Not found.", { status: 404 });
  return new Response(new Uint8Array(original.bytes), { headers: { ...headers, "Content-Length": String(original.bytes.length) } });
}
