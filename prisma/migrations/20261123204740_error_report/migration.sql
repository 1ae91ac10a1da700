-- CreateEnum
CREATE TYPE "error_report_status" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "error_report_topic" AS ENUM ('PHONE', 'ADDRESS', 'HOURS', 'NO_LONGER_PRACTICING', 'PROCEDURES', 'ACCEPTING_NEW_PATIENTS', 'CERTIFICATION', 'OTHER');

-- CreateTable
CREATE TABLE "error_report" (
    "id" SERIAL NOT NULL,
    "physician_id" INTEGER,
    "location_id" INTEGER,
    "topic" "error_report_topic" NOT NULL,
    "message" TEXT NOT NULL,
    "reporter_email" TEXT,
    "reporter_hash" TEXT NOT NULL,
    "status" "error_report_status" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "error_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "error_report_status_created_at_idx" ON "error_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "error_report_reporter_hash_created_at_idx" ON "error_report"("reporter_hash", "created_at");

-- CreateIndex
CREATE INDEX "error_report_physician_id_idx" ON "error_report"("physician_id");
