-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "ngramVector" tsvector,
ADD COLUMN     "searchText" TEXT;

-- CreateIndex
CREATE INDEX "Post_ngramVector_idx" ON "Post" USING GIN ("ngramVector");
