// The complete column list of the NPPES NPI file (330 columns, as CMS publishes it), for generators and fixtures.

const head = [
  "NPI", "Entity Type Code", "Replacement NPI", "Employer Identification Number (EIN)",
  "Provider Organization Name (Legal Business Name)", "Provider Last Name (Legal Name)", "Provider First Name",
  "Provider Middle Name", "Provider Name Prefix Text", "Provider Name Suffix Text", "Provider Credential Text",
  "Provider Other Organization Name", "Provider Other Organization Name Type Code", "Provider Other Last Name",
  "Provider Other First Name", "Provider Other Middle Name", "Provider Other Name Prefix Text",
  "Provider Other Name Suffix Text", "Provider Other Credential Text", "Provider Other Last Name Type Code",
  "Provider First Line Business Mailing Address", "Provider Second Line Business Mailing Address",
  "Provider Business Mailing Address City Name", "Provider Business Mailing Address State Name",
  "Provider Business Mailing Address Postal Code", "Provider Business Mailing Address Country Code (If outside U.S.)",
  "Provider Business Mailing Address Telephone Number", "Provider Business Mailing Address Fax Number",
  "Provider First Line Business Practice Location Address", "Provider Second Line Business Practice Location Address",
  "Provider Business Practice Location Address City Name", "Provider Business Practice Location Address State Name",
  "Provider Business Practice Location Address Postal Code",
  "Provider Business Practice Location Address Country Code (If outside U.S.)",
  "Provider Business Practice Location Address Telephone Number", "Provider Business Practice Location Address Fax Number",
  "Provider Enumeration Date", "Last Update Date", "NPI Deactivation Reason Code", "NPI Deactivation Date",
  "NPI Reactivation Date", "Provider Gender Code", "Authorized Official Last Name", "Authorized Official First Name",
  "Authorized Official Middle Name", "Authorized Official Title or Position", "Authorized Official Telephone Number",
];

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export const NPPES_HEADER: readonly string[] = [
  ...head,
  ...range(15).flatMap((i) => [
    `Healthcare Provider Taxonomy Code_${i}`, `Provider License Number_${i}`, `Provider License Number State Code_${i}`,
    `Healthcare Provider Primary Taxonomy Switch_${i}`,
  ]),
  ...range(50).flatMap((i) => [
    `Other Provider Identifier_${i}`, `Other Provider Identifier Type Code_${i}`, `Other Provider Identifier State_${i}`,
    `Other Provider Identifier Issuer_${i}`,
  ]),
  "Is Sole Proprietor", "Is Organization Subpart", "Parent Organization LBN", "Parent Organization TIN",
  "Authorized Official Name Prefix Text", "Authorized Official Name Suffix Text", "Authorized Official Credential Text",
  ...range(15).map((i) => `Healthcare Provider Taxonomy Group_${i}`),
  "Certification Date",
];

export type TNppesFields = Partial<Record<string, string>>;

/** One NPPES line in the published style: every field quoted, empty fields as "". */
export function nppesLine(fields: TNppesFields, header: readonly string[] = NPPES_HEADER): string {
  return header.map((h) => `"${(fields[h] ?? "").replace(/"/g, '""')}"`).join(",");
}

/** Fields for an individual provider: taxonomies fill slots 1..n, the first one primary. */
export function providerFields(p: {
  npi: string; last: string; first: string; middle?: string; credential?: string; gender?: string;
  taxonomies: string[]; address1?: string; address2?: string; city?: string; state?: string; zip?: string; phone?: string;
  lastUpdate?: string; deactivation?: string; reactivation?: string; entityType?: string; orgName?: string;
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
    "Provider Gender Code": p.gender,
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
