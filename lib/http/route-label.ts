// A request path reduced to its route pattern, so metrics carry a small, fixed set of labels (never an id or slug).

const PATTERNS: Array<[RegExp, string]> = [
  [/^\/_next\/static\//, "/_next/static"],
  [/^\/_next\//, "/_next"],
  [/^\/api\/v1\/physicians\/[^/]+$/, "/api/v1/physicians/:idOrSlug"],
  [/^\/api\/v1\/(search|procedures|openapi\.json|export\/physicians\.csv)$/, ""],
  [/^\/api\/health\/(live|ready)$/, ""],
  [/^\/fhir\/(metadata|\$export|\$export-status|\$export-file)(\/|$)/, "/fhir/$1"],
  [/^\/fhir\/([A-Za-z]+)\/[^/]+\/_history\/[^/]+$/, "/fhir/$1/:id/_history/:vid"],
  [/^\/fhir\/([A-Za-z]+)\/_search$/, "/fhir/$1/_search"],
  [/^\/fhir\/([A-Za-z]+)\/[^/]+$/, "/fhir/$1/:id"],
  [/^\/fhir\/([A-Za-z]+)$/, "/fhir/$1"],
  [/^\/physicians\/[^/]+$/, "/physicians/:slug"],
  [/^\/clinics\/[^/]+$/, "/clinics/:slug"],
  [/^\/procedures\/[^/]+$/, "/procedures/:slug"],
  [/^\/conditions\/[^/]+$/, "/conditions/:slug"],
  [/^\/portal\/practices\/[^/]+(\/history)?$/, "/portal/practices/:id$1"],
  [/^\/(|search|procedures|conditions|developers|sitemap\.xml|robots\.txt|metrics|favicon\.ico)$/, ""],
  [/^\/portal(\/[a-z-]+)*$/, ""],
];
const FHIR_TYPES = /^(Practitioner|PractitionerRole|Location|Organization|HealthcareService|Provenance)$/;

/** "/physicians/jane-doe-9123" -> "/physicians/:slug"; unknown paths -> "other". */
export function routeLabel(pathname: string): string {
  for (const [re, label] of PATTERNS) {
    const m = re.exec(pathname);
    if (!m) continue;
    if (label === "") return pathname;
    if (label.startsWith("/fhir/") && m[1] && !m[1].startsWith("$") && !FHIR_TYPES.test(m[1])) return "/fhir/other";
    return label.includes("$") ? m[0].replace(re, label).replace(/\/$/, "") : label;
  }
  return "other";
}
