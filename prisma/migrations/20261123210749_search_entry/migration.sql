-- CreateTable
CREATE TABLE "search_entry" (
    "role_id" INTEGER NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "geog" geography(Point, 4326),
    "procedure_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "accepting_new_patients" BOOLEAN,
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "gender" "gender",
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "board_certified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "search_entry_pkey" PRIMARY KEY ("role_id")
);

-- CreateIndex
CREATE INDEX "search_entry_geog_idx" ON "search_entry" USING GIST ("geog");

-- CreateIndex
CREATE INDEX "search_entry_physician_id_idx" ON "search_entry"("physician_id");

-- CreateIndex
CREATE INDEX "search_entry_location_id_idx" ON "search_entry"("location_id");

-- AddForeignKey
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "practitioner_role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: search_entry is maintained by the database itself, so every writer (seed, importers, approved
-- clinic edits) keeps search consistent without calling anything. All triggers are statement-level with transition
-- tables: a bulk insert of 50k role_procedure rows refreshes the affected roles in one set-based statement.
-- A bulk loader may instead `SET LOCAL ir_finder.defer_search_index = 'on'` and call
-- search_entry_refresh_roles() once for everything it wrote in that transaction.

CREATE FUNCTION "search_entry_refresh_roles"(role_ids INTEGER[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO search_entry (role_id, physician_id, location_id, geog, procedure_ids, accepting_new_patients,
                              telehealth, active, gender, languages, board_certified)
    SELECT r.id, r.physician_id, r.location_id, l.geog,
           COALESCE((SELECT array_agg(rp.procedure_id ORDER BY rp.procedure_id) FROM role_procedure rp
                     WHERE rp.role_id = r.id), ARRAY[]::INTEGER[]),
           r.accepting_new_patients, r.telehealth, p.active, p.gender, p.languages,
           EXISTS (SELECT 1 FROM board_certification bc
                   WHERE bc.physician_id = p.id AND bc.verified_at IS NOT NULL AND bc.status = 'ACTIVE')
    FROM practitioner_role r
    JOIN location l ON l.id = r.location_id
    JOIN physician p ON p.id = r.physician_id
    WHERE r.id = ANY(role_ids)
    ON CONFLICT (role_id) DO UPDATE SET
        physician_id = EXCLUDED.physician_id, location_id = EXCLUDED.location_id, geog = EXCLUDED.geog,
        procedure_ids = EXCLUDED.procedure_ids, accepting_new_patients = EXCLUDED.accepting_new_patients,
        telehealth = EXCLUDED.telehealth, active = EXCLUDED.active, gender = EXCLUDED.gender,
        languages = EXCLUDED.languages, board_certified = EXCLUDED.board_certified;
$$;

CREATE FUNCTION "search_entry_on_role_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    PERFORM search_entry_refresh_roles(ARRAY(SELECT DISTINCT id FROM changed_rows));
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_entry_role_insert" AFTER INSERT ON "practitioner_role"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_role_rows"();
CREATE TRIGGER "search_entry_role_update" AFTER UPDATE ON "practitioner_role"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_role_rows"();

CREATE FUNCTION "search_entry_on_role_procedure_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    PERFORM search_entry_refresh_roles(ARRAY(SELECT DISTINCT role_id FROM changed_rows));
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_entry_role_procedure_insert" AFTER INSERT ON "role_procedure"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_role_procedure_rows"();
CREATE TRIGGER "search_entry_role_procedure_update" AFTER UPDATE ON "role_procedure"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_role_procedure_rows"();
CREATE TRIGGER "search_entry_role_procedure_delete" AFTER DELETE ON "role_procedure"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_role_procedure_rows"();

CREATE FUNCTION "search_entry_on_location_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE search_entry s SET geog = c.geog
    FROM changed_rows c WHERE s.location_id = c.id AND s.geog IS DISTINCT FROM c.geog;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_entry_location_update" AFTER UPDATE ON "location"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_location_rows"();

CREATE FUNCTION "search_entry_on_physician_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE search_entry s SET active = c.active, gender = c.gender, languages = c.languages
    FROM changed_rows c
    WHERE s.physician_id = c.id
      AND (s.active, s.gender, s.languages) IS DISTINCT FROM (c.active, c.gender, c.languages);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_entry_physician_update" AFTER UPDATE ON "physician"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_physician_rows"();

CREATE FUNCTION "search_entry_on_certification_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE search_entry s SET board_certified = EXISTS (
        SELECT 1 FROM board_certification bc
        WHERE bc.physician_id = s.physician_id AND bc.verified_at IS NOT NULL AND bc.status = 'ACTIVE')
    WHERE s.physician_id IN (SELECT DISTINCT physician_id FROM changed_rows);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_entry_certification_insert" AFTER INSERT ON "board_certification"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_certification_rows"();
CREATE TRIGGER "search_entry_certification_update" AFTER UPDATE ON "board_certification"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_certification_rows"();
CREATE TRIGGER "search_entry_certification_delete" AFTER DELETE ON "board_certification"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_on_certification_rows"();

-- Hand-written: the nearest matching roles, walking the GiST index in distance order (KNN) and stopping after
-- p_cap rows. Planner settings are pinned for this function only: its row estimates for ST_DWithin and the array
-- filter are far too low, so it would otherwise read every row in the radius with a bitmap scan and sort them,
-- which costs time in proportion to local density (docs/decisions/003).
CREATE FUNCTION "search_candidates"(
    p_lng DOUBLE PRECISION, p_lat DOUBLE PRECISION, p_radius_m DOUBLE PRECISION, p_procedure_ids INTEGER[],
    p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT, p_gender "gender", p_certified BOOLEAN,
    p_cap INTEGER)
RETURNS TABLE (role_id INTEGER, physician_id INTEGER, location_id INTEGER, meters DOUBLE PRECISION)
-- PL/pgSQL rather than SQL: its statements are prepared once per connection and their plans cached, where a
-- non-inlinable SQL function is planned again on every call (measured: 3x the cost of the bare query).
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
      AND (NOT p_telehealth OR s.telehealth)
      AND (p_language IS NULL OR p_language = ANY(s.languages))
      AND (p_gender IS NULL OR s.gender = p_gender)
      AND (NOT p_certified OR s.board_certified)
    ORDER BY s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
    LIMIT p_cap;
END;
$$;
