import { databaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and start-up scripts. */
export async function GET() {
  if (await databaseReachable()) return Response.json({ ok: true });
  return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
}
