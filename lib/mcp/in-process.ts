import "server-only";
import { createHash } from "node:crypto";
import type { ApiContext } from "@/lib/api/auth";
import { requireApiRole } from "@/lib/api/auth";
import { invokeEndpoint } from "@/lib/api/route";
import { answerEvents } from "@/lib/api/v1/ask";
import { ENDPOINTS } from "@/lib/api/v1/contract";
import { HANDLERS } from "@/lib/api/v1/handlers";
import { toApiDocument } from "@/lib/api/v1/present";
import type { SseEvent } from "@/lib/api/sse-parse";
import { AppError } from "@/lib/errors";
import { storeUploadedFile } from "@/lib/jobs/uploads";
import { BackendError, type JiyaoBackend, type JsonEndpoint } from "./backend";

/** App errors as the tool errors the HTTP client would report, so both transports answer alike. */
async function asBackend<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError) throw new BackendError(e.code, e.message);
    throw e;
  }
}

/** The API's endpoints called in this process for one authenticated token (the /api/mcp route). */
export function inProcessBackend(ctx: ApiContext, signal?: AbortSignal): JiyaoBackend {
  return {
    call: (name: JsonEndpoint, input: Record<string, unknown>) => asBackend(async () => (await invokeEndpoint(ctx, name, HANDLERS[name] as never, input)) as never),
    upload: ({ fileName, text }) =>
      asBackend(async () => {
        requireApiRole(ctx, ENDPOINTS.uploadDocument.role);
        const bytes = Buffer.from(text, "utf8");
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        return toApiDocument(await storeUploadedFile({ workspaceId: ctx.workspaceId, userId: ctx.user.id }, { fileName, mimeType: "text/plain", bytes, sha256 }));
      }),
    ask: (input) =>
      asBackend(async () => {
        requireApiRole(ctx, ENDPOINTS.ask.role);
        const parsed = ENDPOINTS.ask.body.safeParse(input);
        if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "invalid input");
        const out: SseEvent[] = [];
        for await (const e of await answerEvents(ctx, parsed.data, signal)) out.push(e);
        return out;
      }),
  };
}
