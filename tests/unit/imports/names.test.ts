// Names, credentials and street lines as people write them, from the shapes the public files really contain.
import { describe, expect, it } from "vitest";
import { addressLines, normalizeCredentials, titleCaseAddress, titleCaseName, titleCaseOrg } from "@/lib/imports/normalize";

const NAMES: Array<[string, string]> = [
  ["DOE", "Doe"],
  ["O'BRIEN-SMITH", "O'Brien-Smith"],
  ["O'NEILL", "O'Neill"],
  ["O'neill", "O'Neill"], // CMS's own capitalisation
  ["MCCORD", "McCord"],
  ["Mccord", "McCord"],
  ["MCDONALD", "McDonald"],
  ["MACDONALD", "MacDonald"],
  ["MACK", "Mack"],
  ["MACHADO", "Machado"],
  ["MACIAS", "Macias"],
  ["D'ANGELO", "D'Angelo"],
  ["SMITH-JONES", "Smith-Jones"],
  ["VAN DER BERG", "Van der Berg"],
  ["DE LA CRUZ", "De la Cruz"],
  ["van der Berg", "van der Berg"], // mixed case as registered is kept
  ["DeSantis", "DeSantis"],
  ["McKinney", "McKinney"],
  ["ST. JOHN", "St. John"],
  ["SMITH JR", "Smith Jr"],
  ["HENRY III", "Henry III"],
  ["  MARY   ANN  ", "Mary Ann"],
  ["LI", "Li"],
  ["NGUYEN", "Nguyen"],
  ["", ""],
];

const CREDENTIALS: Array<[string, string | null]> = [
  ["M.D.", "MD"],
  ["MD", "MD"],
  ["M D", "MD"],
  ["M.D", "MD"],
  ["DR, MD", "MD"],
  ["DR.", null],
  ["M.D., PH.D.", "MD, PhD"],
  ["MD PHD", "MD, PhD"],
  ["MD/PHD", "MD, PhD"],
  ["Ph.D., M.D.", "PhD, MD"],
  ["D.O.", "DO"],
  ["D O", "DO"],
  ["D.O., FSIR", "DO, FSIR"],
  ["MD, FSIR, FACR", "MD, FSIR, FACR"],
  ["M.D., M.P.H.", "MD, MPH"],
  ["MD MD", "MD"],
  ["MBBS", "MBBS"],
  ["M.B.B.S.", "MBBS"],
  ["MD, DRPH", "MD, DrPH"],
  ["P A C", "PAC"],
  ["", null],
];

const STREETS: Array<[string, string]> = [
  ["100 MAIN STREET", "100 Main Street"],
  ["12 W 3RD ST APT 4B", "12 W 3rd St Apt 4B"],
  ["1 HOSPITAL DR, BLDG 2", "1 Hospital Dr, Bldg 2"],
  ["500 NE 21ST AVE STE 100", "500 NE 21st Ave Ste 100"],
  ["PO BOX 123", "PO Box 123"],
  ["100 Main St.", "100 Main St."],
];

describe("names", () => {
  it.each(NAMES)("%j -> %j", (raw, want) => expect(titleCaseName(raw)).toBe(want));
});
describe("credentials", () => {
  it.each(CREDENTIALS)("%j -> %j", (raw, want) => expect(normalizeCredentials(raw)).toBe(want));
});
describe("street lines", () => {
  it.each(STREETS)("%j -> %j", (raw, want) => expect(titleCaseAddress(raw)).toBe(want));
  it("puts a suite line that came first after the street", () => {
    expect(addressLines("SUITE 300", "500 PARK AVENUE")).toEqual({ address1: "500 Park Avenue", address2: "Suite 300" });
    expect(addressLines("#12", "9 ELM ST")).toEqual({ address1: "9 Elm St", address2: "#12" });
    expect(addressLines("", "9 ELM ST")).toEqual({ address1: "9 Elm St", address2: null });
    expect(addressLines("9 ELM ST", "")).toEqual({ address1: "9 Elm St", address2: null });
  });
  it("covers at least 40 real-world shapes", () => expect(NAMES.length + CREDENTIALS.length + STREETS.length).toBeGreaterThanOrEqual(40));
});
describe("practice names", () => {
  it("title-cases an upper-case practice name, keeping legal suffixes and small words", () => {
    expect(titleCaseOrg("NORTH SHORE IMAGING, P.C.")).toBe("North Shore Imaging, P.C.");
    expect(titleCaseOrg("VASCULAR PARTNERS OF TEXAS, PLLC")).toBe("Vascular Partners of Texas, PLLC");
    expect(titleCaseOrg("UCSF MEDICAL CENTER")).toBe("UCSF Medical Center");
    expect(titleCaseOrg("Mixed Case Radiology")).toBe("Mixed Case Radiology");
  });
});
