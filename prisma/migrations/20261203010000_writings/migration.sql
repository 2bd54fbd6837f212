-- CreateTable
CREATE TABLE "Writing" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "updatedById" TEXT,
    "sourceDocumentId" TEXT,
    "template" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Writing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WritingVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "writingId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WritingVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AcceptedWord" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcceptedWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Writing_workspaceId_updatedAt_idx" ON "Writing"("workspaceId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WritingVersion_writingId_revision_key" ON "WritingVersion"("writingId", "revision");

-- CreateIndex
CREATE INDEX "WritingVersion_workspaceId_writingId_createdAt_idx" ON "WritingVersion"("workspaceId", "writingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AcceptedWord_workspaceId_word_key" ON "AcceptedWord"("workspaceId", "word");

-- AddForeignKey
ALTER TABLE "Writing" ADD CONSTRAINT "Writing_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Writing" ADD CONSTRAINT "Writing_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Writing" ADD CONSTRAINT "Writing_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WritingVersion" ADD CONSTRAINT "WritingVersion_writingId_fkey" FOREIGN KEY ("writingId") REFERENCES "Writing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WritingVersion" ADD CONSTRAINT "WritingVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcceptedWord" ADD CONSTRAINT "AcceptedWord_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
