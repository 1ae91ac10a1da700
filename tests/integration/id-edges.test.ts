// Case 6 of the security review: ids beyond int4 are refused as invalid input at the edge, never reach the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPracticeHistory } from "@/lib/portal/list-history";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { submitErrorReport } from "@/lib/reports/submit-error-report";
import { createUser, resetPortal, signedIn } from "./portal/support";

const OUT_OF_RANGE = ["2147483648", "9999999999", "99999999999", "9223372036854775808", 2 ** 53 + 2];

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "resolved",
    (e: unknown) => (isAppError(e) ? e.code : `not an AppError: ${String(e).slice(0, 120)}`),
  );
}

beforeAll(async () => {
  await resetPortal();
});
afterAll(async () => {
  await db().$disconnect();
});

describe("out-of-range ids", () => {
  it.each(OUT_OF_RANGE)("a report about physician or location %s is invalid input", async (id) => {
    expect(await codeOf(submitErrorReport({ physicianId: id, topic: "PHONE", message: "The number is wrong." }, { ip: "192.0.2.1" }))).toBe(
      "VALIDATION_FAILED",
    );
    expect(await codeOf(submitErrorReport({ locationId: id, topic: "PHONE", message: "The number is wrong." }, { ip: "192.0.2.1" }))).toBe(
      "VALIDATION_FAILED",
    );
  });

  it.each(OUT_OF_RANGE)("a practice history for organization %s is invalid input", async (id) => {
    const moderator = await signedIn((await createUser({ isModerator: true })).id);
    expect(await codeOf(listPracticeHistory(moderator, { organizationId: id }))).toBe("VALIDATION_FAILED");
  });
});

describe("physician keys", () => {
  it.each(OUT_OF_RANGE.map(String))("%s is refused as input, never looked up", async (id) => {
    const { ZPhysicianKey } = await import("@/lib/physicians/schema");
    expect(ZPhysicianKey.safeParse(id).success).toBe(false);
  });
});
