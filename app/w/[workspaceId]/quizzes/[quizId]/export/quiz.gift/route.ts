import { quizExportRoute } from "../handler";

export const dynamic = "force-dynamic";

export const GET = quizExportRoute("quiz.gift");
