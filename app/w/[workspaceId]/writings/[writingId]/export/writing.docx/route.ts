import { writingToDocx } from "@/lib/export/writing";
import { writingExportRoute } from "../handler";

export const dynamic = "force-dynamic";
export const GET = writingExportRoute({ suffix: ".docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", write: writingToDocx });
