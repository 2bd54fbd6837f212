import { exportRoute, SLIDES_PPTX } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(SLIDES_PPTX);
