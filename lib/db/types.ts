/**
 * The database's enums as plain types, so pages, components and jobs never import Prisma's generated
 * code (only lib/db does).
 */
export type { ArtifactKind, DocumentStatus, Role } from "@/lib/generated/prisma/enums";
