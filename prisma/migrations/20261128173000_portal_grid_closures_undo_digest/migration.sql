-- AlterEnum
ALTER TYPE "change_entity" ADD VALUE 'location_closure';

-- AlterTable
ALTER TABLE "change_request" ADD COLUMN     "group_id" TEXT,
ADD COLUMN     "undo" JSONB;

-- CreateTable
CREATE TABLE "location_closure" (
    "id" SERIAL NOT NULL,
    "location_id" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "location_closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_delivery" (
    "user_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_delivery_pkey" PRIMARY KEY ("user_id","day")
);

-- CreateIndex
CREATE INDEX "location_closure_location_id_ends_on_idx" ON "location_closure"("location_id", "ends_on");

-- AddForeignKey
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_delivery" ADD CONSTRAINT "digest_delivery_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "portal_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A closure ends on or after the day it starts (the operation checks this first, with a plain message).
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_dates_check" CHECK ("ends_on" >= "starts_on");
