import { exportRoute, MINUTES_DOCX } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(MINUTES_DOCX);
