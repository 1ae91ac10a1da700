-- AlterEnum
ALTER TYPE "review_status" ADD VALUE 'WITHDRAWN';
