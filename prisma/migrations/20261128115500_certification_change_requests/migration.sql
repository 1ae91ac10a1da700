-- AlterEnum
ALTER TYPE "change_entity" ADD VALUE 'board_certification';
