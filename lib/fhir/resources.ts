// Builds Plan-Net-shaped FHIR R4 resources (and their Provenance) from directory rows. Pure functions, no I/O.
import { EXT, NUCC_DISPLAY, nuccForCertificate, profileUrl, SYSTEM } from "@/lib/fhir/codes";
import type { TResource } from "@/lib/fhir/types";
import { languageName } from "@/lib/physicians/languages";

/** Where a record came from and as of when: every resource's Provenance is built from these. */
export type TSourceCols = {
  source_kind: string;
  source_name: string;
  file_name: string | null;
  file_date: Date | null;
  loaded_at: Date;
  as_of: Date;
  last_updated: Date;
};

export type TPractitionerRow = TSourceCols & {
  id: number;
  npi: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  credentials: string | null;
  gender: string | null;
  languages: string[];
  active: boolean;
  version: number;
  certifications: Array<{ board: string; certificate: string; status: string; verifiedAt: string | null }>;
};

export type TRoleRow = TSourceCols & {
  id: number;
  physician_id: number;
  location_id: number;
  organization_id: number | null;
  accepting_new_patients: boolean | null;
  telehealth: boolean;
  active: boolean;
  version: number;
  taxonomy_codes: string[];
  phone: string | null;
  procedures: Array<{ slug: string; name: string }>;
};

export type TLocationRow = TSourceCols & {
  id: number;
  organization_id: number | null;
  name: string;
  address1: string;
  address2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
  hours: unknown;
  accessibility_notes: string | null;
  lat: number;
  lng: number;
  version: number;
};

export type TOrganizationRow = TSourceCols & {
  id: number;
  name: string;
  npi: string | null;
  website: string | null;
  phone: string | null;
  version: number;
  address: { address1: string; address2: string | null; city: string; state: string; zip: string } | null;
};

export type THealthcareServiceRow = TSourceCols & {
  location_id: number;
  procedure_id: number;
  slug: string;
  name: string;
  cpt_codes: string[];
  organization_id: number | null;
  location_name: string;
  telehealth: boolean;
};

const instant = (d: Date) => d.toISOString();
const day = (d: Date) => d.toISOString().slice(0, 10);
const meta = (row: TSourceCols, profile: string, version?: number) => ({
  ...(version !== undefined ? { versionId: String(version) } : {}),
  lastUpdated: instant(row.last_updated),
  profile: [profile],
});

export const healthcareServiceId = (locationId: number, slug: string) => `${locationId}-${slug}`;

/** FHIR's gender codes; our OTHER has no better match than "other". */
function fhirGender(g: string | null): string | undefined {
  return g === "FEMALE" ? "female" : g === "MALE" ? "male" : g === "OTHER" ? "other" : undefined;
}

export function toPractitioner(r: TPractitionerRow): TResource {
  const given = [r.first_name, r.middle_name].filter((x): x is string => Boolean(x));
  return {
    resourceType: "Practitioner",
    id: String(r.id),
    meta: meta(r, profileUrl("Practitioner"), r.version),
    identifier: [
      {
        use: "official",
        type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "NPI" }] },
        system: SYSTEM.npi,
        value: r.npi,
      },
    ],
    active: r.active,
    name: [
      {
        use: "official",
        text: [...given, r.last_name].join(" ") + (r.credentials ? `, ${r.credentials}` : ""),
        family: r.last_name,
        given,
        ...(r.credentials ? { suffix: [r.credentials] } : {}),
      },
    ],
    ...(fhirGender(r.gender) ? { gender: fhirGender(r.gender) } : {}),
    // Only verified certifications are published, as our pages show them; the status is the board's.
    ...(r.certifications.length
      ? {
          qualification: r.certifications.map((c) => {
            const nucc = nuccForCertificate(c.certificate);
            return {
              extension: [
                {
                  url: EXT.practitionerQualification,
                  extension: [
                    { url: "status", valueCode: c.status === "ACTIVE" ? "active" : c.status === "EXPIRED" ? "inactive" : "unknown" },
                  ],
                },
              ],
              code: {
                coding: [{ system: SYSTEM.nucc, code: nucc.code, display: nucc.display }],
                text: `${c.certificate} (verified ${c.verifiedAt ?? "?"})`,
              },
              issuer: { display: c.board },
            };
          }),
        }
      : {}),
    ...(r.languages.length
      ? {
          communication: r.languages.map((code) => ({
            coding: [{ system: SYSTEM.bcp47, code: code === "asl" ? "ase" : code, display: languageName(code) }],
            text: languageName(code),
          })),
        }
      : {}),
  };
}

