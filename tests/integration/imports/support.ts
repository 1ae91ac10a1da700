// Shared by the import tests: a fresh database with the reference data, and a canonical dump of everything the
// imports write, keyed by natural keys (NPI, address, PAC ID) and sources by kind and file date, so two databases
// loaded in different orders (ids, file names and timestamps aside) can be compared.
import type pg from "pg";
import { createPool } from "@/lib/db/pool";
import { seedReference } from "../../../prisma/seed/load";
import { createTestDatabase } from "../support/database";

export async function importDatabase(
  prefix: string,
  opts: { reference?: boolean } = {},
): Promise<{ pool: pg.Pool; url: string; drop: () => Promise<void> }> {
  const db = await createTestDatabase(prefix);
  // The app's pool: its idle-client error handler matters here, since drop() ends the pool and then drops the database
  // WITH (FORCE); a backend still closing then sends 57P01 to a client, which without a handler was an uncaught error.
  const pool = createPool(db.url, { max: 3 });
  if (opts.reference ?? true) await seedReference(pool);
  return {
    pool,
    url: db.url,
    drop: async () => {
      await pool.end();
      await db.drop();
    },
  };
}

const SRC = (alias: string) =>
  `(SELECT ds.kind::text || '@' || coalesce(to_char(ds.file_date, 'YYYY-MM-DD'), '') FROM data_source ds WHERE ds.id = ${alias}.source_id)`;
const LOC = (id: string) => `(SELECT il.address_key FROM imported_location il WHERE il.location_id = ${id})`;
const NPI_OF = (id: string) => `(SELECT p.npi FROM physician p WHERE p.id = ${id})`;

/** One text per table, each row in a stable order; equal dumps mean the same directory. */
export async function canonicalDump(pool: pg.Pool): Promise<Record<string, string[]>> {
  const tables: Record<string, string> = {
    physician: `SELECT npi, slug, first_name, middle_name, last_name, credentials, gender, languages, taxonomy_codes, identified_by,
                       active, deactivated_at, inactive_reason, inactive_since, ${SRC("t")} AS source, as_of, last_confirmed_at
                  FROM physician t`,
    organization: `SELECT npi, pac_id, slug, name, phone, website, ${SRC("t")} AS source, as_of FROM organization t`,
    location: `SELECT ${LOC("t.id")} AS key, slug, name, address1, address2, city, state, zip, phone, lat, lng, geocode_precision,
                      (SELECT coalesce(o.pac_id, o.npi) FROM organization o WHERE o.id = t.organization_id) AS org,
                      ${SRC("t")} AS source, as_of, last_confirmed_at
                 FROM location t`,
    practitioner_role: `SELECT ${NPI_OF("t.physician_id")} AS npi, ${LOC("t.location_id")} AS loc, accepting_new_patients, telehealth,
                               accepts_medicare_assignment, ${SRC("t")} AS source, as_of FROM practitioner_role t`,
    role_procedure: `SELECT ${NPI_OF("r.physician_id")} AS npi, ${LOC("r.location_id")} AS loc, pr.slug, ${SRC("t")} AS source
                       FROM role_procedure t JOIN practitioner_role r ON r.id = t.role_id JOIN procedure pr ON pr.id = t.procedure_id`,
    procedure_volume: `SELECT npi, hcpcs_code, year, place_of_service, services, beneficiaries, ${NPI_OF("t.physician_id")} AS linked,
                              ${SRC("t")} AS source FROM procedure_volume t`,
    field_provenance: `SELECT entity, field, ${SRC("t")} AS source, as_of,
                              CASE entity WHEN 'physician' THEN ${NPI_OF("t.entity_id")}
                                          WHEN 'location' THEN ${LOC("t.entity_id")}
                                          WHEN 'practitioner_role' THEN (SELECT ${NPI_OF("r.physician_id")} || ' @ ' || ${LOC("r.location_id")}
                                                                           FROM practitioner_role r WHERE r.id = t.entity_id)
                                          ELSE t.entity_id::text END AS entity_key
                         FROM field_provenance t`,
    search_entry: `SELECT ${NPI_OF("t.physician_id")} AS npi, ${LOC("t.location_id")} AS loc, telehealth, accepts_medicare_assignment,
                          accepting_new_patients, active, gender, board_certified,
                          (SELECT array_agg(pr.slug ORDER BY pr.slug) FROM procedure pr WHERE pr.id = ANY(t.procedure_ids)) AS procedures
                     FROM search_entry t`,
    facts: `SELECT kind, key, npi, checksum, payload, as_of, ${SRC("t")} AS source FROM import_row_state t`,
  };
  const out: Record<string, string[]> = {};
  for (const [name, sql] of Object.entries(tables)) {
    const { rows } = await pool.query<{ j: string }>(`SELECT row_to_json(x)::text AS j FROM (${sql}) x`);
    out[name] = rows.map((r) => r.j).sort();
  }
  return out;
}
