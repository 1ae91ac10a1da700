// The complete column lists of the NPPES files as CMS publishes them (NPI file since mid-2025: 330 columns with
// "Provider Sex Code" and "Certification Date"; 2015 to mid-2025: 329 with "Provider Gender Code"; the pl_pfile of
// secondary practice locations), for the generator and the test fixtures.

const head = [
  "NPI",
  "Entity Type Code",
  "Replacement NPI",
  "Employer Identification Number (EIN)",
  "Provider Organization Name (Legal Business Name)",
  "Provider Last Name (Legal Name)",
  "Provider First Name",
  "Provider Middle Name",
  "Provider Name Prefix Text",
  "Provider Name Suffix Text",
  "Provider Credential Text",
  "Provider Other Organization Name",
  "Provider Other Organization Name Type Code",
  "Provider Other Last Name",
  "Provider Other First Name",
  "Provider Other Middle Name",
  "Provider Other Name Prefix Text",
  "Provider Other Name Suffix Text",
  "Provider Other Credential Text",
  "Provider Other Last Name Type Code",
  "Provider First Line Business Mailing Address",
  "Provider Second Line Business Mailing Address",
  "Provider Business Mailing Address City Name",
  "Provider Business Mailing Address State Name",
  "Provider Business Mailing Address Postal Code",
  "Provider Business Mailing Address Country Code (If outside U.S.)",
  "Provider Business Mailing Address Telephone Number",
  "Provider Business Mailing Address Fax Number",
  "Provider First Line Business Practice Location Address",
  "Provider Second Line Business Practice Location Address",
  "Provider Business Practice Location Address City Name",
  "Provider Business Practice Location Address State Name",
  "Provider Business Practice Location Address Postal Code",
  "Provider Business Practice Location Address Country Code (If outside U.S.)",
  "Provider Business Practice Location Address Telephone Number",
  "Provider Business Practice Location Address Fax Number",
  "Provider Enumeration Date",
  "Last Update Date",
  "NPI Deactivation Reason Code",
  "NPI Deactivation Date",
  "NPI Reactivation Date",
  "Provider Sex Code",
  "Authorized Official Last Name",
  "Authorized Official First Name",
  "Authorized Official Middle Name",
  "Authorized Official Title or Position",
  "Authorized Official Telephone Number",
];

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The NPI file since mid-2025 (330 columns). */
export const NPPES_HEADER: readonly string[] = [
  ...head,
  ...range(15).flatMap((i) => [
    `Healthcare Provider Taxonomy Code_${i}`,
    `Provider License Number_${i}`,
    `Provider License Number State Code_${i}`,
    `Healthcare Provider Primary Taxonomy Switch_${i}`,
  ]),
  ...range(50).flatMap((i) => [
    `Other Provider Identifier_${i}`,
    `Other Provider Identifier Type Code_${i}`,
    `Other Provider Identifier State_${i}`,
    `Other Provider Identifier Issuer_${i}`,
  ]),
  "Is Sole Proprietor",
  "Is Organization Subpart",
  "Parent Organization LBN",
  "Parent Organization TIN",
  "Authorized Official Name Prefix Text",
  "Authorized Official Name Suffix Text",
  "Authorized Official Credential Text",
  ...range(15).map((i) => `Healthcare Provider Taxonomy Group_${i}`),
  "Certification Date",
];

/** The NPI file from 2015 to mid-2025 (329 columns: "Provider Gender Code", no "Certification Date"). */
export const NPPES_HEADER_2015: readonly string[] = NPPES_HEADER.filter((h) => h !== "Certification Date").map((h) =>
  h === "Provider Sex Code" ? "Provider Gender Code" : h,
);

/** pl_pfile: secondary practice locations, with the publisher's own uneven spacing around the hyphens. */
export const NPPES_SECONDARY_HEADER: readonly string[] = [
  "NPI",
  "Provider Secondary Practice Location Address- Address Line 1",
  "Provider Secondary Practice Location Address-  Address Line 2",
  "Provider Secondary Practice Location Address - City Name",
  "Provider Secondary Practice Location Address - State Name",
  "Provider Secondary Practice Location Address - Postal Code",
  "Provider Secondary Practice Location Address - Country Code (If outside U.S.)",
  "Provider Secondary Practice Location Address - Telephone Number",
  "Provider Secondary Practice Location Address - Telephone Extension",
  "Provider Practice Location Address - Fax Number",
];

export type TNppesFields = Partial<Record<string, string>>;

/** One NPPES line in the published style: every field quoted, empty fields as "". */
export function nppesLine(fields: TNppesFields, header: readonly string[] = NPPES_HEADER): string {
  return header.map((h) => `"${(fields[h] ?? "").replace(/"/g, '""')}"`).join(",");
}

/** Fields for an individual provider: taxonomies fill slots 1..n, the first one primary. */
export function providerFields(p: {
  npi: string;
  last: string;
  first: string;
  middle?: string;
  credential?: string;
  gender?: string;
  taxonomies: string[];
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  zip?: string;
  phone?: string;
  lastUpdate?: string;
  deactivation?: string;
  reactivation?: string;
  entityType?: string;
  orgName?: string;
  certified?: string;
}): TNppesFields {
  const f: TNppesFields = {
    NPI: p.npi,
    "Entity Type Code": p.entityType ?? "1",
    "Provider Organization Name (Legal Business Name)": p.orgName,
    "Provider Last Name (Legal Name)": p.last,
    "Provider First Name": p.first,
    "Provider Middle Name": p.middle,
    "Provider Credential Text": p.credential,
    "Provider First Line Business Practice Location Address": p.address1,
    "Provider Second Line Business Practice Location Address": p.address2,
    "Provider Business Practice Location Address City Name": p.city,
    "Provider Business Practice Location Address State Name": p.state,
    "Provider Business Practice Location Address Postal Code": p.zip,
    "Provider Business Practice Location Address Country Code (If outside U.S.)": p.zip ? "US" : "",
    "Provider Business Practice Location Address Telephone Number": p.phone,
    "Provider First Line Business Mailing Address": p.address1,
    "Provider Business Mailing Address City Name": p.city,
    "Provider Business Mailing Address State Name": p.state,
    "Provider Business Mailing Address Postal Code": p.zip,
    "Provider Enumeration Date": "05/23/2007",
    "Last Update Date": p.lastUpdate ?? "07/08/2024",
    "NPI Deactivation Date": p.deactivation,
    "NPI Reactivation Date": p.reactivation,
    "Provider Sex Code": p.gender,
    "Provider Gender Code": p.gender,
    "Certification Date": p.certified ?? "",
    "Is Sole Proprietor": "N",
  };
  p.taxonomies.forEach((t, i) => {
    f[`Healthcare Provider Taxonomy Code_${i + 1}`] = t;
    f[`Provider License Number_${i + 1}`] = `${p.state ?? "XX"}${p.npi.slice(3, 9)}`;
    f[`Provider License Number State Code_${i + 1}`] = p.state;
    f[`Healthcare Provider Primary Taxonomy Switch_${i + 1}`] = i === 0 ? "Y" : "N";
  });
  return f;
}
