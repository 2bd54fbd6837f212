import "server-only";
import { getArtifact } from "@/lib/db/artifacts";
import { recordAudit } from "@/lib/db/audit";
import { AppError } from "@/lib/errors";
import { EXPORTS_BY_NAME, exportResponse, type ExportFormat } from "../export-files";
import type { Handler } from "../route";

const missing = (what: string, version?: number) =>
  new AppError(
    "NOT_FOUND",
    version ? `This document has no ${what} version ${version}.` : `This document has no ${what} yet (it is not in this workspace, or still being processed).`,
  );

export const getMinutesHandler: Handler<"getMinutes"> = async (ctx, { documentId, version }) => {
  const a = await getArtifact(ctx.workspaceId, documentId, "minutes", version);
  if (!a) throw missing("minutes", version);
  return { documentId, version: a.version, engine: a.engine, model: a.model, createdAt: a.createdAt.toISOString(), content: a.content };
};

export const getSlidesHandler: Handler<"getSlides"> = async (ctx, { documentId, version }) => {
  const a = await getArtifact(ctx.workspaceId, documentId, "slides", version);
  if (!a) throw missing("slides", version);
  return { documentId, version: a.version, engine: a.engine, model: a.model, createdAt: a.createdAt.toISOString(), outline: a.content.outline, edited: a.content.edited };
};

/** The same files as the web app's download buttons (lib/api/export-files.ts), audited the same way. */
export const exportDocumentHandler: Handler<"exportDocument"> = async (ctx, { documentId, format, version }) => {
  // Each format loads and writes its own input type; here only its response matters.
  const f = EXPORTS_BY_NAME[format] as unknown as ExportFormat<unknown>;
  const res = await exportResponse(f, ctx.workspaceId, documentId, version);
  if (!res) throw missing(format.startsWith("slides") ? "slides" : "minutes", version);
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "export.downloaded",
    targetType: "document",
    targetId: documentId,
    detail: { format: f.suffix, version: version ?? null, via: "api" },
  });
  return res;
};
