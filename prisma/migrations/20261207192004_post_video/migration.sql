-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AssetKind" ADD VALUE 'VIDEO';
ALTER TYPE "AssetKind" ADD VALUE 'CAPTIONS';

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "videoCaptionsId" INTEGER,
ADD COLUMN     "videoId" INTEGER,
ADD COLUMN     "videoPosterId" INTEGER;

-- CreateIndex
CREATE INDEX "Post_videoId_idx" ON "Post"("videoId");

-- CreateIndex
CREATE INDEX "Post_videoPosterId_idx" ON "Post"("videoPosterId");

-- CreateIndex
CREATE INDEX "Post_videoCaptionsId_idx" ON "Post"("videoCaptionsId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_videoId_fkey" FOREIGN KEY ("videoId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_videoPosterId_fkey" FOREIGN KEY ("videoPosterId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_videoCaptionsId_fkey" FOREIGN KEY ("videoCaptionsId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
