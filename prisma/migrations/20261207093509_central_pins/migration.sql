-- CreateTable
CREATE TABLE "CentralPin" (
    "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
    "postId" INTEGER NOT NULL,
    "pinnedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CentralPin_pkey" PRIMARY KEY ("officeId","postId")
);

-- CreateIndex
CREATE INDEX "CentralPin_postId_idx" ON "CentralPin"("postId");

-- AddForeignKey
ALTER TABLE "CentralPin" ADD CONSTRAINT "CentralPin_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentralPin" ADD CONSTRAINT "CentralPin_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
