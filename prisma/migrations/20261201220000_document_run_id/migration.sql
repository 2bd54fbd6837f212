-- The processing run that owns a document's writes: every page of segments/chunks and the final commit
-- check it, so a run that lost its claim (it expired while alive, a retry took over) writes nothing.
ALTER TABLE "Document" ADD COLUMN "runId" TEXT;
