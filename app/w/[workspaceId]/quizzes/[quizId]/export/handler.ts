import { quizExportResponse, type QuizExportName } from "@/lib/api/quiz-export";
import { requireMember } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";

type RouteContext = { params: Promise<{ workspaceId: string; quizId: string }> };
const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET for one quiz download: any member may download; another workspace's quiz is simply not found. */
export function quizExportRoute(name: QuizExportName) {
  return async function GET(_req: Request, { params }: RouteContext): Promise<Response> {
    const { workspaceId, quizId } = await params;
    try {
      await requireMember(workspaceId, "viewer");
    } catch (e) {
      if (isAppError(e) && e.code === "UNAUTHENTICATED") return text("Sign in first.", 401);
      if (isAppError(e)) return text("Not found.", 404);
      throw e;
    }
    // A malformed id cannot name a quiz: not found, without a query.
    if (!/^[0-9a-f-]{36}$/i.test(quizId)) return text("Not found.", 404);
    return (await quizExportResponse(name, workspaceId, quizId)) ?? text("Not found.", 404);
  };
}
