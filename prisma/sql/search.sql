-- Canonical source of the search SQL functions. Do not edit a migration to change them: edit this file and run
-- `npm run db:migration:new -- <name>`, which copies it into a new migration (`npm run db:check` fails until then).
--
-- search_entry_matches() is the one definition of the search filters, used by both sort orders: the
-- distance-ordered search_candidates() below and the name-ordered query built in lib/search/search-sql.ts.
-- A single-expression SQL function, so the planner inlines it into the calling query (no per-row call).
CREATE OR REPLACE FUNCTION "search_entry_matches"(
    s "search_entry", p_procedure_ids INTEGER[], p_accepting BOOLEAN, p_telehealth BOOLEAN, p_language TEXT,
    p_gender "gender", p_certified BOOLEAN, p_assignment BOOLEAN)
RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT s.active
      AND (p_procedure_ids IS NULL OR s.procedure_ids && p_procedure_ids)
      AND (NOT p_accepting OR s.accepting_new_patients IS TRUE)
      AND (NOT p_telehealth OR s.telehealth IS TRUE)
      AND (p_language IS NULL OR p_language = ANY(s.languages))
      AND (p_gender IS NULL OR s.gender = p_gender)
      AND (NOT p_certified OR s.board_certified)
      AND (NOT p_assignment OR s.accepts_medicare_assignment IS TRUE)
$$;

-- Nearest matching roles first, by KNN (`<->`) on the GiST index, stopping at p_cap rows. Bitmap and sequential
-- scans are switched off inside so the planner cannot trade the ordered index walk for a full radius scan. JIT is
-- off too: the walk's estimate covers the whole index (the LIMIT does not lower it), so at a million locations
-- PostgreSQL compiled, inlined and optimised the plan on every call (about 1 s of JIT for a 85 ms walk; decision 054).
-- The distance is the KNN operator's own value: for geography `<->` is the distance on the sphere, equal to
-- ST_Distance(…, false) to the nanometre but about ten times cheaper (ST_Distance was a third of a 200-row walk).
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
BEGIN
    RETURN QUERY
    SELECT s.role_id, s.physician_id, s.location_id,
           s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
    FROM search_entry s
    WHERE ST_DWithin(s.geog, ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography, p_radius_m, false)
      AND search_entry_matches(s, p_procedure_ids, p_accepting, p_telehealth, p_language, p_gender, p_certified,
        p_assignment)
    ORDER BY s.geog <-> ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326)::geography
    LIMIT p_cap;
END;
$$;

-- Rewrites search_entry in space-filling-curve order and rebuilds its indexes from that order (decision 069). The
-- geography GiST index has no sorted build: it is built by inserting rows in the table's physical order, and rows
-- written in random geographic order (a seed, an import) give it overlapping pages, so a nearest-first walk at a
-- million locations read about 210 pages for 100 rows (4-6 ms). A temporary 2-D geometry index (PostGIS sorts it on
-- a Hilbert curve) gives CLUSTER that order; the walk then reads about 60 pages (~1 ms). CLUSTER holds an exclusive
-- lock on search_entry while it runs (about 45 s at a million locations on 2 cores): run it after a seed or an import,
-- in a quiet hour (docs/operations.md).
CREATE OR REPLACE FUNCTION "search_entry_reorder"() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    CREATE INDEX "search_entry_curve_order" ON "search_entry" USING gist ((geog::geometry));
    CLUSTER "search_entry" USING "search_entry_curve_order";
    DROP INDEX "search_entry_curve_order";
    ANALYZE "search_entry";
END;
$$;
