-- Search now drops zero-width characters and soft hyphens inside words (lib/search/normalize.ts).
-- Posts whose text has them are indexed again: indexMissing (start-up and `npm run db:migrate`)
-- rebuilds every post whose n-gram index is empty.
UPDATE "Post" SET "ngramVector" = NULL
WHERE concat_ws(' ', title, summary, body) ~ '[\u00AD\u200B-\u200D\u2060\uFEFF]';
