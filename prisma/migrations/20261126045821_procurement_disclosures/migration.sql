-- CreateEnum
CREATE TYPE "ProcurementKind" AS ENUM ('PLAN', 'ANNOUNCEMENT', 'REFERENCE_PRICE', 'RESULT', 'MONTHLY_SUMMARY', 'ANNUAL_REPORT');

-- CreateTable
CREATE TABLE "ProcurementDisclosure" (
    "id" SERIAL NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "kind" "ProcurementKind" NOT NULL,
    "title" TEXT NOT NULL,
    "documentDate" TIMESTAMPTZ(3) NOT NULL,
    "month" INTEGER,
    "amount" DECIMAL(14,2),
    "description" TEXT NOT NULL DEFAULT '',
    "fileId" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProcurementDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProcurementDisclosure_fiscalYear_published_kind_idx" ON "ProcurementDisclosure"("fiscalYear", "published", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementDisclosure_fiscalYear_month_key" ON "ProcurementDisclosure"("fiscalYear", "month");

-- AddForeignKey
ALTER TABLE "ProcurementDisclosure" ADD CONSTRAINT "ProcurementDisclosure_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "Asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementDisclosure" ADD CONSTRAINT "ProcurementDisclosure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementDisclosure" ADD CONSTRAINT "ProcurementDisclosure_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A month belongs to monthly summaries only, and is a calendar month (Prisma cannot express this).
ALTER TABLE "ProcurementDisclosure" ADD CONSTRAINT "ProcurementDisclosure_month_check"
  CHECK (("kind" = 'MONTHLY_SUMMARY') = ("month" IS NOT NULL) AND ("month" IS NULL OR "month" BETWEEN 1 AND 12));
