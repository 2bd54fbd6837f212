import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and start-up scripts. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
