import { exportRoute, OUTLINE_OPML } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(OUTLINE_OPML);
