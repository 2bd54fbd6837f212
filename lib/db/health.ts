import "server-only";
import { db } from "./client";

/** True when the database answers a trivial query (health checks, start-up scripts). */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
