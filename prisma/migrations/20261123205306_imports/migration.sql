-- CreateEnum
CREATE TYPE "import_run_status" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED');

-- AlterTable
ALTER TABLE "role_procedure" ADD COLUMN     "source_id" INTEGER;

-- CreateTable
CREATE TABLE "import_run" (
    "id" SERIAL NOT NULL,
    "kind" "source_kind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_fingerprint" TEXT NOT NULL,
    "file_date" DATE NOT NULL,
    "data_source_id" INTEGER NOT NULL,
    "status" "import_run_status" NOT NULL DEFAULT 'RUNNING',
    "last_committed_line" INTEGER NOT NULL DEFAULT 0,
    "last_committed_key" TEXT,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_row_state" (
    "kind" "source_kind" NOT NULL,
    "key" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "run_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_row_state_pkey" PRIMARY KEY ("kind","key")
);

-- CreateTable
CREATE TABLE "imported_location" (
    "address_key" TEXT NOT NULL,
    "location_id" INTEGER NOT NULL,

    CONSTRAINT "imported_location_pkey" PRIMARY KEY ("address_key")
);

-- CreateTable
CREATE TABLE "geocode_cache" (
    "address_key" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "precision" "geocode_precision",
    "geocoded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "geocode_cache_pkey" PRIMARY KEY ("address_key")
);

-- CreateIndex
CREATE INDEX "import_run_kind_file_fingerprint_idx" ON "import_run"("kind", "file_fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "imported_location_location_id_key" ON "imported_location"("location_id");

-- AddForeignKey
ALTER TABLE "role_procedure" ADD CONSTRAINT "role_procedure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
