// Loads reference data (procedures, conditions, ZIP centroids) and the demo directory into a migrated database.
// Bulk rows go in as column arrays through unnest(): one round trip per few thousand rows.
import type pg from "pg";
import { CONDITIONS, PROCEDURES } from "../reference/procedures";
import { generateDemo, type TDemoBatch } from "./demo";
import { usZips } from "./zips";

type TQueryable = Pick<pg.PoolClient, "query">;

export async function seedReference(client: TQueryable): Promise<{ procedures: number; conditions: number; zips: number }> {
  for (const p of PROCEDURES) {
    await client.query(
      `INSERT INTO procedure (slug, name, summary, cpt_codes, synonyms, sort_order) VALUES ($1,$2,$3,$4,$5,$6)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary,
         cpt_codes = EXCLUDED.cpt_codes, synonyms = EXCLUDED.synonyms, sort_order = EXCLUDED.sort_order`,
      [p.slug, p.name, p.summary, p.cptCodes, p.synonyms, p.sortOrder],
    );
  }
  for (const c of CONDITIONS) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO condition (slug, name, summary, synonyms, sort_order) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary,
         synonyms = EXCLUDED.synonyms, sort_order = EXCLUDED.sort_order
       RETURNING id`,
      [c.slug, c.name, c.summary, c.synonyms, c.sortOrder],
    );
    const conditionId = rows[0]?.id;
    // Only what differs is written: a change here rebuilds the condition's rows in the search index (decision 073),
    // so a reseed of unchanged reference data must not delete and re-add them.
    await client.query(
      `DELETE FROM condition_procedure cp WHERE cp.condition_id = $1
         AND cp.procedure_id NOT IN (SELECT id FROM procedure WHERE slug = ANY($2::text[]))`,
      [conditionId, c.procedureSlugs],
    );
    await client.query(
      `INSERT INTO condition_procedure (condition_id, procedure_id)
       SELECT $1, id FROM procedure WHERE slug = ANY($2::text[])
       ON CONFLICT (condition_id, procedure_id) DO NOTHING`,
      [conditionId, c.procedureSlugs],
    );
  }
  const zips = usZips();
  const chunk = 10_000;
  for (let i = 0; i < zips.length; i += chunk) {
    const part = zips.slice(i, i + chunk);
    await client.query(
      `INSERT INTO zip_centroid (zip, city, state, lat, lng)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::char(2)[], $4::float8[], $5::float8[])
       ON CONFLICT (zip) DO UPDATE SET city = EXCLUDED.city, state = EXCLUDED.state, lat = EXCLUDED.lat, lng = EXCLUDED.lng`,
      [part.map((z) => z.zip), part.map((z) => z.city), part.map((z) => z.state), part.map((z) => z.lat), part.map((z) => z.lng)],
    );
  }
  return { procedures: PROCEDURES.length, conditions: CONDITIONS.length, zips: zips.length };
}

const DIRECTORY_TABLES = [
  "procedure_volume",
  "board_certification",
  "role_procedure",
  "practitioner_role",
  "location",
  "organization",
  "physician",
];

/** Rows from sources other than the demo generator: the seed refuses to wipe them. */
export async function countNonDemoRows(client: TQueryable): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM physician p JOIN data_source s ON s.id = p.source_id WHERE s.kind <> 'DEMO'`,
  );
  return Number(rows[0]?.n ?? 0);
}

