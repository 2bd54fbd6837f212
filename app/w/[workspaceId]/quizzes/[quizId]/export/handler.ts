import { quizExportResponse, type QuizExportName } from "@/lib/api/quiz-export";
import { memberOrRefusal, plainText as text } from "@/lib/auth/guards";

type RouteContext = { params: Promise<{ workspaceId: string; quizId: string }> };

/** GET for one quiz download: any member may download; another workspace's quiz is simply not found. */
export function quizExportRoute(name: QuizExportName) {
  return async (_req: Request, { params }: RouteContext): Promise<Response> => {
    const { workspaceId, quizId } = await params;
    const member = await memberOrRefusal(workspaceId, "viewer");
    if ("refusal" in member) return member.refusal;
    // A malformed id cannot name a quiz: not found, without a query.
    if (!/^[0-9a-f-]{36}$/i.test(quizId)) return text("Not found.", 404);
    return (await quizExportResponse(name, workspaceId, quizId)) ?? text("Not found.", 404);
  };
}
