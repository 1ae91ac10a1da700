-- Hand-written: PostGIS provides the geography type of location.geog (not modelled by Prisma).
CREATE EXTENSION IF NOT EXISTS postgis;

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('DEMO', 'NPPES', 'CMS_DAC', 'CMS_MEDICARE_VOLUME', 'CLINIC_EDIT', 'MODERATOR');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('FEMALE', 'MALE', 'OTHER');

-- CreateEnum
CREATE TYPE "ir_identification" AS ENUM ('TAXONOMY', 'BILLING', 'CLINIC', 'MODERATOR');

-- CreateEnum
CREATE TYPE "geocode_precision" AS ENUM ('STREET', 'ZIP_CENTROID', 'CITY_CENTROID');

-- CreateEnum
CREATE TYPE "certification_status" AS ENUM ('ACTIVE', 'EXPIRED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "place_of_service" AS ENUM ('FACILITY', 'OFFICE');

-- CreateTable
CREATE TABLE "data_source" (
    "id" SERIAL NOT NULL,
    "kind" "source_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "file_name" TEXT,
    "file_date" DATE,
    "loaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checksum" TEXT,
    "notes" TEXT,

    CONSTRAINT "data_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "physician" (
    "id" SERIAL NOT NULL,
    "npi" VARCHAR(10) NOT NULL,
    "slug" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "last_name" TEXT NOT NULL,
    "credentials" TEXT,
    "gender" "gender",
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "taxonomy_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "identified_by" "ir_identification" NOT NULL,
    "bio" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivated_at" DATE,
    "source_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "last_confirmed_at" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "physician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "npi" VARCHAR(10),
    "website" TEXT,
    "phone" TEXT,
    "source_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "organization_id" INTEGER,
    "name" TEXT NOT NULL,
    "address1" TEXT NOT NULL,
    "address2" TEXT,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "zip" VARCHAR(5) NOT NULL,
    "phone" TEXT,
    "hours" JSONB,
    "accessibility_notes" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "geog" geography(Point, 4326),
    "geocode_precision" "geocode_precision" NOT NULL,
    "source_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "last_confirmed_at" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practitioner_role" (
    "id" SERIAL NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "accepting_new_patients" BOOLEAN,
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "source_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "practitioner_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_procedure" (
    "role_id" INTEGER NOT NULL,
    "procedure_id" INTEGER NOT NULL,

    CONSTRAINT "role_procedure_pkey" PRIMARY KEY ("role_id","procedure_id")
);

-- CreateTable
CREATE TABLE "procedure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "cpt_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "condition" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "condition_procedure" (
    "condition_id" INTEGER NOT NULL,
    "procedure_id" INTEGER NOT NULL,

    CONSTRAINT "condition_procedure_pkey" PRIMARY KEY ("condition_id","procedure_id")
);

-- CreateTable
CREATE TABLE "zip_centroid" (
    "zip" VARCHAR(5) NOT NULL,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "zip_centroid_pkey" PRIMARY KEY ("zip")
);

-- CreateTable
CREATE TABLE "board_certification" (
    "id" SERIAL NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "board" TEXT NOT NULL,
    "certificate" TEXT NOT NULL,
    "status" "certification_status" NOT NULL DEFAULT 'UNKNOWN',
    "source_id" INTEGER NOT NULL,
    "verified_at" DATE,
    "verified_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "board_certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_volume" (
    "id" SERIAL NOT NULL,
    "physician_id" INTEGER,
    "npi" VARCHAR(10) NOT NULL,
    "hcpcs_code" VARCHAR(5) NOT NULL,
    "year" INTEGER NOT NULL,
    "place_of_service" "place_of_service" NOT NULL,
    "services" INTEGER,
    "beneficiaries" INTEGER,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "procedure_volume_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "physician_npi_key" ON "physician"("npi");

-- CreateIndex
CREATE UNIQUE INDEX "physician_slug_key" ON "physician"("slug");

-- CreateIndex
CREATE INDEX "physician_last_name_first_name_idx" ON "physician"("last_name", "first_name");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organization_npi_key" ON "organization"("npi");

-- CreateIndex
CREATE INDEX "organization_name_idx" ON "organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "location_slug_key" ON "location"("slug");

-- CreateIndex
CREATE INDEX "location_geog_idx" ON "location" USING GIST ("geog");

-- CreateIndex
CREATE INDEX "location_organization_id_idx" ON "location"("organization_id");

-- CreateIndex
CREATE INDEX "location_zip_idx" ON "location"("zip");

-- CreateIndex
CREATE INDEX "practitioner_role_location_id_idx" ON "practitioner_role"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "practitioner_role_physician_id_location_id_key" ON "practitioner_role"("physician_id", "location_id");

-- CreateIndex
CREATE INDEX "role_procedure_procedure_id_idx" ON "role_procedure"("procedure_id");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_slug_key" ON "procedure"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "condition_slug_key" ON "condition"("slug");

-- CreateIndex
CREATE INDEX "zip_centroid_state_city_idx" ON "zip_centroid"("state", "city");

-- CreateIndex
CREATE UNIQUE INDEX "board_certification_physician_id_board_certificate_key" ON "board_certification"("physician_id", "board", "certificate");

-- CreateIndex
CREATE INDEX "procedure_volume_physician_id_idx" ON "procedure_volume"("physician_id");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_volume_npi_hcpcs_code_year_place_of_service_key" ON "procedure_volume"("npi", "hcpcs_code", "year", "place_of_service");

-- AddForeignKey
ALTER TABLE "physician" ADD CONSTRAINT "physician_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practitioner_role" ADD CONSTRAINT "practitioner_role_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "physician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practitioner_role" ADD CONSTRAINT "practitioner_role_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practitioner_role" ADD CONSTRAINT "practitioner_role_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_procedure" ADD CONSTRAINT "role_procedure_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "practitioner_role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_procedure" ADD CONSTRAINT "role_procedure_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "condition_procedure" ADD CONSTRAINT "condition_procedure_condition_id_fkey" FOREIGN KEY ("condition_id") REFERENCES "condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "condition_procedure" ADD CONSTRAINT "condition_procedure_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_certification" ADD CONSTRAINT "board_certification_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "physician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_certification" ADD CONSTRAINT "board_certification_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_volume" ADD CONSTRAINT "procedure_volume_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "physician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_volume" ADD CONSTRAINT "procedure_volume_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: Prisma writes lat/lng only; keep location.geog in sync for the GiST-indexed distance search.
CREATE FUNCTION "location_set_geog"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.geog := ST_SetSRID(ST_MakePoint(NEW.lng, NEW.lat), 4326)::geography;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "location_set_geog"
BEFORE INSERT OR UPDATE OF "lat", "lng" ON "location"
FOR EACH ROW EXECUTE FUNCTION "location_set_geog"();
