-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];
