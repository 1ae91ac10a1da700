// Clinic portal journeys in a real browser: account with e-mail verification and TOTP, claim, moderator approval,
// an approved edit that reaches the public search API, and a rejected edit that never does.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createModerator, enrolTotp, linkFromOutbox, PASSWORD, pickTarget, signIn, type TTarget } from "./support";

const run = Date.now().toString(36);
const moderatorEmail = `moderator-${run}@e2e.test`;
const clinicEmail = `manager-${run}@e2e.test`;

type TSearchBody = {
  results: Array<{
    physician: { npi: string };
    location: { id: number };
    acceptingNewPatients: boolean | null;
    telehealth: boolean;
    procedures: Array<{ slug: string }>;
  }>;
};

async function searchHits(request: APIRequestContext, t: TTarget, filters: string): Promise<TSearchBody["results"]> {
  const res = await request.get(`/api/v1/search?near=${t.zip}&radius=10&pageSize=50&${filters}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as TSearchBody;
  return body.results.filter((r) => r.physician.npi === t.npi && r.location.id === t.locationId);
}

/** Fails the test on any Content-Security-Policy violation (the portal runs under a nonce-based policy). */
function watchCsp(page: Page, violations: string[]): void {
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
}

async function newPage(browser: Browser, violations: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  watchCsp(page, violations);
  return page;
}

test.describe.serial("clinic portal", () => {
  let moderator: Page;
  let clinic: Page;
  let target: TTarget;
  const csp: string[] = [];

  test.beforeAll(async ({ browser }) => {
    moderator = await newPage(browser, csp);
    clinic = await newPage(browser, csp);
    target = await pickTarget();
  });

  test("the first moderator is created from the command line and sets a password from the e-mailed link", async () => {
    createModerator(moderatorEmail);
    await moderator.goto(await linkFromOutbox(moderatorEmail, "/portal/reset-password"));
    await moderator.getByRole("textbox", { name: "New password", exact: true }).fill(PASSWORD);
    await moderator.getByRole("button", { name: "Save new password" }).click();
    await expect(moderator.getByRole("main").getByRole("status")).toContainText("Your password is changed");
    await signIn(moderator, moderatorEmail, PASSWORD);
    await enrolTotp(moderator);
    await moderator.goto("/portal/moderation");
    await expect(moderator.getByRole("heading", { name: "Moderation", level: 1 })).toBeVisible();
  });

  test("a clinic manager signs up, verifies the address from the outbox and enrols TOTP", async () => {
    await clinic.goto("/portal/sign-up");
    await clinic.getByLabel("Your name").fill("Casey Manager");
    await clinic.getByLabel("Work email").fill(clinicEmail);
    await clinic.getByLabel("Password").fill("password");
    await clinic.getByRole("button", { name: "Create account" }).click();
    await expect(clinic.getByRole("main").getByRole("alert")).toContainText("most common");
    await clinic.getByLabel("Password").fill(PASSWORD);
    await clinic.getByRole("button", { name: "Create account" }).click();
    await expect(clinic.getByRole("main").getByRole("status")).toContainText("Check your email");

    await clinic.goto(await linkFromOutbox(clinicEmail, "/portal/verify-email"));
    await clinic.getByRole("button", { name: "Confirm my email" }).click();
    await expect(clinic.getByRole("main").getByRole("status")).toContainText("confirmed");

    await signIn(clinic, clinicEmail, "wrong passphrase entirely");
    await expect(clinic.getByRole("main").getByRole("alert")).toContainText("email or password is incorrect");
    await signIn(clinic, clinicEmail, PASSWORD);
    await enrolTotp(clinic);
    const cookies = await clinic.context().cookies();
    const session = cookies.find((c) => c.name === "__Host-irf_session");
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
  });

  test("the manager claims the practice and a moderator approves the claim", async () => {
    await clinic.goto(`/portal/claim?q=${encodeURIComponent(target.organizationName)}`);
    const card = clinic.getByRole("region", { name: target.organizationName });
    await card.getByText("I manage this practice").click();
    await card.getByLabel("Your full name").fill("Casey Manager");
    await card.getByLabel("Your role at the practice").fill("Practice manager");
    await card.getByLabel("Practice phone number we can call to confirm").fill("316-555-0100");
    await card.getByLabel("How can we confirm you work there?").fill("I am on the staff page of our website.");
    await card.getByRole("button", { name: "Send claim for review" }).click();
    await expect(card.getByRole("status")).toContainText("sent");

    await moderator.goto("/portal/moderation?queue=claims");
    const claim = moderator.locator("article", { hasText: clinicEmail });
    await claim.getByRole("button", { name: "Approve" }).click();
    // The reviewed card stays with a confirmation; the buttons are gone.
    await expect(claim.getByRole("status")).toContainText("Claim approved");
    await expect(claim.getByRole("button", { name: "Approve" })).toHaveCount(0);

    await clinic.goto("/portal");
    await clinic.getByRole("link", { name: target.organizationName }).click();
    await expect(clinic.getByRole("heading", { name: target.organizationName, level: 1 })).toBeVisible();
  });

  test("portal pages have no serious accessibility violations", async () => {
    const pages: Array<[Page, string]> = [
      [clinic, `/portal/practices/${target.organizationId}`],
      [clinic, `/portal/practices/${target.organizationId}/grid`],
      [clinic, `/portal/practices/${target.organizationId}/locations/${target.locationId}`],
      [clinic, "/portal/claim?q=spine"],
      [clinic, "/portal/account"],
      [moderator, "/portal/moderation"],
    ];
    for (const [page, url] of pages) {
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${url}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
    await clinic.goto(`/portal/practices/${target.organizationId}/locations/${target.locationId}`);
    await clinic.screenshot({ path: "test-results/portal-practice.png", fullPage: false });
  });

  test("accepting new patients and kyphoplasty go live only after a moderator approves", async ({ request }) => {
    expect(await searchHits(request, target, "procedure=kyphoplasty&acceptingNewPatients=true")).toHaveLength(0);
    const role = clinic
      .locator("article", { has: clinic.getByRole("heading", { name: `NPI ${target.npi}` }) })
      .filter({ has: clinic.locator(`input[name=roleId][value="${target.roleId}"]`) });
    await role.getByText(/^New patients:/).click();
    await role.getByLabel("Accepting new patients").selectOption("yes");
    await role.locator("input[name=procedures][value=kyphoplasty]").check();
    await role.getByRole("button", { name: "Propose changes" }).first().click();
    const status = role.getByRole("status").first();
    await expect(status).toContainText("change request #");
    const crId = /#(\d+)/.exec((await status.textContent()) ?? "")?.[1];
    expect(crId).toBeTruthy();

    // Pending: not in the public API.
    expect(await searchHits(request, target, "procedure=kyphoplasty&acceptingNewPatients=true")).toHaveLength(0);

    // The queue is paged (oldest first): today's request is first when sorted newest first.
    await moderator.goto("/portal/moderation?sort=newest");
    const change = moderator.getByTestId(`change-${crId}`);
    await expect(change.getByRole("table")).toContainText("Accepting new patients");
    await change.getByRole("button", { name: "Approve" }).click();
    await expect(change.getByRole("status").first()).toContainText("Approved and applied");

    const hits = await searchHits(request, target, "procedure=kyphoplasty&acceptingNewPatients=true");
    expect(hits).toHaveLength(1);
    expect(hits[0]?.acceptingNewPatients).toBe(true);
    expect(hits[0]?.procedures.map((p) => p.slug)).toContain("kyphoplasty");
  });

  test("a rejected edit never appears, and the clinic sees why", async ({ request }) => {
    await clinic.reload();
    const role = clinic
      .locator("article", { has: clinic.getByRole("heading", { name: `NPI ${target.npi}` }) })
      .filter({ has: clinic.locator(`input[name=roleId][value="${target.roleId}"]`) });
    await role.getByText(/^New patients:/).click();
    await role.getByLabel("Offers telehealth visits").selectOption("yes");
    await role.getByRole("button", { name: "Propose changes" }).first().click();
    const status = role.getByRole("status").first();
    await expect(status).toContainText("change request #");
    const crId = /#(\d+)/.exec((await status.textContent()) ?? "")?.[1];

    // The queue is paged (oldest first): today's request is first when sorted newest first.
    await moderator.goto("/portal/moderation?sort=newest");
    const change = moderator.getByTestId(`change-${crId}`);
    await change.getByLabel(/Note or reason/).fill("Telehealth is not offered at this site.");
    await change.getByRole("button", { name: "Reject" }).click();
    await expect(change.getByRole("status").first()).toContainText("Rejected");

    expect(await searchHits(request, target, "telehealth=true")).toHaveLength(0);
    await clinic.goto(`/portal/practices/${target.organizationId}/requests`);
    const item = clinic.getByTestId(`change-${crId}`);
    await expect(item).toContainText("Not approved");
    await expect(item).toContainText("Telehealth is not offered at this site.");
  });

  test("signing out everywhere ends the session; the portal then asks to sign in", async () => {
    await clinic.goto("/portal/account");
    await clinic.getByRole("button", { name: "Sign out of all sessions" }).click();
    await expect(clinic).toHaveURL(/\/portal\/sign-in$/);
    await clinic.goto(`/portal/practices/${target.organizationId}`);
    // Signing in again comes back to the practice page.
    await expect(clinic).toHaveURL(/\/portal\/sign-in\?next=%2Fportal%2Fpractices%2F\d+$/);
  });

  test("moderators see refusals in the audit log", async () => {
    await moderator.goto("/portal/moderation/audit?outcome=denied");
    await expect(moderator.getByRole("main")).toContainText("account.sign_in");
    await expect(moderator.getByRole("main")).toContainText("wrong password");
  });

  test("no Content-Security-Policy violations on the way", () => {
    expect(csp).toEqual([]);
  });
});

for (const origin of [null, "null", "https://evil.example"]) {
  test(`a Server Action request with ${origin === null ? "no" : `a ${origin}`} Origin header is refused`, async ({ page, request }) => {
    // Capture the real sign-in action request, then replay it with the Origin header removed or forged, as a
    // cross-site form post or a non-browser client would send it (browsers do not let pages change Origin).
    await page.goto("/portal/sign-in");
    await page.getByLabel("Email").fill("someone@e2e.test");
    await page.getByLabel("Password").fill("any passphrase at all");
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST"),
      page.getByRole("button", { name: "Continue" }).click(),
    ]);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("email or password is incorrect");
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(await sent.allHeaders()))
      if (!k.startsWith(":") && k !== "origin" && k !== "content-length") headers[k] = v;
    if (origin !== null) headers.origin = origin;
    const res = await request.fetch(sent.url(), { method: "POST", headers, data: sent.postDataBuffer() ?? undefined, maxRedirects: 0 });
    const body = await res.text();
    // The action never ran: no sign-in attempt was evaluated.
    expect(body).not.toContain("email or password is incorrect");
    if (origin === null) expect(body).toContain("did not come from IR Finder");
    else expect(res.status() >= 400 || body.includes("did not come from IR Finder")).toBe(true);
  });
}

test("portal pages send the security headers", async ({ request }) => {
  const res = await request.get("/portal/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toMatch(/object-src 'none'/);
  expect(h["content-security-policy"]).toMatch(/base-uri 'none'/);
  expect(h["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const api = await request.get("/api/v1/procedures");
  expect(api.headers()["content-security-policy"]).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org/);
});
