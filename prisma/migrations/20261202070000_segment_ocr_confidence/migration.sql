-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "confidence" DOUBLE PRECISION;
