-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "bodyEn" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "titleEn" TEXT;
