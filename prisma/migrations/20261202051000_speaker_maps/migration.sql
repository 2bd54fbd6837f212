-- CreateTable
CREATE TABLE "SpeakerMap" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "map" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "SpeakerMap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpeakerMap_workspaceId_idx" ON "SpeakerMap"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerMap_documentId_version_key" ON "SpeakerMap"("documentId", "version");

-- AddForeignKey
ALTER TABLE "SpeakerMap" ADD CONSTRAINT "SpeakerMap_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
