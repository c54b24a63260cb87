-- Every post is indexed again (lib/search/index-post.ts): "ngramVector" now also holds the marked
-- dictionary words, and normalisation drops zero-width characters and soft hyphens inside words.
-- indexMissing (at start-up and in `npm run db:migrate`) rebuilds every post whose n-gram index is
-- empty: about a millisecond a post.
UPDATE "Post" SET "ngramVector" = NULL;
