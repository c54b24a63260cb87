-- Search is always in one office: with the office as the GIN index's first key (btree_gin),
-- the index yields only that office's matching posts, not every office's to be filtered after.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "Post_ngramVector_idx";

-- CreateIndex
CREATE INDEX "Post_officeId_ngramVector_idx" ON "Post" USING GIN ("officeId" int4_ops, "ngramVector" tsvector_ops);
