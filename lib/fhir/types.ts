// The small slice of FHIR R4 JSON types the directory builds (resources stay plain JSON objects).

export type TResourceType = "Practitioner" | "PractitionerRole" | "Location" | "Organization" | "HealthcareService" | "Provenance";
export const RESOURCE_TYPES: readonly TResourceType[] = [
  "Practitioner",
  "PractitionerRole",
  "Location",
  "Organization",
  "HealthcareService",
  "Provenance",
];
/** The types that carry directory data (Provenance describes them). */
export const DIRECTORY_TYPES = ["Practitioner", "PractitionerRole", "Location", "Organization", "HealthcareService"] as const;
export type TDirectoryType = (typeof DIRECTORY_TYPES)[number];

export type TResource = {
  resourceType: string;
  id: string;
  meta?: { lastUpdated?: string; versionId?: string; profile?: string[] };
  [key: string]: unknown;
};

export type TBundleEntry = {
  fullUrl?: string;
  resource: TResource;
  search?: { mode: "match" | "include" | "outcome"; extension?: Array<Record<string, unknown>> };
};

export type TBundle = {
  resourceType: "Bundle";
  type: "searchset";
  meta?: { lastUpdated: string };
  total?: number;
  link: Array<{ relation: string; url: string }>;
  entry?: TBundleEntry[];
};

export function isResourceType(v: string): v is TResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(v);
}
