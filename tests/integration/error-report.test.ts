// submitErrorReport: validation, stored rows with a hashed reporter, honeypot, and the per-address rate limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashReporter, REPORTS_PER_HOUR, submitErrorReport } from "@/lib/reports/submit-error-report";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;
let physicianId: number;

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  [physicianId] = (await insertDirectory(prisma, [
    { firstName: "Rae", lastName: "Port", locations: [{ ...destination(41, -87, 0, 1), procedures: ["kyphoplasty"] }] },
  ])) as [number];
});
afterAll(async () => close());

const valid = () => ({ physicianId: String(physicianId), topic: "PHONE", message: "The phone number reaches a different office now." });

describe("submitErrorReport", () => {
  it("stores a valid report with a salted hash of the address, never the address itself", async () => {
    const r = await submitErrorReport({ ...valid(), reporterEmail: "  " }, { ip: "203.0.113.7" });
    expect(r.accepted).toBe(true);
    const row = await prisma.errorReport.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ physicianId, topic: "PHONE", status: "OPEN", reporterEmail: null });
    expect(row.reporterHash).toBe(hashReporter("203.0.113.7"));
    expect(row.reporterHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain("203.0.113.7");
  });

  it("rejects bad input with field details and stores nothing", async () => {
    const before = await prisma.errorReport.count();
    await expect(submitErrorReport({ ...valid(), message: "short" }, { ip: "203.0.113.8" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: [{ field: "message" }] },
    });
    await expect(submitErrorReport({ ...valid(), topic: "NOPE" }, { ip: "203.0.113.8" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(submitErrorReport({ ...valid(), reporterEmail: "not-an-email" }, { ip: "203.0.113.8" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(
      submitErrorReport({ topic: "PHONE", message: "No listing named at all here." }, { ip: "203.0.113.8" }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(submitErrorReport({ ...valid(), physicianId: "999999" }, { ip: "203.0.113.8" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.errorReport.count()).toBe(before);
  });

  it("accepts but does not store a report whose honeypot field is filled", async () => {
    const before = await prisma.errorReport.count();
    const r = await submitErrorReport({ ...valid(), website: "http://spam.example" }, { ip: "203.0.113.9" });
    expect(r).toEqual({ id: 0, accepted: true });
    expect(await prisma.errorReport.count()).toBe(before);
  });

  it(`allows ${REPORTS_PER_HOUR} reports an hour from one address, then answers RATE_LIMITED; other addresses are unaffected`, async () => {
    for (let i = 0; i < REPORTS_PER_HOUR; i++) await submitErrorReport(valid(), { ip: "198.51.100.1" });
    await expect(submitErrorReport(valid(), { ip: "198.51.100.1" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(submitErrorReport(valid(), { ip: "198.51.100.2" })).resolves.toMatchObject({ accepted: true });
  });
});
