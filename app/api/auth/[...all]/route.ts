import { auth } from "@/lib/auth/auth";
import { authRequest } from "@/lib/auth/auth-request";
import { errorResponse } from "@/lib/auth/route-guard";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return auth().handler(await authRequest(req));
}

export async function POST(req: Request) {
  try {
    return await auth().handler(await authRequest(req));
  } catch (e) {
    return errorResponse(e);
  }
}
