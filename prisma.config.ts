// Prisma CLI configuration. Only `prisma generate` runs through the CLI here; migrations use lib/db/migrate.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
