-- Live meetings: a document status for meetings still receiving lines, and their ingest key and rolling minutes.
ALTER TYPE "DocumentStatus" ADD VALUE 'live';

-- CreateTable
CREATE TABLE "LiveMeeting" (
    "documentId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "createdById" TEXT,
    "keyHash" TEXT,
    "keyRevokedAt" TIMESTAMP(3),
    "lastPostAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "rolling" JSONB,
    "rollingAt" TIMESTAMP(3),
    "rollingUpTo" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveMeeting_pkey" PRIMARY KEY ("documentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveMeeting_keyHash_key" ON "LiveMeeting"("keyHash");

-- CreateIndex
CREATE INDEX "LiveMeeting_workspaceId_idx" ON "LiveMeeting"("workspaceId");

-- AddForeignKey
ALTER TABLE "LiveMeeting" ADD CONSTRAINT "LiveMeeting_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
