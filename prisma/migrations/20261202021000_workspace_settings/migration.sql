-- A workspace's own model and speech endpoints (keys encrypted), default engine and language, retention.
-- CreateTable
CREATE TABLE "WorkspaceSettings" (
    "workspaceId" TEXT NOT NULL,
    "modelBaseUrl" TEXT,
    "modelName" TEXT,
    "modelApiKeyEnc" TEXT,
    "modelApiKeyHint" TEXT,
    "speechBaseUrl" TEXT,
    "speechModel" TEXT,
    "speechApiKeyEnc" TEXT,
    "speechApiKeyHint" TEXT,
    "defaultEngine" TEXT,
    "defaultLanguage" TEXT,
    "retentionDays" INTEGER,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- AddForeignKey
ALTER TABLE "WorkspaceSettings" ADD CONSTRAINT "WorkspaceSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
