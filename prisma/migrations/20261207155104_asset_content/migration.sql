-- CreateTable
CREATE TABLE "AssetContent" (
    "storagePath" TEXT NOT NULL,
    "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
    "assetId" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetContent_pkey" PRIMARY KEY ("storagePath")
);

-- CreateIndex
CREATE INDEX "AssetContent_assetId_idx" ON "AssetContent"("assetId");

-- AddForeignKey
ALTER TABLE "AssetContent" ADD CONSTRAINT "AssetContent_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The wall between offices, as on every table whose rows name an office (migration office_rls).
ALTER TABLE "AssetContent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "AssetContent" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());
