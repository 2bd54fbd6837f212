import { myTodosCalendar } from "@/lib/api/todo-calendar";
import { requireMember } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET: the signed-in member's to-dos with due dates, as an .ics calendar. */
export async function GET(_req: Request, { params }: { params: Promise<{ workspaceId: string }> }): Promise<Response> {
  const { workspaceId } = await params;
  let ctx;
  try {
    ctx = await requireMember(workspaceId, "viewer");
  } catch (e) {
    if (isAppError(e) && e.code === "UNAUTHENTICATED") return text("Sign in first.", 401);
    if (isAppError(e)) return text("Not found.", 404);
    throw e;
  }
  const body = await myTodosCalendar(workspaceId, { id: ctx.user.id, name: ctx.user.name }, `Jiyao · ${ctx.workspaceName} · ${ctx.user.name}`);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-todos.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