export function toPractitionerRole(r: TRoleRow): TResource {
  const extension: Array<Record<string, unknown>> = [];
  if (r.accepting_new_patients !== null) {
    const code = r.accepting_new_patients ? "newpt" : "nopt";
    extension.push({
      url: EXT.newPatients,
      extension: [
        {
          url: "acceptingPatients",
          valueCodeableConcept: {
            coding: [{ system: SYSTEM.acceptingPatients, code, display: r.accepting_new_patients ? "Accepting" : "Not Accepting" }],
          },
        },
      ],
    });
  }
  extension.push(deliveryMethod("physical"));
  if (r.telehealth) extension.push(deliveryMethod("virtual"));
  return {
    resourceType: "PractitionerRole",
    id: String(r.id),
    meta: meta(r, profileUrl("PractitionerRole"), r.version),
    extension,
    active: r.active,
    practitioner: { reference: `Practitioner/${r.physician_id}` },
    ...(r.organization_id !== null ? { organization: { reference: `Organization/${r.organization_id}` } } : {}),
    code: [{ coding: [{ system: SYSTEM.providerRole, code: "ph", display: "Physician" }] }],
    ...(r.taxonomy_codes.length
      ? {
          specialty: r.taxonomy_codes.map((code) => ({
            coding: [{ system: SYSTEM.nucc, code, ...(NUCC_DISPLAY[code] ? { display: NUCC_DISPLAY[code] } : {}) }],
          })),
        }
      : {}),
    location: [{ reference: `Location/${r.location_id}` }],
    // Procedures offered here: the location's HealthcareService for each (docs/decisions/021).
    ...(r.procedures.length
      ? {
          healthcareService: r.procedures.map((p) => ({
            reference: `HealthcareService/${healthcareServiceId(r.location_id, p.slug)}`,
            display: p.name,
          })),
        }
      : {}),
    ...(r.phone ? { telecom: [{ system: "phone", value: r.phone, use: "work" }] } : {}),
  };
}

function deliveryMethod(type: "physical" | "virtual"): Record<string, unknown> {
  return {
    url: EXT.deliveryMethod,
    extension: [
      {
        url: "type",
        valueCodeableConcept: {
          coding: [{ system: SYSTEM.deliveryMethod, code: type, display: type === "physical" ? "Physical" : "Virtual" }],
        },
      },
      ...(type === "virtual"
        ? [
            {
              url: "virtualModalities",
              valueCodeableConcept: { coding: [{ system: SYSTEM.virtualModalities, code: "video", display: "Video" }] },
            },
          ]
        : []),
    ],
  };
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Stored hours -> hoursOfOperation; a malformed value yields none rather than a broken resource. */
function hoursOfOperation(hours: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(hours)) return [];
  const out: Array<Record<string, unknown>> = [];
  for (const h of hours as unknown[]) {
    if (typeof h !== "object" || h === null) continue;
    const { day: d, open, close } = h as { day?: unknown; open?: unknown; close?: unknown };
    if (typeof d !== "number" || !DAYS[d] || typeof open !== "string" || typeof close !== "string") continue;
    if (!/^\d{2}:\d{2}$/.test(open) || !/^\d{2}:\d{2}$/.test(close)) continue;
    out.push({ daysOfWeek: [DAYS[d]], openingTime: `${open}:00`, closingTime: `${close}:00` });
  }
  return out;
}

/** Free-text accessibility notes, with Plan-Net's codes where the words say so. */
function accessibility(notes: string | null): Array<Record<string, unknown>> {
  if (!notes) return [];
  const n = notes.toLowerCase();
  const codes: Array<[string, string]> = [];
  if (/wheelchair|accessible|ramp|elevator|step-free/.test(n)) codes.push(["handiaccess", "handicap accessible"]);
  if (/\bada\b/.test(n)) codes.push(["adacomp", "ADA compliant"]);
  if (/transit|subway|bus|train|metro/.test(n)) codes.push(["pubtrans", "public transit options"]);
  if (codes.length === 0) return [{ url: EXT.accessibility, valueCodeableConcept: { text: notes } }];
  return codes.map(([code, display]) => ({
    url: EXT.accessibility,
    valueCodeableConcept: { coding: [{ system: SYSTEM.accessibility, code, display }], text: notes },
  }));
}

