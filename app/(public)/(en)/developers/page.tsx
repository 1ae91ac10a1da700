// /developers: how to call the open directory API (REST and FHIR) in a minute, its terms, and the full reference.
import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/developers/api-reference";
import { env } from "@/lib/env";
import swaggerUiPackage from "swagger-ui-dist/package.json" with { type: "json" };

const SWAGGER_UI_VERSION = swaggerUiPackage.version;

export const metadata: Metadata = {
  title: "Open directory API for developers",
  description:
    "Free, keyless JSON and FHIR R4 (Da Vinci Plan-Net) access to the IR Finder directory of interventional radiologists, with bulk export.",
  alternates: { canonical: "/developers" },
};

// Prerendered, then re-rendered hourly with the running configuration: the examples show this deployment's own
// address and rate limit (decision 053).
export const dynamic = "force-static";
export const revalidate = 3600;

function Code({ children, label }: { children: string; label: string }) {
  return (
    <pre className="developers__code" aria-label={label} tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

export default function DevelopersPage() {
  const site = new URL(env().SITE_URL).origin;
  const rate = env().PUBLIC_API_RATE_LIMIT;
  return (
    <main id="main" className="page developers">
      <h1>Open directory API</h1>
      <p className="article__lead">
        Every listing in IR Finder — physicians, where they practise, the procedures they perform, their verified board certifications and
        where each fact came from — is open to apps, payers, health systems and researchers. No key, no sign-up.
      </p>

      <h2 className="section-title">Getting started</h2>
      <p>Kyphoplasty doctors within 50 miles of ZIP 10001, nearest first:</p>
      <Code label="curl example">{`curl "${site}/api/v1/search?near=10001&radius=50&procedure=kyphoplasty"`}</Code>
      <Code label="JavaScript example">{`const res = await fetch("${site}/api/v1/search?near=10001&radius=50&procedure=kyphoplasty");
const { results } = await res.json();
for (const r of results) console.log(r.distanceMiles, r.physician.name, r.location.phone);`}</Code>
      <Code label="Python example">{`import requests
r = requests.get("${site}/api/v1/search", params={"near": "10001", "radius": 50, "procedure": "kyphoplasty"})
for result in r.json()["results"]:
    print(result["distanceMiles"], result["physician"]["name"], result["location"]["phone"])`}</Code>

      <h2 className="section-title">FHIR R4 provider directory</h2>
      <p>
        The same directory as FHIR R4 resources shaped by the HL7 Da Vinci Plan-Net profiles (Practitioner, PractitionerRole, Location,
        Organization, HealthcareService, with Provenance for every record), at <code>{site}/fhir</code>. The{" "}
        <Link href="/fhir/metadata" prefetch={false}>
          CapabilityStatement
        </Link>{" "}
        lists every parameter. Search by distance with <code>near=latitude|longitude|distance|unit</code> (km unless you say <code>mi</code>
        ): answers come nearest first, each with its distance.
      </p>
      <Code label="FHIR near search">{`curl -H "Accept: application/fhir+json" \\
  "${site}/fhir/PractitionerRole?location.near=40.7506|-73.9972|50|mi&procedure=kyphoplasty&_include=PractitionerRole:practitioner&_include=PractitionerRole:location"`}</Code>
      <p>
        Follow each Bundle&apos;s <code>next</code> link to page. For incremental sync use <code>_lastUpdated=gt…</code>; for everything at
        once, the asynchronous bulk export (NDJSON per resource type, <code>_type</code>, <code>_since</code>):
      </p>
      <Code label="Bulk export">{`curl -i -H "Prefer: respond-async" "${site}/fhir/\\$export?_type=Practitioner,Location"
# 202 Accepted, Content-Location: ${site}/fhir/$export-status/… — GET it for the manifest of NDJSON files`}</Code>
      <p>
        For spreadsheets: <a href="/api/v1/export/physicians.csv">every physician × location × procedure as CSV</a>.
      </p>

      <h2 className="section-title">Terms of use</h2>
      <ul>
        <li>Free, for any purpose, with no key. Please say where the data came from (IR Finder, and the sources each record names).</li>
        <li>
          Fair use: {rate > 0 ? `up to ${rate} requests a minute per client` : "a per-client request limit"}. Beyond it you get{" "}
          <code>429</code> with a <code>Retry-After</code> header; for the whole directory use the bulk export instead of paging.
        </li>
        <li>
          Responses carry <code>ETag</code> and <code>Last-Modified</code>: send <code>If-None-Match</code> and an unchanged answer comes
          back as an empty <code>304</code>.
        </li>
        <li>
          Errors are always <code>{`{ "error": { "code", "message" } }`}</code> (FHIR: an OperationOutcome), with 400 for bad input and 404
          for unknown places, procedures or records.
        </li>
        <li>
          Medicare volumes cover Part B fee-for-service claims only, and CMS hides counts under 11. Volume is not a measure of quality.
        </li>
      </ul>

      <h2 className="section-title">Reference</h2>
      <p>
        The OpenAPI 3.1 contract: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Try any call below.
      </p>
      <ApiReference assetVersion={SWAGGER_UI_VERSION} />
    </main>
  );
}
