import { exportRoute, MINUTES_MD } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(MINUTES_MD);