const address = (a: { address1: string; address2: string | null; city: string; state: string; zip: string }) => ({
  use: "work",
  type: "physical",
  text: `${[a.address1, a.address2].filter(Boolean).join(", ")}, ${a.city}, ${a.state} ${a.zip}`,
  line: [a.address1, a.address2].filter((x): x is string => Boolean(x)),
  city: a.city,
  state: a.state,
  postalCode: a.zip,
  country: "US",
});

export function toLocation(r: TLocationRow): TResource {
  const ext = accessibility(r.accessibility_notes);
  const hours = hoursOfOperation(r.hours);
  return {
    resourceType: "Location",
    id: String(r.id),
    meta: meta(r, profileUrl("Location"), r.version),
    ...(ext.length ? { extension: ext } : {}),
    status: "active",
    name: r.name,
    ...(r.phone ? { telecom: [{ system: "phone", value: r.phone, use: "work" }] } : {}),
    address: address(r),
    position: { longitude: r.lng, latitude: r.lat },
    ...(r.organization_id !== null ? { managingOrganization: { reference: `Organization/${r.organization_id}` } } : {}),
    ...(hours.length ? { hoursOfOperation: hours } : {}),
  };
}

export function toOrganization(r: TOrganizationRow): TResource {
  const telecom = [
    ...(r.phone ? [{ system: "phone", value: r.phone, use: "work" }] : []),
    ...(r.website ? [{ system: "url", value: r.website, use: "work" }] : []),
  ];
  return {
    resourceType: "Organization",
    id: String(r.id),
    meta: meta(r, profileUrl("Organization"), r.version),
    ...(r.npi ? { identifier: [{ system: SYSTEM.npi, value: r.npi }] } : {}),
    active: true,
    type: [{ coding: [{ system: SYSTEM.orgType, code: "prvgrp", display: "Provider Group" }] }],
    name: r.name,
    ...(telecom.length ? { telecom } : {}),
    // Plan-Net requires an address; an organization has none of its own here, so its first location's is used.
    address: [r.address ? address(r.address) : { country: "US" }],
  };
}

export function toHealthcareService(r: THealthcareServiceRow): TResource {
  return {
    resourceType: "HealthcareService",
    id: healthcareServiceId(r.location_id, r.slug),
    meta: meta(r, profileUrl("HealthcareService")),
    extension: [deliveryMethod("physical"), ...(r.telehealth ? [deliveryMethod("virtual")] : [])],
    active: true,
    ...(r.organization_id !== null ? { providedBy: { reference: `Organization/${r.organization_id}` } } : {}),
    category: [{ coding: [{ system: SYSTEM.serviceCategory, code: "prov", display: "Medical Provider" }] }],
    type: [{ coding: r.cpt_codes.map((code) => ({ system: SYSTEM.cpt, code })), text: r.name }],
    location: [{ reference: `Location/${r.location_id}`, display: r.location_name }],
    name: `${r.name} at ${r.location_name}`,
  };
}

/** One Provenance per resource: its source (import file, clinic edit, moderator) and the date the facts are as of. */
export function toProvenance(target: TResource, r: TSourceCols): TResource {
  const what = [r.source_name, r.file_name, r.file_date ? `published ${day(r.file_date)}` : null].filter(Boolean).join(", ");
  return {
    resourceType: "Provenance",
    id: `${target.resourceType}-${target.id}`,
    meta: { lastUpdated: instant(r.last_updated) },
    target: [{ reference: `${target.resourceType}/${target.id}` }],
    occurredDateTime: day(r.as_of),
    recorded: instant(r.loaded_at),
    agent: [
      {
        type: {
          coding: [
            {
              system: SYSTEM.participantType,
              code: r.source_kind === "CLINIC_EDIT" || r.source_kind === "MODERATOR" ? "author" : "assembler",
            },
          ],
        },
        who: {
          display:
            r.source_kind === "CLINIC_EDIT"
              ? "Clinic staff (moderator-approved edit)"
              : r.source_kind === "MODERATOR"
                ? "IR Finder moderator"
                : r.source_name,
        },
      },
    ],
    entity: [{ role: "source", what: { display: `${r.source_kind}: ${what}` } }],
  };
}
