import { myTodosCalendar } from "@/lib/api/todo-calendar";
import { memberOrRefusal } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

/** GET: the signed-in member's to-dos with due dates, as an .ics calendar. */
export async function GET(_req: Request, { params }: { params: Promise<{ workspaceId: string }> }): Promise<Response> {
  const { workspaceId } = await params;
  const member = await memberOrRefusal(workspaceId, "viewer");
  if ("refusal" in member) return member.refusal;
  const { ctx } = member;
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
