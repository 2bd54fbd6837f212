import { exportRoute, OUTLINE_MD } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(OUTLINE_MD);
