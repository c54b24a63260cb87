-- CreateEnum
CREATE TYPE "ElectionKind" AS ENUM ('MP', 'SENATE', 'PAO_CHIEF', 'PAO_MEMBER', 'MUNICIPAL', 'SAO', 'REFERENDUM');

-- CreateEnum
CREATE TYPE "ContestStatus" AS ENUM ('NOT_STARTED', 'COUNTING', 'OFFICIAL');

-- CreateTable
CREATE TABLE "Election" (
    "id" SERIAL NOT NULL,
    "kind" "ElectionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT,
    "pollingDay" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contest" (
    "id" SERIAL NOT NULL,
    "electionId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "registered" INTEGER NOT NULL DEFAULT 0,
    "stations" INTEGER NOT NULL DEFAULT 0,
    "stationsCounted" INTEGER NOT NULL DEFAULT 0,
    "came" INTEGER NOT NULL DEFAULT 0,
    "valid" INTEGER NOT NULL DEFAULT 0,
    "invalid" INTEGER NOT NULL DEFAULT 0,
    "noVote" INTEGER NOT NULL DEFAULT 0,
    "status" "ContestStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "countUpdatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "party" TEXT NOT NULL DEFAULT '',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "photoId" INTEGER,
    "votes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionPost" (
    "id" SERIAL NOT NULL,
    "electionId" INTEGER NOT NULL,
    "contestId" INTEGER,
    "postId" INTEGER NOT NULL,

    CONSTRAINT "ElectionPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Election_published_pollingDay_idx" ON "Election"("published", "pollingDay" DESC);

-- CreateIndex
CREATE INDEX "Contest_electionId_sortOrder_idx" ON "Contest"("electionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Contest_electionId_position_area_key" ON "Contest"("electionId", "position", "area");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_contestId_number_key" ON "Candidate"("contestId", "number");

-- CreateIndex
CREATE INDEX "ElectionPost_postId_idx" ON "ElectionPost"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionPost_electionId_postId_key" ON "ElectionPost"("electionId", "postId");

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionPost" ADD CONSTRAINT "ElectionPost_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionPost" ADD CONSTRAINT "ElectionPost_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionPost" ADD CONSTRAINT "ElectionPost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
