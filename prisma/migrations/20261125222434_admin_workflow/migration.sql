-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftAuthorId" INTEGER,
ADD COLUMN     "draftUpdatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "scheduleError" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("key")
);
