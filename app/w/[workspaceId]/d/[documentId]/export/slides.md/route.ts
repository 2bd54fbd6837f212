import { exportRoute, SLIDES_MD } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(SLIDES_MD);
