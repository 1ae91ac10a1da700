-- search_entry's walk index gets the filter keys too (decision 075), as the per-procedure and per-condition ones did in
-- 20261129141905_search_filter_keys: Prisma's plain GiST index over geog is replaced by one over geog and the keys,
-- which schema.prisma cannot express (Prisma leaves expression indexes alone). It serves every other use of the old
-- one too (the name order's radius scan, ST_DWithin), the point being its first column.
DROP INDEX "search_entry_geog_idx";

-- canonical:begin prisma/sql/search.sql
-- Canonical source of the search SQL functions. Do not edit a migration to change them: edit this file and run
-- `npm run db:migration:new -- <name>`, which copies it into a new migration (`npm run db:check` fails until then).
--
-- search_filters_match() is the one definition of the search filters, over a row's columns; search_entry_matches()
-- applies it to a search_entry row. Both sort orders use it: the distance-ordered search_candidates() below (over
-- search_entry, or search_entry_procedure when a procedure is asked for) and the name-ordered query built in
-- lib/search/search-sql.ts. Single-expression SQL functions, so the planner inlines them into the calling query.
CREATE OR REPLACE FUNCTION "search_filters_match"(
    e_active BOOLEAN, e_procedure_ids INTEGER[], e_accepting BOOLEAN, e_telehealth BOOLEAN, e_languages TEXT[],
    e_gender "gender", e_certified BOOLEAN, e_assignment BOOLEAN,
    p_procedure_ids INTEGER[], p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT, p_gender "gender",
    p_certified BOOLEAN, p_assignment BOOLEAN)
RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT e_active
      AND (p_procedure_ids IS NULL OR e_procedure_ids && p_procedure_ids)
      AND (NOT p_accepting OR e_accepting IS TRUE)
      AND (NOT p_telehealth OR e_telehealth IS TRUE)
      AND (p_language IS NULL OR p_language = ANY(e_languages))
      AND (p_gender IS NULL OR e_gender = p_gender)
      AND (NOT p_certified OR e_certified)
      AND (NOT p_assignment OR e_assignment IS TRUE)
$$;

CREATE OR REPLACE FUNCTION "search_entry_matches"(
    s "search_entry", p_procedure_ids INTEGER[], p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT,
    p_gender "gender", p_certified BOOLEAN, p_assignment BOOLEAN)
RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT search_filters_match(s.active, s.procedure_ids, s.accepting_new_patients, s.telehealth, s.languages,
        s.gender, s.board_certified, s.accepts_medicare_assignment,
        p_procedure_ids, p_accepting, p_telehealth, p_language, p_gender, p_certified, p_assignment)
$$;

-- The search filters a role meets, as integer keys for a GiST index (intarray's gist__int_ops, decision 075): 1
-- accepting new patients, 2 telehealth, 3 Medicare assignment, 4 board certified, 5/6/7 female/male/other, and each
-- language as its hashtext(). A search's own keys are the same function of what it asks for (a language asked for is
-- the one-element list), and a role can match only when its keys contain the search's: the walk's index tests that
-- on its leaf entries, so a role that fails a filter is skipped there instead of being fetched and rechecked.
-- It only narrows: search_filters_match() stays the definition (two languages whose hashes collide pass the index
-- and are told apart there). The function is IMMUTABLE because indexes store its result: changing it means a new
-- migration that rebuilds search_entry_geog_idx, search_entry_procedure_geog_idx and search_entry_condition_geog_idx.
CREATE OR REPLACE FUNCTION "search_filter_keys"(
    e_accepting BOOLEAN, e_telehealth BOOLEAN, e_assignment BOOLEAN, e_certified BOOLEAN, e_gender "gender",
    e_languages TEXT[])
RETURNS INTEGER[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
    RETURN array_remove(ARRAY[
               CASE WHEN e_accepting THEN 1 END,
               CASE WHEN e_telehealth THEN 2 END,
               CASE WHEN e_assignment THEN 3 END,
               CASE WHEN e_certified THEN 4 END,
               CASE e_gender WHEN 'FEMALE' THEN 5 WHEN 'MALE' THEN 6 WHEN 'OTHER' THEN 7 END], NULL)
        || ARRAY(SELECT hashtext(l) FROM unnest(e_languages) AS u(l) WHERE l IS NOT NULL);
END;
$$;

-- The conditions that map to several procedures, each with its procedures in order: the keys of
-- search_entry_condition (decision 073). A condition with one procedure is searched as that procedure.
CREATE OR REPLACE FUNCTION "search_condition_sets"()
RETURNS TABLE (condition_id INTEGER, procedure_ids INTEGER[])
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT cp.condition_id, array_agg(cp.procedure_id ORDER BY cp.procedure_id)
    FROM condition_procedure cp
    GROUP BY cp.condition_id
    HAVING count(*) > 1
$$;

-- search_entry_procedure and search_entry_condition follow search_entry: the rows of every role written by a
-- statement are replaced by one row per procedure the role now offers, and one per several-procedure condition any of
-- them treats (a role deleted from search_entry goes by the foreign keys' cascade).
CREATE OR REPLACE FUNCTION "search_entry_procedure_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM search_entry_procedure e USING changed_rows c WHERE e.role_id = c.role_id;
    INSERT INTO search_entry_procedure (procedure_id, role_id, physician_id, location_id, geog, accepting_new_patients,
                                        telehealth, accepts_medicare_assignment, active, gender, languages,
                                        board_certified)
    SELECT p.procedure_id, c.role_id, c.physician_id, c.location_id, c.geog, c.accepting_new_patients, c.telehealth,
           c.accepts_medicare_assignment, c.active, c.gender, c.languages, c.board_certified
    FROM changed_rows c CROSS JOIN LATERAL unnest(c.procedure_ids) AS p(procedure_id);
    DELETE FROM search_entry_condition e USING changed_rows c WHERE e.role_id = c.role_id;
    INSERT INTO search_entry_condition (condition_id, role_id, physician_id, location_id, geog, accepting_new_patients,
                                        telehealth, accepts_medicare_assignment, active, gender, languages,
                                        board_certified)
    SELECT k.condition_id, c.role_id, c.physician_id, c.location_id, c.geog, c.accepting_new_patients, c.telehealth,
           c.accepts_medicare_assignment, c.active, c.gender, c.languages, c.board_certified
    FROM changed_rows c JOIN search_condition_sets() k ON c.procedure_ids && k.procedure_ids;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_entry_procedure_insert" AFTER INSERT ON "search_entry"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_procedure_sync"();
CREATE OR REPLACE TRIGGER "search_entry_procedure_update" AFTER UPDATE ON "search_entry"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_procedure_sync"();

-- A change to which procedures treat a condition rebuilds that condition's rows from search_entry (reference data:
-- it changes with a release, if ever; at a million locations the four such conditions have 4.8 million rows, which
-- the migration that added them filled with their indexes in 166 s).
CREATE OR REPLACE FUNCTION "search_entry_condition_rebuild"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    changed INTEGER[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        changed := ARRAY(SELECT DISTINCT n.condition_id FROM new_rows n);
    ELSIF TG_OP = 'DELETE' THEN
        changed := ARRAY(SELECT DISTINCT o.condition_id FROM old_rows o);
    ELSE
        changed := ARRAY(SELECT n.condition_id FROM new_rows n UNION SELECT o.condition_id FROM old_rows o);
    END IF;
    IF cardinality(changed) = 0 THEN
        RETURN NULL;
    END IF;
    DELETE FROM search_entry_condition e WHERE e.condition_id = ANY(changed);
    INSERT INTO search_entry_condition (condition_id, role_id, physician_id, location_id, geog, accepting_new_patients,
                                        telehealth, accepts_medicare_assignment, active, gender, languages,
                                        board_certified)
    SELECT k.condition_id, s.role_id, s.physician_id, s.location_id, s.geog, s.accepting_new_patients, s.telehealth,
           s.accepts_medicare_assignment, s.active, s.gender, s.languages, s.board_certified
    FROM search_condition_sets() k JOIN search_entry s ON s.procedure_ids && k.procedure_ids
    WHERE k.condition_id = ANY(changed)
    ORDER BY k.condition_id, ST_GeoHash(s.geog::geometry, 12);
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_entry_condition_insert" AFTER INSERT ON "condition_procedure"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_condition_rebuild"();
CREATE OR REPLACE TRIGGER "search_entry_condition_update" AFTER UPDATE ON "condition_procedure"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_condition_rebuild"();
CREATE OR REPLACE TRIGGER "search_entry_condition_delete" AFTER DELETE ON "condition_procedure"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_entry_condition_rebuild"();

-- search_card holds what a result card shows, one row per role (decision 074): a page of 20 results reads 20 rows of
-- one table (kept in geographic order, so a page's cards share a few pages) instead of a physician, a location, a
-- search_entry and a data_source row and the certifications for each. search_card_refresh() is its one definition;
-- it writes only rows that differ. A role's row follows its search_entry row (which every change to a role, its
-- procedures, its physician's filter columns, its location's point or its physician's certifications rewrites);
-- the triggers below add what search_entry does not carry: a physician's or a location's other columns, a source's
-- kind. A role deleted from search_entry goes by the foreign key's cascade.
CREATE OR REPLACE FUNCTION "search_card_refresh"(p_role_ids INTEGER[]) RETURNS void
LANGUAGE sql
AS $$
    INSERT INTO search_card AS c (role_id, physician_id, physician_slug, npi, first_name, middle_name, last_name,
                                  credentials, gender, languages, location_id, location_slug, location_name, address1,
                                  address2, city, state, zip, phone, lat, lng, geocode_precision,
                                  accepting_new_patients, telehealth, accepts_medicare_assignment, procedure_ids,
                                  last_confirmed_on, source_kind, certifications)
    SELECT se.role_id, p.id, p.slug, p.npi, p.first_name, p.middle_name, p.last_name, p.credentials, p.gender::text,
           p.languages, l.id, l.slug, l.name, l.address1, l.address2, l.city, l.state, l.zip, l.phone, l.lat, l.lng,
           l.geocode_precision::text, se.accepting_new_patients, se.telehealth, se.accepts_medicare_assignment,
           se.procedure_ids, to_char(LEAST(p.last_confirmed_at, l.last_confirmed_at), 'YYYY-MM-DD'), s.kind::text,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('board', bc.board, 'certificate', bc.certificate,
                                                         'status', bc.status, 'verifiedAt', bc.verified_at)
                                      ORDER BY bc.verified_at DESC, bc.id)
                     FROM board_certification bc
                     WHERE bc.physician_id = p.id AND bc.verified_at IS NOT NULL), '[]'::jsonb)
    FROM (SELECT DISTINCT u.role_id FROM unnest(p_role_ids) AS u(role_id)) r
    JOIN search_entry se ON se.role_id = r.role_id
    JOIN physician p ON p.id = se.physician_id
    JOIN location l ON l.id = se.location_id
    JOIN data_source s ON s.id = p.source_id
    ON CONFLICT (role_id) DO UPDATE SET
        (physician_id, physician_slug, npi, first_name, middle_name, last_name, credentials, gender, languages,
         location_id, location_slug, location_name, address1, address2, city, state, zip, phone, lat, lng,
         geocode_precision, accepting_new_patients, telehealth, accepts_medicare_assignment, procedure_ids,
         last_confirmed_on, source_kind, certifications) =
        (EXCLUDED.physician_id, EXCLUDED.physician_slug, EXCLUDED.npi, EXCLUDED.first_name, EXCLUDED.middle_name,
         EXCLUDED.last_name, EXCLUDED.credentials, EXCLUDED.gender, EXCLUDED.languages, EXCLUDED.location_id,
         EXCLUDED.location_slug, EXCLUDED.location_name, EXCLUDED.address1, EXCLUDED.address2, EXCLUDED.city,
         EXCLUDED.state, EXCLUDED.zip, EXCLUDED.phone, EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.geocode_precision,
         EXCLUDED.accepting_new_patients, EXCLUDED.telehealth, EXCLUDED.accepts_medicare_assignment,
         EXCLUDED.procedure_ids, EXCLUDED.last_confirmed_on, EXCLUDED.source_kind, EXCLUDED.certifications)
    WHERE c IS DISTINCT FROM EXCLUDED;
$$;

CREATE OR REPLACE FUNCTION "search_card_on_entry_rows"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_card_refresh(ARRAY(SELECT c.role_id FROM changed_rows c));
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_card_entry_insert" AFTER INSERT ON "search_entry"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_card_on_entry_rows"();
CREATE OR REPLACE TRIGGER "search_card_entry_update" AFTER UPDATE ON "search_entry"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_card_on_entry_rows"();

-- A physician's or a location's columns that search_entry does not carry (names, address, phone, dates). A bulk
-- loader that defers the search index (ir_finder.defer_search_index) refreshes its roles' search_entry rows itself,
-- and their cards follow those rows.
CREATE OR REPLACE FUNCTION "search_card_on_physician_rows"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    PERFORM search_card_refresh(ARRAY(SELECT se.role_id FROM search_entry se
                                      WHERE se.physician_id IN (SELECT c.id FROM changed_rows c)));
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_card_physician_update" AFTER UPDATE ON "physician"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_card_on_physician_rows"();

CREATE OR REPLACE FUNCTION "search_card_on_location_rows"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF current_setting('ir_finder.defer_search_index', true) = 'on' THEN RETURN NULL; END IF;
    PERFORM search_card_refresh(ARRAY(SELECT se.role_id FROM search_entry se
                                      WHERE se.location_id IN (SELECT c.id FROM changed_rows c)));
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_card_location_update" AFTER UPDATE ON "location"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_card_on_location_rows"();

-- A source whose kind changes (never in practice: a source row names one file of one publisher) relabels the cards of
-- every physician it sourced; other changes to a source (its notes, a checksum) touch no card.
CREATE OR REPLACE FUNCTION "search_card_on_source_rows"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_card_refresh(ARRAY(
        SELECT se.role_id FROM search_entry se JOIN physician p ON p.id = se.physician_id
        WHERE p.source_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.kind <> n.kind)));
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER "search_card_source_update" AFTER UPDATE ON "data_source"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "search_card_on_source_rows"();

