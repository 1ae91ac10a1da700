// Adding a physician by NPI: the details already in the directory (name, credentials), so nobody types them by hand.
import "server-only";
import { parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { db } from "@/lib/db/client";
import type { TActor } from "@/lib/http/request-context";
import { ZNpiLookup } from "@/lib/portal/schemas";

export type TNpiLookupDto = {
  npi: string;
  firstName: string;
  lastName: string;
  credentials: string | null;
  /** Locations of this practice where the physician is already listed. */
  listedAtLocationIds: number[];
};

/** The physician with this NPI in the directory, or null when there is none yet (the clinic then types the name). */
export async function lookupPhysicianByNpi(actorOrNull: TActor | null, input: unknown): Promise<TNpiLookupDto | null> {
  const action = "physician.lookup_npi";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZNpiLookup, input);
  await requireMembership(actor, data.organizationId, action);
  const p = await db().physician.findUnique({
    where: { npi: data.npi },
    include: { roles: { where: { location: { organizationId: data.organizationId } }, select: { locationId: true } } },
  });
  if (!p) return null;
  return {
    npi: p.npi,
    firstName: p.firstName,
    lastName: p.lastName,
    credentials: p.credentials,
    listedAtLocationIds: p.roles.map((r) => r.locationId),
  };
}
