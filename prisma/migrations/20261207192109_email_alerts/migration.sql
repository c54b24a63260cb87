-- CreateEnum
CREATE TYPE "AlertMode" AS ENUM ('IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('CONFIRM', 'POST', 'UPDATE', 'DIGEST');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
    "email" TEXT NOT NULL,
    "sections" "Section"[],
    "mode" "AlertMode" NOT NULL DEFAULT 'IMMEDIATE',
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribedAt" TIMESTAMPTZ(3),
    "pendingSections" "Section"[],
    "pendingMode" "AlertMode",
    "confirmToken" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "confirmWindowAt" TIMESTAMPTZ(3),
    "confirmSends" INTEGER NOT NULL DEFAULT 0,
    "lastConfirmAt" TIMESTAMPTZ(3),
    "manageToken" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
    "subscriberId" INTEGER NOT NULL,
    "kind" "DeliveryKind" NOT NULL,
    "key" TEXT NOT NULL,
    "postId" INTEGER,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_confirmToken_key" ON "Subscriber"("confirmToken");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_manageToken_key" ON "Subscriber"("manageToken");

-- CreateIndex
CREATE INDEX "Subscriber_email_idx" ON "Subscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_officeId_email_key" ON "Subscriber"("officeId", "email");

-- CreateIndex
CREATE INDEX "AlertDelivery_officeId_status_idx" ON "AlertDelivery"("officeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_subscriberId_key_key" ON "AlertDelivery"("subscriberId", "key");

-- AddForeignKey
ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The wall between offices, as on every table whose rows name an office (migration office_rls).
ALTER TABLE "Subscriber" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Subscriber" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());
ALTER TABLE "AlertDelivery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "AlertDelivery" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

-- Adds a job to the e-mail queue (graphile-worker, whose schema the server installs at start on
-- PostgreSQL: lib/alerts/worker.ts) inside the caller's transaction, so a post's alert is queued
-- exactly when its publication commits. Runs as this function's owner: the office role ect_app
-- has no rights on the queue's tables. Without the queue (the embedded database, which sends no
-- mail) it does nothing and says so with false.
CREATE FUNCTION ect_add_job(identifier text, payload json, queue_name text DEFAULT NULL, job_key text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN false;
  END IF;
  EXECUTE 'SELECT graphile_worker.add_job($1, $2, queue_name => $3, job_key => $4, max_attempts => 10,'
    ' job_key_mode => ''preserve_run_at'')'
    USING identifier, payload, queue_name, job_key;
  RETURN true;
END
$$;
