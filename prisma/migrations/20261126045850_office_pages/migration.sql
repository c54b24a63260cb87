-- CreateEnum
CREATE TYPE "OfficePageKey" AS ENUM ('ABOUT', 'CONTACT', 'PRIVACY');

-- CreateTable
CREATE TABLE "OfficePage" (
    "key" "OfficePageKey" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "OfficePage_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Executive" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "photoId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Executive_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Executive_sortOrder_idx" ON "Executive"("sortOrder");

-- AddForeignKey
ALTER TABLE "OfficePage" ADD CONSTRAINT "OfficePage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Executive" ADD CONSTRAINT "Executive_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
