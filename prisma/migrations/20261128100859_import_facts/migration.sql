-- AlterTable
ALTER TABLE "import_row_state" ADD COLUMN     "as_of" DATE NOT NULL DEFAULT '1900-01-01'::date,
ADD COLUMN     "npi" VARCHAR(10),
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "source_id" INTEGER;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "pac_id" VARCHAR(10);

-- AlterTable
ALTER TABLE "physician" ADD COLUMN     "inactive_reason" TEXT,
ADD COLUMN     "inactive_since" DATE;

-- AlterTable
ALTER TABLE "practitioner_role" ADD COLUMN     "accepts_medicare_assignment" BOOLEAN,
ALTER COLUMN "telehealth" DROP NOT NULL,
ALTER COLUMN "telehealth" DROP DEFAULT;

-- AlterTable
ALTER TABLE "search_entry" ADD COLUMN     "accepts_medicare_assignment" BOOLEAN,
ALTER COLUMN "telehealth" DROP NOT NULL,
ALTER COLUMN "telehealth" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "import_row_state_npi_idx" ON "import_row_state"("npi");

-- CreateIndex
CREATE UNIQUE INDEX "organization_pac_id_key" ON "organization"("pac_id");

-- Hand-written: existing roles whose telehealth came from an import that never said (DAC left `Telehlth` blank, NPPES
-- has no such column) were stored as false; they become unknown. A person's answer (clinic edit or moderator) stays.
UPDATE "practitioner_role" r SET "telehealth" = NULL
 WHERE r."telehealth" = false
   AND NOT EXISTS (SELECT 1 FROM "field_provenance" fp JOIN "data_source" s ON s."id" = fp."source_id"
                    WHERE fp."entity" = 'practitioner_role' AND fp."entity_id" = r."id" AND fp."field" = 'telehealth'
                      AND s."kind" IN ('CLINIC_EDIT', 'MODERATOR'))
   AND EXISTS (SELECT 1 FROM "data_source" s WHERE s."id" = r."source_id" AND s."kind" IN ('NPPES', 'CMS_DAC', 'CMS_MEDICARE_VOLUME'));

-- Hand-written: the search index carries Medicare assignment too (filter "accepts Medicare assignment").
CREATE OR REPLACE FUNCTION "search_entry_refresh_roles"(role_ids INTEGER[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO search_entry (role_id, physician_id, location_id, geog, procedure_ids, accepting_new_patients,
                              telehealth, accepts_medicare_assignment, active, gender, languages, board_certified)
    SELECT r.id, r.physician_id, r.location_id, l.geog,
           COALESCE((SELECT array_agg(rp.procedure_id ORDER BY rp.procedure_id) FROM role_procedure rp
                     WHERE rp.role_id = r.id), ARRAY[]::INTEGER[]),
           r.accepting_new_patients, r.telehealth, r.accepts_medicare_assignment, p.active, p.gender, p.languages,
           EXISTS (SELECT 1 FROM board_certification bc
                   WHERE bc.physician_id = p.id AND bc.verified_at IS NOT NULL AND bc.status = 'ACTIVE')
    FROM practitioner_role r
    JOIN location l ON l.id = r.location_id
    JOIN physician p ON p.id = r.physician_id
    WHERE r.id = ANY(role_ids)
    ON CONFLICT (role_id) DO UPDATE SET
        physician_id = EXCLUDED.physician_id, location_id = EXCLUDED.location_id, geog = EXCLUDED.geog,
        procedure_ids = EXCLUDED.procedure_ids, accepting_new_patients = EXCLUDED.accepting_new_patients,
        telehealth = EXCLUDED.telehealth, accepts_medicare_assignment = EXCLUDED.accepts_medicare_assignment,
        active = EXCLUDED.active, gender = EXCLUDED.gender,
        languages = EXCLUDED.languages, board_certified = EXCLUDED.board_certified;
$$;
UPDATE "search_entry" s SET "telehealth" = r."telehealth", "accepts_medicare_assignment" = r."accepts_medicare_assignment"
  FROM "practitioner_role" r WHERE r."id" = s."role_id";

-- Hand-written: search_candidates() filters on Medicare assignment too (a new parameter, so the old signature goes).
DROP FUNCTION "search_candidates"(DOUBLE PRECISION, DOUBLE PRECISION, DOUBLE PRECISION, INTEGER[], BOOLEAN, BOOLEAN, TEXT, "gender", BOOLEAN, INTEGER);
CREATE FUNCTION "search_candidates"(
    p_lng DOUBLE PRECISION, p_lat DOUBLE PRECISION, p_radius_m DOUBLE PRECISION, p_procedure_ids INTEGER[],
    p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT, p_gender "gender", p_certified BOOLEAN,
    p_assignment BOOLEAN, p_cap INTEGER)
RETURNS TABLE (role_id INTEGER, physician_id INTEGER, location_id INTEGER, meters DOUBLE PRECISION)
LANGUAGE plpgsql STABLE
SET enable_bitmapscan = off
SET enable_seqscan = off
SET max_parallel_workers_per_gather = 0
AS $$
BEGIN
    RETURN QUERY
    SELECT s.role_id, s.physician_id, s.location_id,
           ST_Distance(s.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, false)
    FROM search_entry s
    WHERE ST_DWithin(s.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, p_radius_m, false)
      AND s.active
      AND (p_procedure_ids IS NULL OR s.procedure_ids && p_procedure_ids)
      AND (NOT p_accepting OR s.accepting_new_patients IS TRUE)
      AND (NOT p_telehealth OR s.telehealth IS TRUE)
      AND (p_language IS NULL OR p_language = ANY(s.languages))
      AND (p_gender IS NULL OR s.gender = p_gender)
      AND (NOT p_certified OR s.board_certified)
      AND (NOT p_assignment OR s.accepts_medicare_assignment IS TRUE)
    ORDER BY s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
    LIMIT p_cap;
END;
$$;
