import { writingToMarkdown } from "@/lib/export/writing";
import { writingExportRoute } from "../handler";

export const dynamic = "force-dynamic";
export const GET = writingExportRoute({ suffix: ".md", contentType: "text/markdown; charset=utf-8", write: writingToMarkdown });
