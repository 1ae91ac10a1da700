// npm run db:seed [-- --locations N] [--seed S] [--force] [--reference-only]: load reference and demo data.
import { parseArgs } from "node:util";
import { openScriptDatabase } from "@/lib/db/script-database";
import { seedDemo, seedReference } from "../prisma/seed/load";

const { values } = parseArgs({
  options: {
    locations: { type: "string", default: "2500" },
    seed: { type: "string" },
    force: { type: "boolean", default: false },
    "reference-only": { type: "boolean", default: false },
  },
});
const locations = Number(values.locations);
if (!Number.isInteger(locations) || locations < 1 || locations > 5_000_000) {
  console.error("--locations must be a whole number from 1 to 5000000");
  process.exit(2);
}

const database = await openScriptDatabase({ log: console.log });
try {
  const ref = await seedReference(database.pool);
  console.log(`Reference data: ${ref.procedures} procedures, ${ref.conditions} conditions, ${ref.zips} ZIP centroids`);
  if (!values["reference-only"]) {
    const result = await seedDemo(database.pool, {
      locations,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      force: values.force,
      onProgress: (p) => {
        const pct = Math.round((p.locations / p.total) * 100);
        const rate = Math.round(p.locations / Math.max(p.elapsedMs / 1000, 0.001));
        process.stdout.write(
          `\rDemo data: ${p.locations}/${p.total} locations (${pct}%), ${p.physicians} physicians, ${rate} locations/s   `,
        );
      },
    });
    process.stdout.write("\n");
    console.log(
      `Seeded ${result.locations} locations, ${result.physicians} physicians, ${result.roles} roles in ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
  }
} catch (e) {
  console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
