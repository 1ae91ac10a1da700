// `npm run db:check`: fails (exit 1) when prisma/migrations does not produce schema.prisma and the prisma/sql files.
import { staleCanonicalSql } from "@/lib/db/canonical-sql";
import { diffMigrationsToSchema } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const [sql, stale] = await Promise.all([diffMigrationsToSchema({ serverUrl: env().DATABASE_URL }), staleCanonicalSql()]);
  if (sql) {
    console.error("prisma/schema.prisma differs from prisma/migrations. A new migration would contain:\n");
    console.error(sql);
  }
  for (const s of stale) console.error(`${s.file} differs from its newest copy in prisma/migrations.`);
  if (sql || stale.length > 0) {
    console.error("Run: npm run db:migration:new -- <name>");
    process.exit(1);
  }
  console.log("prisma/schema.prisma, prisma/sql and prisma/migrations agree.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
