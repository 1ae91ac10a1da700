// `npm run db:check`: fails (exit 1, printing the SQL) when prisma/migrations does not produce schema.prisma.
import { diffMigrationsToSchema } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const sql = await diffMigrationsToSchema({ serverUrl: env().DATABASE_URL });
  if (sql) {
    console.error("prisma/schema.prisma differs from prisma/migrations. A new migration would contain:\n");
    console.error(sql);
    console.error("Run: npm run db:migration:new -- <name>");
    process.exit(1);
  }
  console.log("prisma/schema.prisma and prisma/migrations agree.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
