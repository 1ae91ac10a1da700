// Recreates the end-to-end database from scratch: migrations, reference data and the demo directory.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { refuseNonLocal } from "../integration/support/database";
import { seedDemo, seedReference } from "../../prisma/seed/load";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL must name the e2e database");
refuseNonLocal(url);
const name = new URL(url).pathname.slice(1);
if (!/^irf_[a-z0-9_]*e2e[a-z0-9_]*$/.test(name)) throw new Error(`Refusing to recreate "${name}": e2e databases are named irf_*e2e*.`);

const admin = new URL(url);
admin.pathname = "/postgres";
const c = new pg.Client({ connectionString: admin.toString() });
await c.connect();
await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await c.query(`CREATE DATABASE "${name}"`);
await c.end();

await applyMigrations(url);
const pool = new pg.Pool({ connectionString: url, max: 2 });
await seedReference(pool);
const r = await seedDemo(pool, { locations: 2500 });
await pool.end();
console.log(`e2e database ${name}: ${r.physicians} demo physicians at ${r.locations} locations`);
