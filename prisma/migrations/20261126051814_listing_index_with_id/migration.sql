-- DropIndex
DROP INDEX "Post_status_section_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Post_status_section_publishedAt_id_idx" ON "Post"("status", "section", "publishedAt" DESC, "id" DESC);
