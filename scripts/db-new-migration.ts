// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql from the diff.
import { diffMigrationsToSchema, writeMigration } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npm run db:migration:new -- <name>   (e.g. add_clinic_hours)");
  // The shadow database goes on DATABASE_URL's server when there is one; otherwise an in-memory embedded one.
  const sql = await diffMigrationsToSchema({ serverUrl: env().DATABASE_URL });
  if (!sql) throw new Error("prisma/schema.prisma and prisma/migrations already agree: no migration written.");
  const folder = await writeMigration(name, sql);
  console.log(`Wrote prisma/migrations/${folder}/migration.sql — review it, then run npm run db:migrate.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