async function insertBatch(client: TQueryable, b: TDemoBatch, sourceId: number, procIds: Map<string, number>) {
  const col = <T, V>(rows: T[], f: (r: T) => V) => rows.map(f);
  const o = b.organizations;
  await client.query(
    `INSERT INTO organization (id, slug, name, phone, website, source_id, as_of, updated_at)
     SELECT id, slug, name, phone, website, $6, as_of, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $7::date[]) AS t(id, slug, name, phone, website, as_of)`,
    [
      col(o, (r) => r.id),
      col(o, (r) => r.slug),
      col(o, (r) => r.name),
      col(o, (r) => r.phone),
      col(o, (r) => r.website),
      sourceId,
      col(o, (r) => r.asOf),
    ],
  );
  const l = b.locations;
  await client.query(
    `INSERT INTO location (id, slug, organization_id, name, address1, address2, city, state, zip, phone, hours,
       accessibility_notes, lat, lng, geocode_precision, source_id, as_of, last_confirmed_at, updated_at)
     SELECT id, slug, org, name, a1, a2, city, state, zip, phone, hours::jsonb, notes, lat, lng,
       precision::geocode_precision, $16, as_of, as_of, now()
     FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::float8[], $14::float8[], $15::text[], $17::date[])
       AS t(id, slug, org, name, a1, a2, city, state, zip, phone, hours, notes, lat, lng, precision, as_of)`,
    [
      col(l, (r) => r.id),
      col(l, (r) => r.slug),
      col(l, (r) => r.organizationId),
      col(l, (r) => r.name),
      col(l, (r) => r.address1),
      col(l, (r) => r.address2),
      col(l, (r) => r.city),
      col(l, (r) => r.state),
      col(l, (r) => r.zip),
      col(l, (r) => r.phone),
      col(l, (r) => r.hours),
      col(l, (r) => r.accessibilityNotes),
      col(l, (r) => r.lat),
      col(l, (r) => r.lng),
      col(l, (r) => r.precision),
      sourceId,
      col(l, (r) => r.asOf),
    ],
  );
  const p = b.physicians;
  await client.query(
    `INSERT INTO physician (id, npi, slug, first_name, last_name, credentials, gender, languages, taxonomy_codes,
       identified_by, source_id, as_of, last_confirmed_at, updated_at)
     SELECT id, npi, slug, fn, ln, cred, gender::gender, string_to_array(langs, ','), ARRAY['2085R0204X'],
       'TAXONOMY', $9, as_of, as_of, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $10::date[])
       AS t(id, npi, slug, fn, ln, cred, gender, langs, as_of)`,
    [
      col(p, (r) => r.id),
      col(p, (r) => r.npi),
      col(p, (r) => r.slug),
      col(p, (r) => r.firstName),
      col(p, (r) => r.lastName),
      col(p, (r) => r.credentials),
      col(p, (r) => r.gender),
      col(p, (r) => r.languages.join(",")),
      sourceId,
      col(p, (r) => r.asOf),
    ],
  );
  const r = b.roles;
  await client.query(
    `INSERT INTO practitioner_role (id, physician_id, location_id, accepting_new_patients, telehealth, source_id, as_of, updated_at)
     SELECT id, ph, loc, acc, tele, $6, as_of, now()
     FROM unnest($1::int[], $2::int[], $3::int[], $4::bool[], $5::bool[], $7::date[]) AS t(id, ph, loc, acc, tele, as_of)`,
    [
      col(r, (x) => x.id),
      col(r, (x) => x.physicianId),
      col(r, (x) => x.locationId),
      col(r, (x) => x.acceptingNewPatients),
      col(r, (x) => x.telehealth),
      sourceId,
      col(r, (x) => x.asOf),
    ],
  );
  const rp = b.roleProcedures.filter(([, slug]) => procIds.has(slug));
  await client.query(`INSERT INTO role_procedure (role_id, procedure_id) SELECT * FROM unnest($1::int[], $2::int[])`, [
    rp.map(([id]) => id),
    rp.map(([, slug]) => procIds.get(slug)),
  ]);
  const c = b.certifications;
  await client.query(
    `INSERT INTO board_certification (physician_id, board, certificate, status, source_id, verified_at, verified_by)
     SELECT ph, board, cert, 'ACTIVE', $5, verified, CASE WHEN verified IS NULL THEN NULL ELSE 'demo moderator' END
     FROM unnest($1::int[], $2::text[], $3::text[], $4::date[]) AS t(ph, board, cert, verified)`,
    [col(c, (x) => x.physicianId), col(c, (x) => x.board), col(c, (x) => x.certificate), col(c, (x) => x.verifiedAt), sourceId],
  );
  const v = b.volumes;
  await client.query(
    `INSERT INTO procedure_volume (physician_id, npi, hcpcs_code, year, place_of_service, services, beneficiaries, source_id)
     SELECT ph, npi, code, yr, pos::place_of_service, svc, benes, $8
     FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[], $7::int[]) AS t(ph, npi, code, yr, pos, svc, benes)`,
    [
      col(v, (x) => x.physicianId),
      col(v, (x) => x.npi),
      col(v, (x) => x.hcpcsCode),
      col(v, (x) => x.year),
      col(v, (x) => x.placeOfService),
      col(v, (x) => x.services),
      col(v, (x) => x.beneficiaries),
      sourceId,
    ],
  );
}

