// Canonical URLs and code systems the FHIR directory uses (HL7 FHIR R4, Da Vinci Plan-Net 1.1.0, NUCC, CPT).

export const FHIR_JSON = "application/fhir+json";
export const PLAN_NET = "http://hl7.org/fhir/us/davinci-pdex-plan-net";
export const PLAN_NET_CAPABILITY = `${PLAN_NET}/CapabilityStatement/plan-net`;
export const profileUrl = (name: "Practitioner" | "PractitionerRole" | "Location" | "Organization" | "HealthcareService") =>
  `${PLAN_NET}/StructureDefinition/plannet-${name}`;

export const EXT = {
  newPatients: `${PLAN_NET}/StructureDefinition/newpatients`,
  practitionerQualification: `${PLAN_NET}/StructureDefinition/practitioner-qualification`,
  accessibility: `${PLAN_NET}/StructureDefinition/accessibility`,
  deliveryMethod: `${PLAN_NET}/StructureDefinition/delivery-method`,
  locationDistance: "http://hl7.org/fhir/StructureDefinition/location-distance",
} as const;

export const SYSTEM = {
  npi: "http://hl7.org/fhir/sid/us-npi",
  nucc: "http://nucc.org/provider-taxonomy",
  cpt: "http://www.ama-assn.org/go/cpt",
  bcp47: "urn:ietf:bcp:47",
  ucum: "http://unitsofmeasure.org",
  acceptingPatients: `${PLAN_NET}/CodeSystem/AcceptingPatientsCS`,
  accessibility: `${PLAN_NET}/CodeSystem/AccessibilityCS`,
  qualificationStatus: `${PLAN_NET}/CodeSystem/QualificationStatusCS`,
  providerRole: `${PLAN_NET}/CodeSystem/ProviderRoleCS`,
  orgType: `${PLAN_NET}/CodeSystem/OrgTypeCS`,
  serviceCategory: `${PLAN_NET}/CodeSystem/HealthcareServiceCategoryCS`,
  deliveryMethod: `${PLAN_NET}/CodeSystem/DeliveryMethodCS`,
  virtualModalities: `${PLAN_NET}/CodeSystem/VirtualModalitiesCS`,
  participantType: "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
  usps: "https://www.usps.com/",
} as const;

/** Display names of the NUCC taxonomy codes radiologists carry (others are shown by code only). */
export const NUCC_DISPLAY: Readonly<Record<string, string>> = {
  "2085R0204X": "Vascular & Interventional Radiology Physician",
  "2085R0202X": "Diagnostic Radiology Physician",
  "2085N0700X": "Neuroradiology Physician",
  "2085R0001X": "Radiation Oncology Physician",
  "2085R0203X": "Therapeutic Radiology Physician",
  "2085N0904X": "Nuclear Radiology Physician",
  "2085P0229X": "Pediatric Radiology Physician",
  "2085B0100X": "Body Imaging Physician",
  "2085R0205X": "Radiological Physics Physician",
  "2085U0001X": "Diagnostic Ultrasound Physician",
  "2085H0002X": "Hospice and Palliative Medicine (Radiology) Physician",
  "2085R0100X": "Radiology Physician",
};

/** The NUCC code of a board certificate, from its name (certificates are stored as the board words them). */
export function nuccForCertificate(certificate: string): { code: string; display: string } {
  const c = certificate.toLowerCase();
  const code = /interventional|vascular/.test(c)
    ? "2085R0204X"
    : /neuro/.test(c)
      ? "2085N0700X"
      : /diagnostic/.test(c)
        ? "2085R0202X"
        : "2085R0100X";
  return { code, display: NUCC_DISPLAY[code] ?? code };
}
