-- AlterTable
-- Every file stored so far may have been published at /files/{id}/{name}: those keep their
-- address (legacyAddress = true); files stored from now on get none. The volatile default gives
-- each existing row its own random token.
ALTER TABLE "Asset" ADD COLUMN     "legacyAddress" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "token" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
ADD COLUMN     "uploadKey" TEXT;

ALTER TABLE "Asset" ALTER COLUMN "legacyAddress" SET DEFAULT false;

-- CreateTable
CREATE TABLE "AssetBodyUse" (
    "id" SERIAL NOT NULL,
    "assetId" INTEGER NOT NULL,
    "postId" INTEGER,
    "officePage" "OfficePageKey",

    CONSTRAINT "AssetBodyUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssetBodyUse_assetId_idx" ON "AssetBodyUse"("assetId");

-- CreateIndex
CREATE INDEX "AssetBodyUse_postId_idx" ON "AssetBodyUse"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_token_key" ON "Asset"("token");

-- CreateIndex
CREATE INDEX "Asset_createdAt_idx" ON "Asset"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_uploadedById_uploadKey_key" ON "Asset"("uploadedById", "uploadKey");

-- CreateIndex
CREATE INDEX "Post_coverId_idx" ON "Post"("coverId");

-- CreateIndex
CREATE INDEX "PostAttachment_assetId_idx" ON "PostAttachment"("assetId");

-- CreateIndex
CREATE INDEX "PostImage_assetId_idx" ON "PostImage"("assetId");

-- CreateIndex
CREATE INDEX "ProcurementDisclosure_fileId_idx" ON "ProcurementDisclosure"("fileId");

-- Body uses: every /files/{id}… a post's or an office page's body shows or links, kept by triggers
-- so that no way of saving a body (editor, restore, publishing a pending draft, scheduler, seed,
-- raw SQL) can forget it. At most nine digits: a longer run is no id and must not break the save.
CREATE FUNCTION asset_body_ids(body TEXT) RETURNS SETOF INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT (m[1])::INTEGER FROM regexp_matches(COALESCE(body, ''), '/files/([0-9]{1,9})(?![0-9])', 'g') AS m
$$;

CREATE FUNCTION asset_body_use_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "AssetBodyUse" WHERE "postId" = OLD."id";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "AssetBodyUse" ("assetId", "postId") SELECT u.asset_id, NEW."id" FROM asset_body_ids(NEW."body") AS u(asset_id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION asset_body_use_office_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "AssetBodyUse" WHERE "officePage" = OLD."key";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "AssetBodyUse" ("assetId", "officePage") SELECT u.asset_id, NEW."key" FROM asset_body_ids(NEW."body") AS u(asset_id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Post_asset_body_use" AFTER INSERT OR DELETE OR UPDATE OF "body" ON "Post"
  FOR EACH ROW EXECUTE FUNCTION asset_body_use_post();

CREATE TRIGGER "OfficePage_asset_body_use" AFTER INSERT OR DELETE OR UPDATE OF "body", "key" ON "OfficePage"
  FOR EACH ROW EXECUTE FUNCTION asset_body_use_office_page();

INSERT INTO "AssetBodyUse" ("assetId", "postId") SELECT u.asset_id, p."id" FROM "Post" p, asset_body_ids(p."body") AS u(asset_id);
INSERT INTO "AssetBodyUse" ("assetId", "officePage") SELECT u.asset_id, o."key" FROM "OfficePage" o, asset_body_ids(o."body") AS u(asset_id);