export type TSeedProgress = { locations: number; total: number; physicians: number; elapsedMs: number };

/**
 * Replaces the directory with the demo dataset. Refuses when the directory holds imported or clinic-edited
 * physicians (pass `force` to wipe them anyway), so a stray seed can never destroy real data.
 */
export async function seedDemo(
  pool: pg.Pool,
  opts: { locations: number; seed?: number; force?: boolean; onProgress?: (p: TSeedProgress) => void },
): Promise<{ locations: number; physicians: number; roles: number; elapsedMs: number }> {
  const started = Date.now();
  const client = await pool.connect();
  try {
    const nonDemo = await countNonDemoRows(client);
    if (nonDemo > 0 && !opts.force) {
      throw new Error(
        `The directory holds ${nonDemo} physicians from real sources; refusing to replace them with demo data (use --force).`,
      );
    }
    await client.query(`TRUNCATE ${DIRECTORY_TABLES.join(", ")} RESTART IDENTITY CASCADE`);
    await client.query(`DELETE FROM data_source WHERE kind = 'DEMO'`);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO data_source (kind, name, notes, file_date) VALUES ('DEMO', 'IR Finder demo dataset', $1, '2026-10-15') RETURNING id`,
      ["Synthetic physicians and practices for demonstration only. Not real people, phone numbers or NPIs."],
    );
    const sourceId = rows[0]?.id as number;
    const procRows = await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM procedure`);
    const procIds = new Map(procRows.rows.map((r) => [r.slug, r.id]));

    let locations = 0;
    let physicians = 0;
    let roles = 0;
    for (const batch of generateDemo({ locations: opts.locations, seed: opts.seed })) {
      await client.query("BEGIN");
      // Build this batch's search index rows in one statement at the end instead of trigger by trigger.
      await client.query("SET LOCAL ir_finder.defer_search_index = 'on'");
      await insertBatch(client, batch, sourceId, procIds);
      await client.query("SELECT search_entry_refresh_roles($1::int[])", [batch.roles.map((r) => r.id)]);
      await client.query("COMMIT");
      locations += batch.locations.length;
      physicians += batch.physicians.length;
      roles += batch.roles.length;
      opts.onProgress?.({ locations, total: opts.locations, physicians, elapsedMs: Date.now() - started });
    }
    for (const t of ["organization", "location", "physician", "practitioner_role", "board_certification", "procedure_volume"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT max(id) FROM ${t}), 1))`);
    }
    // Rows in the search index were written in random geographic order: rewrite them along a space-filling curve and
    // rebuild the index from that order, so a nearest-first walk reads a few pages, not hundreds (decision 069).
    await client.query("SELECT search_entry_reorder()");
    await client.query("ANALYZE");
    return { locations, physicians, roles, elapsedMs: Date.now() - started };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** How much is loaded: decides what a first start still has to seed. */
export async function countDirectory(client: TQueryable): Promise<{ physicians: number; procedures: number; zips: number }> {
  const { rows } = await client.query<{ physicians: number; procedures: number; zips: number }>(
    `SELECT (SELECT count(*) FROM physician)::int AS physicians, (SELECT count(*) FROM procedure)::int AS procedures,
            (SELECT count(*) FROM zip_centroid)::int AS zips`,
  );
  return rows[0] ?? { physicians: 0, procedures: 0, zips: 0 };
}
