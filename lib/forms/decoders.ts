// How each form of the site becomes the input of its operation: one zod decoder per form, reshaping field values
// only. The operation parses the result with its own strict schema (see docs/decisions/010-parsing-at-the-operation.md).
import { z } from "zod";
import { fList, fNumber, fText, fTextOrEmpty, fYesNo } from "@/lib/forms/form-data";

/** A form of plain text fields, each taking its first value. */
function textFields<K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((n) => [n, fText])) as Record<K, typeof fText>);
}

// Accounts
export const FSignUp = textFields("email", "displayName", "password");
export const FSignIn = textFields("email", "password", "next");
export const FToken = textFields("token");
/** An invitation accepted from its e-mailed link (token) or from the portal home page (id, for the signed-in address). */
export const FAcceptInvitation = textFields("token", "invitationId").transform((f) =>
  f.token ? { token: f.token } : { invitationId: f.invitationId },
);
export const FCode = textFields("code");
export const FCodeAndNext = textFields("code", "next");
export const FEmail = textFields("email");
export const FResetPassword = textFields("token", "password");
export const FChangePassword = textFields("currentPassword", "newPassword");
export const FSessionId = textFields("id");
export const FNotifyMode = textFields("notifyMode");

// Claims and practice members
export const FSubmitClaim = textFields("organizationId", "claimantName", "claimantRole", "workPhone", "evidence");
export const FClaimCertification = textFields("organizationId", "physicianId", "board", "certificate");
export const FInviteStaff = textFields("organizationId", "email");
export const FRemoveMember = textFields("organizationId", "userId");
export const FRevokeInvitation = textFields("organizationId", "invitationId");

// Change requests
export const FProposeOrganization = textFields("organizationId", "version", "basedOnRequest", "name", "website", "phone").transform(
  ({ organizationId, version, basedOnRequest, ...changes }) => ({ organizationId, version, basedOnRequest, changes }),
);

const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
type TDayField = `open_${(typeof DAYS)[number]}` | `close_${(typeof DAYS)[number]}`;
/** The weekly hours grid: `open_<day>` / `close_<day>` time inputs, twice a day for split shifts, all optional. */
const WEEK_FIELDS = Object.fromEntries(
  DAYS.flatMap((d) => [
    [`open_${d}`, fList],
    [`close_${d}`, fList],
  ]),
) as Record<TDayField, typeof fList>;

export const FProposeLocation = z
  .object({
    organizationId: fText,
    locationId: fText,
    version: fText,
    basedOnRequest: fText,
    name: fText,
    address1: fText,
    address2: fTextOrEmpty,
    city: fText,
    state: fText,
    zip: fText,
    phone: fTextOrEmpty,
    accessibilityNotes: fTextOrEmpty,
    pointSource: fText,
    lat: fNumber,
    lng: fNumber,
    ...WEEK_FIELDS,
  })
  .transform((f) => ({
    organizationId: f.organizationId,
    locationId: f.locationId,
    version: f.version,
    basedOnRequest: f.basedOnRequest,
    changes: {
      name: f.name,
      address1: f.address1,
      address2: f.address2,
      city: f.city,
      state: f.state,
      zip: f.zip,
      phone: f.phone,
      accessibilityNotes: f.accessibilityNotes,
      // A period with both times set is open; a day with none is closed. A half-filled period is sent as typed, so
      // the operation names the day instead of silently dropping it.
      hours: DAYS.flatMap((day) => {
        const opens = f[`open_${day}`];
        const closes = f[`close_${day}`];
        return opens.flatMap((open, i) => {
          const close = closes[i] ?? "";
          return open || close ? [{ day, open, close }] : [];
        });
      }),
      ...(f.pointSource === "pin"
        ? { point: { source: "pin", lat: f.lat, lng: f.lng } }
        : f.pointSource === "zip"
          ? { point: { source: "zip" } }
          : {}),
    },
  }));

export const FProposeRole = z
  .object({
    organizationId: fText,
    roleId: fText,
    version: fText,
    basedOnRequest: fText,
    acceptingNewPatients: fYesNo,
    telehealth: fYesNo,
    procedures: fList,
  })
  .transform(({ organizationId, roleId, version, basedOnRequest, ...changes }) => ({
    organizationId,
    roleId,
    version,
    basedOnRequest,
    changes,
  }));

export const FProposeLanguages = z.object({
  organizationId: fText,
  physicianId: fText,
  version: fText,
  basedOnRequest: fText,
  languages: fList,
});

export const FProposeAddPhysician = z.object({
  organizationId: fText,
  locationId: fText,
  npi: fText,
  firstName: fText,
  lastName: fText,
  credentials: fTextOrEmpty,
});

export const FProposeRemoveRole = textFields("organizationId", "roleId", "version");
export const FWithdrawChange = textFields("organizationId", "id");
export const FConfirmListing = textFields("organizationId", "locationId");
export const FNpiLookup = textFields("organizationId", "npi");

// Moderation
/** Approve or reject from one form: the reason doubles as the approval note. */
export const FReview = textFields("decision", "id", "reason").transform((f) =>
  f.decision === "approve"
    ? { decision: "approve" as const, input: { id: f.id, ...(f.reason ? { note: f.reason } : {}) } }
    : { decision: "reject" as const, input: { id: f.id, reason: f.reason ?? "" } },
);
export const FVerifyCertification = textFields("certificationId", "status", "source", "verifiedOn");
export const FResolveReport = textFields("id", "status", "resolution");
export const FDisableAccount = textFields("email", "reason");

// Public pages
export const FErrorReport = textFields("physicianId", "locationId", "topic", "message", "reporterEmail", "website");

/** "keep" leaves the field alone in a bulk edit; otherwise as a yes / no / not stated select. */
const fKeepOrYesNo = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional())
  .transform((v) => (v === undefined || v === "" || v === "keep" ? undefined : v === "yes" ? true : v === "no" ? false : null));

/**
 * The physician × location grid: each ticked cell is "roleId:version:pendingRequestId" (0 = none pending), so the
 * operation can check every record against the state the grid showed.
 */
export const FProposeBulkRoles = z
  .object({
    organizationId: fText,
    cells: fList,
    acceptingNewPatients: fKeepOrYesNo,
    telehealth: fKeepOrYesNo,
    addProcedures: fList,
    removeProcedures: fList,
  })
  .transform(({ cells, ...rest }) => ({
    ...rest,
    roles: cells.map((c) => {
      const [roleId, version, pending] = c.split(":");
      return { roleId, version, ...(pending && pending !== "0" ? { basedOnRequest: pending } : {}) };
    }),
  }));
export const FProposeClosure = textFields("organizationId", "locationId", "startsOn", "endsOn", "note");
export const FProposeRemoveClosure = textFields("organizationId", "closureId");
export const FUndoDecision = textFields("id");