-- Nearest matching roles first, by KNN (`<->`) on a GiST index, stopping at p_cap rows. A search for one procedure
-- walks search_entry_procedure, whose index leads with procedure_id, so roles that do not perform it are never
-- visited: at a million locations kyphoplasty with a telehealth filter read ~1,700 roles for 100 matches over
-- search_entry and ~530 here (decision 071). A list that is exactly a condition's procedures (in any order, repeats
-- ignored) walks that condition's rows in search_entry_condition the same way (decision 073): its procedures together
-- cover about half the roles, and the walk over search_entry read twice the rows it kept. Every other search walks
-- search_entry: with no procedure there is nothing to skip.
-- All three walk indexes also hold each role's filter keys (search_filter_keys() above, decision 075), and the walk
-- asks for the search's keys there: a role that fails a filter is passed over inside the index, where before it cost
-- a heap fetch, a distance recheck and the filter (at a million locations a telehealth, Spanish or female filter, each
-- met by a fifth to a third of roles, walked three to five roles per match).
-- Bitmap and sequential scans are switched off inside so the planner cannot trade the ordered index walk for a full
-- radius scan. JIT is off too: the walk's estimate covers the whole index (the LIMIT does not lower it), so at a
-- million locations PostgreSQL compiled, inlined and optimised the plan on every call (about 1 s of JIT for a 85 ms
-- walk; decision 054). The distance is the KNN operator's own value: for geography `<->` is the distance on the
-- sphere, equal to ST_Distance(…, false) to the nanometre but about ten times cheaper.
CREATE OR REPLACE FUNCTION "search_candidates"(
    p_lng DOUBLE PRECISION, p_lat DOUBLE PRECISION, p_radius_m DOUBLE PRECISION, p_procedure_ids INTEGER[],
    p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT, p_gender "gender", p_certified BOOLEAN,
    p_assignment BOOLEAN, p_cap INTEGER)
