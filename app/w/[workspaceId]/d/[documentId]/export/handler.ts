import { versionParam } from "@/lib/actions/common.schema";
import { requireMember } from "@/lib/auth/guards";
import { loadDeckExport, loadMinutesExport, type ExportSource } from "@/lib/db/exports";
import { recordAudit } from "@/lib/db/audit";
import { isAppError } from "@/lib/errors";
import { deckToMarkdown, deckToPptx, minutesToDocx, minutesToMarkdown, type DeckInput, type MinutesInput } from "@/lib/export";

type RouteContext = { params: Promise<{ workspaceId: string; documentId: string }> };

interface ExportFormat<T> {
  load(workspaceId: string, documentId: string, version?: number): Promise<ExportSource<T> | null>;
  write(input: T): Promise<Uint8Array | string> | string;
  contentType: string;
  /** Appended to the document title to make the file name. */
  suffix: string;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const MARKDOWN = "text/markdown; charset=utf-8";

export const MINUTES_MD: ExportFormat<MinutesInput> = { load: loadMinutesExport, write: minutesToMarkdown, contentType: MARKDOWN, suffix: ".md" };
export const MINUTES_DOCX: ExportFormat<MinutesInput> = { load: loadMinutesExport, write: minutesToDocx, contentType: DOCX, suffix: ".docx" };
export const SLIDES_PPTX: ExportFormat<DeckInput> = { load: loadDeckExport, write: deckToPptx, contentType: PPTX, suffix: ".pptx" };
// Distinct from the minutes' Markdown, so downloading both does not produce "title (1).md".
export const SLIDES_MD: ExportFormat<DeckInput> = { load: loadDeckExport, write: deckToMarkdown, contentType: MARKDOWN, suffix: ".slides.md" };

/** A title as a file name on every OS: no path separators, reserved or control characters. */
export function fileName(title: string, suffix: string): string {
  const base = title
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 150)
    .trim();
  return `${base || "jiyao"}${suffix}`;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * unescaped, which that grammar does not allow. */
function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET for one export: any member may download; other workspaces' documents are simply not found. */
export function exportRoute<T>(format: ExportFormat<T>) {
  return async function GET(req: Request, { params }: RouteContext): Promise<Response> {
    const { workspaceId, documentId } = await params;
    let userId: string;
    try {
      userId = (await requireMember(workspaceId, "viewer")).user.id;
    } catch (e) {
      if (isAppError(e) && e.code === "UNAUTHENTICATED") return text("Sign in first.", 401);
      if (isAppError(e)) return text("Not found.", 404);
      throw e;
    }
    const v = new URL(req.url).searchParams.get("v");
    const parsed = v === null || v === "" ? undefined : versionParam.safeParse(v);
    if (parsed && !parsed.success) return text("The version must be a whole number from 1 to 2147483647.", 400);
    const version = parsed?.data;

    const source = await format.load(workspaceId, documentId, version);
    if (!source) return text("Not found.", 404);
    const body = await format.write(source.input);
    await recordAudit({ workspaceId, actorUserId: userId, action: "export.downloaded", targetType: "document", targetId: documentId, detail: { format: format.suffix, version: version ?? null } });
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: {
        "Content-Type": format.contentType,
        "Content-Disposition": contentDisposition(fileName(source.title, format.suffix)),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}
