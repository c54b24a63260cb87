-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector");
