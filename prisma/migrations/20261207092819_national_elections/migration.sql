-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "nationalId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Election_nationalId_officeId_key" ON "Election"("nationalId", "officeId");

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_nationalId_fkey" FOREIGN KEY ("nationalId") REFERENCES "Election"("id") ON DELETE SET NULL ON UPDATE CASCADE;
