-- Every lexeme of "ngramVector" now starts with its post's office and a slash (13/เลื, 13/_เลือก;
-- lib/search/ngram.ts officeLexeme): the GIN index's posting lists are then one office's posts,
-- where with the office as a separate first key (btree_gin) each gram's list still held all 77
-- offices' posts. The grams are not built again: each post's are rewritten in place. A post
-- without an n-gram index yet (NULL) keeps NULL, for indexMissing to build.

-- DropIndex
DROP INDEX "Post_officeId_ngramVector_idx";

UPDATE "Post"
SET "ngramVector" = array_to_tsvector(
  ARRAY(SELECT "officeId"::text || '/' || lexeme FROM unnest(tsvector_to_array("ngramVector")) AS lexeme)
)
WHERE "ngramVector" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Post_ngramVector_idx" ON "Post" USING GIN ("ngramVector");