RETURNS TABLE (role_id INTEGER, physician_id INTEGER, location_id INTEGER, meters DOUBLE PRECISION)
LANGUAGE plpgsql STABLE
SET enable_bitmapscan = off
SET enable_seqscan = off
SET max_parallel_workers_per_gather = 0
SET jit = off
AS $$
DECLARE
    v_condition INTEGER;
    v_keys INTEGER[] := search_filter_keys(p_accepting, p_telehealth, p_assignment, p_certified, p_gender,
                                           ARRAY[p_language]);
BEGIN
    IF cardinality(p_procedure_ids) > 1 THEN
        SELECT k.condition_id INTO v_condition
        FROM search_condition_sets() k
        WHERE k.procedure_ids = ARRAY(SELECT DISTINCT x FROM unnest(p_procedure_ids) AS u(x)
                                      WHERE x IS NOT NULL ORDER BY x)
        LIMIT 1;
    END IF;
    IF v_condition IS NOT NULL THEN
        RETURN QUERY
        SELECT e.role_id, e.physician_id, e.location_id,
               e.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        FROM search_entry_condition e
        WHERE e.condition_id = v_condition
          AND ST_DWithin(e.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, p_radius_m, false)
          AND search_filter_keys(e.accepting_new_patients, e.telehealth, e.accepts_medicare_assignment,
                                 e.board_certified, e.gender, e.languages)
              OPERATOR(intarray.@>) v_keys
          AND search_filters_match(e.active, NULL, e.accepting_new_patients, e.telehealth, e.languages, e.gender,
            e.board_certified, e.accepts_medicare_assignment,
            NULL, p_accepting, p_telehealth, p_language, p_gender, p_certified, p_assignment)
        ORDER BY e.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        LIMIT p_cap;
    ELSIF cardinality(p_procedure_ids) = 1 THEN
        RETURN QUERY
        SELECT e.role_id, e.physician_id, e.location_id,
               e.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        FROM search_entry_procedure e
        WHERE e.procedure_id = p_procedure_ids[1]
          AND ST_DWithin(e.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, p_radius_m, false)
          AND search_filter_keys(e.accepting_new_patients, e.telehealth, e.accepts_medicare_assignment,
                                 e.board_certified, e.gender, e.languages)
              OPERATOR(intarray.@>) v_keys
          AND search_filters_match(e.active, NULL, e.accepting_new_patients, e.telehealth, e.languages, e.gender,
            e.board_certified, e.accepts_medicare_assignment,
            NULL, p_accepting, p_telehealth, p_language, p_gender, p_certified, p_assignment)
        ORDER BY e.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        LIMIT p_cap;
    ELSE
        RETURN QUERY
        SELECT s.role_id, s.physician_id, s.location_id,
               s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        FROM search_entry s
        WHERE ST_DWithin(s.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, p_radius_m, false)
          AND search_filter_keys(s.accepting_new_patients, s.telehealth, s.accepts_medicare_assignment,
                                 s.board_certified, s.gender, s.languages)
              OPERATOR(intarray.@>) v_keys
          AND search_entry_matches(s, p_procedure_ids, p_accepting, p_telehealth, p_language, p_gender, p_certified,
            p_assignment)
        ORDER BY s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
        LIMIT p_cap;
    END IF;
