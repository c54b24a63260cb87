-- Staff accounts belong to one office (the default office for every existing account): a role is
-- a role in that office, and the same e-mail may have an account in another office. A platform
-- administrator (isPlatformAdmin) may sign in to any office.

-- DropIndex
DROP INDEX "User_email_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- CreateIndex
CREATE UNIQUE INDEX "User_officeId_email_key" ON "User"("officeId", "email");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
