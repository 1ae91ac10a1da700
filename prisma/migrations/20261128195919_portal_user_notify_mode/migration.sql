-- CreateEnum
CREATE TYPE "notify_mode" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST');

-- AlterTable
ALTER TABLE "portal_user" ADD COLUMN     "notify_mode" "notify_mode" NOT NULL DEFAULT 'IMMEDIATE';
