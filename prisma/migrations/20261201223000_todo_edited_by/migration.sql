-- AlterTable
ALTER TABLE "Todo" ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "editedBy" TEXT;