END;
$$;

-- Rewrites search_entry, search_entry_procedure, search_entry_condition and search_card in space-filling-curve order
-- and rebuilds their indexes from that order (decisions 069, 071, 073, 074). A geography GiST index has no sorted
-- build: it is built by inserting rows in the table's physical order, and rows written in random geographic order (a
-- seed, an import) give it overlapping pages, so a nearest-first walk at a million locations read about 210 pages for
-- 100 rows (4-6 ms). A temporary 2-D geometry index (PostGIS sorts it on a Hilbert curve) gives CLUSTER that order; the
-- walk then reads about 60 pages (~1 ms).
-- search_entry_procedure is ordered by procedure, then by geohash (a Z-order curve), so one procedure's walk reads
-- pages of that procedure's rows only; search_entry_condition likewise by condition; search_card by its point. CLUSTER
-- holds an exclusive lock on each table while it runs (about 45 s for search_entry at a million locations on 2 cores, a
-- few minutes for each of the others): run it after a seed or an import, in a quiet hour (docs/operations.md).
CREATE OR REPLACE FUNCTION "search_entry_reorder"() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    CREATE INDEX "search_entry_curve_order" ON "search_entry" USING gist ((geog::geometry));
    CLUSTER "search_entry" USING "search_entry_curve_order";
    DROP INDEX "search_entry_curve_order";
    ANALYZE "search_entry";
    CREATE INDEX "search_entry_procedure_curve_order" ON "search_entry_procedure"
        (procedure_id, ST_GeoHash(geog::geometry, 12));
    CLUSTER "search_entry_procedure" USING "search_entry_procedure_curve_order";
    DROP INDEX "search_entry_procedure_curve_order";
    ANALYZE "search_entry_procedure";
    CREATE INDEX "search_entry_condition_curve_order" ON "search_entry_condition"
        (condition_id, ST_GeoHash(geog::geometry, 12));
    CLUSTER "search_entry_condition" USING "search_entry_condition_curve_order";
    DROP INDEX "search_entry_condition_curve_order";
    ANALYZE "search_entry_condition";
    -- The cards in the same order (a GiST over points sorts on a Z-order curve), so one page's cards share pages.
    CREATE INDEX "search_card_curve_order" ON "search_card" USING gist (point(lng, lat));
    CLUSTER "search_card" USING "search_card_curve_order";
    DROP INDEX "search_card_curve_order";
    ANALYZE "search_card";
END;
$$;
-- canonical:end prisma/sql/search.sql

CREATE INDEX "search_entry_geog_idx" ON "search_entry" USING gist (
    "geog",
    search_filter_keys(accepting_new_patients, telehealth, accepts_medicare_assignment, board_certified, gender,
                       languages) intarray.gist__int_ops);
ANALYZE "search_entry";
