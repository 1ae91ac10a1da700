// A practice manager's normal week, on a 375 px phone: each task a journey, counting clicks and screens (printed for
// the issue note), never losing what was typed, no page wider than the screen; the moderator sees every item.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "../../../playwright.config";
import { enrolTotp, linkFromOutbox, PASSWORD, readyAccount, readyModerator, signIn } from "./support";

const run = Date.now().toString(36);
const moderatorEmail = `week-moderator-${run}@e2e.test`;
const managerEmail = `week-manager-${run}@e2e.test`;
const colleagueEmail = `week-colleague-${run}@e2e.test`;
const PHONE = { width: 375, height: 812 };

type TTally = { clicks: number; screens: number };
const tallies = new WeakMap<Page, TTally>();

/** A phone-sized page that counts trusted clicks and screens (main-frame navigations to a new address). */
async function phonePage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true })).newPage();
  const tally = { clicks: 0, screens: 0 };
  tallies.set(page, tally);
  await page.exposeFunction("__irfClick", () => (tally.clicks += 1));
  await page.addInitScript(() => {
    document.addEventListener("click", (e) => {
      if (e.isTrusted) (window as unknown as { __irfClick: () => void }).__irfClick();
    });
  });
  // A screen is a new address in the main frame: Next's router also reports same-address history updates (after a
  // Server Action refreshes the page, or a link to a field's #id), which the person does not see as a new screen.
  let shown = "";
  page.on("framenavigated", (f) => {
    if (f !== page.mainFrame()) return;
    const url = f.url().split("#")[0] ?? "";
    if (url === shown) return;
    shown = url;
    tally.screens += 1;
  });
  return page;
}

const counts: Record<string, TTally> = {};
/** Issue 11's own figures from the first pass: the invited colleague needed 8 clicks and 7 screens to join. */
const BEFORE: Record<string, TTally> = { "join as the colleague": { clicks: 8, screens: 7 } };
/** Runs one task and records the clicks and screens it took. */
async function task(name: string, page: Page, fn: () => Promise<void>): Promise<void> {
  const t = tallies.get(page) ?? { clicks: 0, screens: 0 };
  const before = { ...t };
  await fn();
  counts[name] = { clicks: t.clicks - before.clicks, screens: t.screens - before.screens };
}

async function expectFitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  // On failure, name the widest elements so the fix is findable.
  const culprits =
    width > PHONE.width
      ? await page.evaluate((max) => {
          return [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > max + 1)
            .slice(-5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`);
        }, PHONE.width)
      : [];
  expect(width, `${page.url()} is ${width}px wide at 375px: ${culprits.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
}

type TPractice = { organizationId: number; name: string; locationId: number; roleIds: number[]; slug: string };

/** An unclaimed practice with a location where three physicians are not (stated as) accepting new patients. */
async function pickPractice(): Promise<TPractice> {
  const c = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await c.connect();
  try {
    const r = await c.query<{ organization_id: number; name: string; location_id: number; slug: string; role_ids: number[] }>(
      `SELECT o.id AS organization_id, o.name, l.id AS location_id, l.slug,
              array_agg(r.id ORDER BY EXISTS (SELECT 1 FROM role_procedure rp JOIN procedure p ON p.id = rp.procedure_id
                                             WHERE rp.role_id = r.id AND p.slug = 'kyphoplasty'), r.id) AS role_ids
       FROM organization o JOIN location l ON l.organization_id = o.id JOIN practitioner_role r ON r.location_id = l.id
       WHERE r.accepting_new_patients IS NOT TRUE
         AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM practice_claim pc WHERE pc.organization_id = o.id)
         AND (SELECT count(*) FROM organization o2 WHERE o2.name = o.name) = 1
       GROUP BY o.id, o.name, l.id, l.slug
       HAVING count(*) >= 3 AND bool_or(NOT EXISTS (SELECT 1 FROM role_procedure rp JOIN procedure p ON p.id = rp.procedure_id
                                                   WHERE rp.role_id = r.id AND p.slug = 'kyphoplasty'))
       ORDER BY o.id DESC LIMIT 1`,
    );
    const row = r.rows[0];
    if (!row) throw new Error("no practice with three physicians at one location in the e2e database");
    return {
      organizationId: row.organization_id,
      name: row.name,
      locationId: row.location_id,
      slug: row.slug,
      roleIds: row.role_ids.slice(0, 3),
    };
  } finally {
    await c.end();
  }
}

test.describe.serial("a practice manager's week on a phone", () => {
  let moderator: Page;
  let manager: Page;
  let colleague: Page;
  let practice: TPractice;
  const practiceUrl = () => `/portal/practices/${practice.organizationId}`;
  const locationUrl = () => `/portal/practices/${practice.organizationId}/locations/${practice.locationId}`;

  test.beforeAll(async ({ browser }) => {
    moderator = await phonePage(browser);
    manager = await phonePage(browser);
    colleague = await phonePage(browser);
    practice = await pickPractice();
  });

  test.afterAll(() => {
    console.log(`CLICK/SCREEN COUNTS (375px): ${JSON.stringify(counts)}`);
    // One row per task for the issue note; "before" only where issue 11 measured it (the first pass).
    for (const [name, after] of Object.entries(counts)) {
      const before = BEFORE[name];
      console.log(
        `  ${name.padEnd(30)} before ${before ? `${before.clicks} clicks, ${before.screens} screens` : "not measured"}; after ${after.clicks} clicks, ${after.screens} screens`,
      );
    }
  });

  test("setup: a moderator and a manager whose claim is approved", async () => {
    // Two accounts with e-mail verification and TOTP (argon2 hashing): slow on a shared machine.
    test.setTimeout(180_000);
    await readyModerator(moderator, moderatorEmail);

    await readyAccount(manager, "Morgan Manager", managerEmail);
    await manager.goto(`/portal/claim?q=${encodeURIComponent(practice.name)}`);
    const card = manager.getByRole("region", { name: practice.name });
    await card.getByText("I manage this practice").click();
    await card.getByLabel("Your full name").fill("Morgan Manager");
    await card.getByLabel("Your role at the practice").fill("Practice manager");
    await card.getByLabel("Practice phone number we can call to confirm").fill("316-555-0100");
    await card.getByLabel("How can we confirm you work there?").fill("Ask the front desk.");
    await card.getByRole("button", { name: "Send claim for review" }).click();
    await expect(card.getByRole("status")).toContainText("sent");
    await moderator.goto(`/portal/moderation?queue=claims&q=${encodeURIComponent(managerEmail)}`);
    await moderator.locator("article", { hasText: managerEmail }).getByRole("button", { name: "Approve" }).click();
    await expect(moderator.getByRole("main").getByRole("status").first()).toContainText("Claim approved");
  });

  test("task 1: accepting new patients for three physicians, each shown as pending where it was made", async () => {
    await task("accepting new patients ×3", manager, async () => {
      await manager.goto(practiceUrl());
      await manager.getByTestId(`location-link-${practice.locationId}`).getByRole("link").click();
      for (const roleId of practice.roleIds) {
        const role = manager.getByTestId(`role-${roleId}`);
        await role.getByText(/^New patients:/).click();
        await role.getByLabel("Accepting new patients").selectOption("yes");
        await role.getByRole("button", { name: "Propose changes" }).click();
        await expect(role.getByRole("status")).toContainText("Sent for review as change request #");
      }
    });
    await manager.reload();
    for (const roleId of practice.roleIds) {
      const role = manager.getByTestId(`role-${roleId}`);
      await expect(role.getByLabel("Accepting new patients")).toHaveValue("yes");
      await expect(role).toContainText("Pending review: Yes (proposed by Morgan Manager");
    }
    await expect(manager.getByTestId("location-requests")).toContainText("3 edits here waiting for review");
    await expectFitsPhone(manager);
  });

  test("task 2: kyphoplasty at the location merges into the pending edit of the same physician", async () => {
    await task("kyphoplasty at a location", manager, async () => {
      const role = manager.getByTestId(`role-${practice.roleIds[0]}`);
      await role.getByRole("checkbox", { name: /Kyphoplasty/ }).check();
      await role.getByRole("button", { name: "Propose changes" }).click();
      await expect(role.getByRole("status")).toContainText("replaces request #");
    });
    await manager.reload();
    await expect(manager.getByTestId("location-requests")).toContainText("3 edits here waiting for review");
  });

  test("task 3: hours with a split shift; a bad time names the day and keeps the typing", async () => {
    await task("hours", manager, async () => {
      const loc = manager.getByTestId(`location-${practice.locationId}`);
      await loc.getByText("Address, phone, hours and map point").click();
      // The weekly hours are collapsed behind a summary of what is on file (decision 065).
      await loc.getByTestId(`hours-${practice.locationId}`).locator("summary").click();
      await loc.getByLabel("Monday opens", { exact: true }).fill("08:00");
      await loc.getByLabel("Monday closes", { exact: true }).fill("12:00");
      await loc.getByLabel("Monday opens again (optional)").fill("13:00");
      await loc.getByLabel("Monday closes again (optional)").fill("17:00");
      await loc.getByRole("button", { name: "Copy Monday to Tuesday–Friday" }).click();
      await loc.getByLabel("Friday closes", { exact: true }).fill("11:00");
      await loc.getByLabel("Friday opens", { exact: true }).fill("11:30");
      await loc.getByRole("button", { name: "Propose location changes" }).click();
      const alert = loc.getByRole("form", { name: /^Location / }).getByRole("alert");
      await expect(alert).toContainText("Friday: the opening time must be before the closing time.");
      await expect(alert).not.toContainText("Invalid");
      // Nothing typed was lost.
      await expect(loc.getByLabel("Tuesday opens again (optional)")).toHaveValue("13:00");
      await loc.getByLabel("Friday opens", { exact: true }).fill("08:00");
      await loc.getByRole("button", { name: "Propose location changes" }).click();
      await expect(loc.getByRole("form", { name: /^Location / }).getByRole("status")).toContainText("Sent for review as change request #");
    });
    await expectFitsPhone(manager);
    // Pending hours open the hours part on load, summarised with the proposed week.
    await manager.reload();
    const hours = manager.getByTestId(`hours-${practice.locationId}`);
    await expect(hours).toHaveAttribute("open", "");
    await expect(hours.locator("summary")).toContainText("Mon–Thu 08:00–12:00, 13:00–17:00");
    await expect(hours.locator("summary")).toContainText("Pending review");
  });

  test("task 4: a phone number, merged into the pending hours edit of the same location", async () => {
    await task("phone", manager, async () => {
      const loc = manager.getByTestId(`location-${practice.locationId}`);
      // The location has a pending edit, so its form is open already.
      await loc.getByLabel("Phone").fill("316-555-0142");
      await loc.getByRole("button", { name: "Propose location changes" }).click();
      await expect(loc.getByRole("form", { name: /^Location / }).getByRole("status")).toContainText("replaces request #");
    });
    await manager.reload();
    const loc = manager.getByTestId(`location-${practice.locationId}`);
    await expect(loc.getByLabel("Phone")).toHaveValue("316-555-0142");
    await expect(manager.getByTestId(`hours-${practice.locationId}`).locator("summary")).toContainText("Pending review");
    await expectFitsPhone(manager);
  });

  test("task 9: withdraw a mistaken edit", async () => {
    await task("withdraw a mistaken edit", manager, async () => {
      await manager
        .getByTestId("location-requests")
        .getByRole("link", { name: /^See every request/ })
        .click();
      const item = manager
        .locator("article", { hasText: "Waiting for review" })
        .filter({ hasText: /^Accepting new patients — / })
        .last();
      // Pinned by id: once withdrawn, the card no longer matches the filter above.
      const pinned = manager.getByTestId((await item.getAttribute("data-testid")) ?? "none");
      await pinned.getByRole("button", { name: /^Withdraw request/ }).click();
      // The card re-renders as withdrawn, with who did it.
      await expect(pinned).toContainText(`Withdrawn by ${managerEmail}`);
      await expect(pinned.getByRole("button", { name: /^Withdraw request/ })).toHaveCount(0);
    });
    await expectFitsPhone(manager);
  });

  test("task 7: a certification claimed today reaches the moderator first, and the practice sees it pending", async () => {
    await task("claim a certification", manager, async () => {
      await manager.goto(locationUrl());
      const role = manager.getByTestId(`role-${practice.roleIds[1]}`);
      await role.getByText("Languages, certifications, removal").click();
      await role.getByLabel("Certificate").fill("Pain Medicine (subspecialty)");
      await role.getByRole("button", { name: "Add certification for verification" }).click();
      await expect(role.getByRole("form", { name: /^Certification of/ }).getByRole("status")).toContainText(
        "Sent for verification as request #",
      );
    });
    await moderator.goto("/portal/moderation?queue=certifications");
    await expect(moderator.getByRole("heading", { name: /Claimed by clinics/ })).toBeVisible();
    await expect(moderator.getByRole("main")).toContainText("Pain Medicine (subspecialty)");
    await expectFitsPhone(moderator);
  });

  test("the moderator approves an edit; the public clinic page shows today as that doctor's last-confirmed date", async ({ request }) => {
    await moderator.goto(`/portal/moderation?q=${encodeURIComponent(practice.name)}&type=practitioner_role`);
    const card = moderator.locator("article").first();
    await expect(card.getByRole("table")).toContainText("Accepting new patients");
    await card.getByRole("button", { name: "Approve" }).click();
    await expect(card.getByRole("status").first()).toContainText("Approved and applied");
    await expectFitsPhone(moderator);
    const page = await request.get(`/clinics/${practice.slug}`);
    const today = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(new Date());
    // Issue 14's one rule (decision 047): a doctor's listing is dated by the older of the doctor's and the place's
    // confirmations, which the approval both moved to today; the clinic's own line stays as old as its oldest listing.
    expect(await page.text()).toMatch(new RegExp(`class="result__confirmed">Last confirmed (<!-- -->)?${today}`));
  });

  test("task 10: a conflict keeps the typing and shows it next to the value on file", async ({ browser }) => {
    // Three pages (the manager, the moderator, a second tab): on a slow 2-core box with the whole suite's servers this
    // took 1.1 min once and ran out of the default minute while clicking its last button.
    test.setTimeout(180_000);
    // A second tab is open on the practice while a colleague's edit of the same physician is approved.
    const second = await phonePage(browser);
    await second.context().addCookies(await manager.context().cookies());
    await second.goto(locationUrl());
    const roleId = practice.roleIds[2];
    await manager.goto(locationUrl());
    const elsewhere = manager.getByTestId(`role-${roleId}`);
    await elsewhere.getByText(/^New patients:/).click();
    await elsewhere.getByLabel("Accepting new patients").selectOption("unknown");
    await elsewhere.getByRole("button", { name: "Propose changes" }).click();
    await expect(elsewhere.locator("form:has(select[name=telehealth])").getByRole("status")).toContainText("change request #");
    await moderator.goto(`/portal/moderation?q=${encodeURIComponent(practice.name)}&type=practitioner_role&sort=newest`);
    await moderator.locator("article").first().getByRole("button", { name: "Approve" }).click();
    await expect(moderator.locator("article").first().getByRole("status").first()).toContainText("Approved and applied");

    await task("answer a conflict", second, async () => {
      const role = second.getByTestId(`role-${roleId}`);
      const form = role.locator("form:has(select[name=telehealth])");
      await role.getByText(/^New patients:/).click();
      await role.getByLabel("Offers telehealth visits").selectOption("yes");
      await role.getByRole("button", { name: "Propose changes" }).click();
      const alert = form.getByRole("alert");
      await expect(alert).toContainText("What you typed is kept");
      await expect(alert.getByRole("table")).toContainText("Accepting new patients");
      await expect(role.getByLabel("Offers telehealth visits")).toHaveValue("yes");
      // Keep the colleague's answer for new patients, send the telehealth change again.
      await role.getByLabel("Accepting new patients").selectOption("unknown");
      await role.getByRole("button", { name: "Propose changes" }).click();
      await expect(form.getByRole("status")).toContainText("Sent for review as change request #");
    });
    await expectFitsPhone(second);
  });

  test("task 8: everything is still correct", async () => {
    await task("confirm the listing", manager, async () => {
      await manager.goto(locationUrl());
      const box = manager.getByTestId(`completeness-${practice.locationId}`);
      await box.getByRole("button", { name: "Everything here is still correct" }).click();
      await expect(box.getByRole("status")).toContainText("last confirmed");
    });
  });

  test("task 6: add a physician by NPI", async () => {
    await task("add a physician by NPI", manager, async () => {
      const loc = manager.getByTestId(`location-${practice.locationId}`);
      await loc.getByText("Add a physician at this location").click();
      await loc.getByLabel("NPI (10 digits)").fill("1234567893");
      await loc.getByRole("button", { name: "Fill from the directory" }).click();
      await expect(loc.getByText("This NPI is not in our directory yet")).toBeVisible();
      await loc.getByLabel("First name").fill("Nora");
      await loc.getByLabel("Last name").fill("Newdoc");
      await loc.getByRole("button", { name: "Propose adding this physician" }).click();
      await expect(
        loc
          .getByRole("form", { name: /^Add a physician at/ })
          .getByRole("status")
          .last(),
      ).toContainText("Add physician Nora Newdoc (NPI 1234567893)");
    });
  });

  test("task 5: invite a colleague, who follows the link signed out and lands in the practice", async () => {
    test.setTimeout(180_000);
    await task("invite a colleague (manager)", manager, async () => {
      await manager.goto(practiceUrl());
      await manager.getByLabel("Invite a colleague (email)").fill(colleagueEmail);
      await manager.getByRole("button", { name: "Send invitation" }).click();
      await expect(manager.getByRole("main").getByRole("status").last()).toContainText("Invitation sent");
    });
    await task("join as the colleague", colleague, async () => {
      await colleague.goto(await linkFromOutbox(colleagueEmail, "/portal/invitations/accept"));
      await expect(colleague.getByRole("heading", { name: `Join ${practice.name}` })).toBeVisible();
      await expect(colleague.getByRole("main")).toContainText("Morgan Manager");
      await colleague.getByRole("main").getByRole("link", { name: "Create an account" }).click();
      await expect(colleague.getByLabel("Work email")).toHaveValue(colleagueEmail);
      await colleague.getByLabel("Your name").fill("Cam Colleague");
      await colleague.getByLabel("Password").fill(PASSWORD);
      await colleague.getByRole("button", { name: "Create account" }).click();
      await expect(colleague.getByRole("main").getByRole("status")).toContainText("Check your email");
      await colleague.goto(await linkFromOutbox(colleagueEmail, "/portal/verify-email"));
      await colleague.getByRole("button", { name: "Confirm my email" }).click();
      await signIn(colleague, colleagueEmail, PASSWORD);
      await enrolTotp(colleague);
      await colleague.getByRole("link", { name: "I have saved them: continue" }).click();
      await colleague.getByRole("button", { name: `Join ${practice.name}` }).click();
      await expect(colleague.getByRole("heading", { name: practice.name, level: 1 })).toBeVisible();
    });
    await expectFitsPhone(colleague);
  });

  test("every portal page and state fits a 375 px screen, and axe finds nothing with sections open", async () => {
    // Thirteen pages, each with every section open, through axe: minutes on a shared two-core machine.
    test.setTimeout(420_000);
    const pages: Array<[Page, string]> = [
      [manager, "/portal"],
      [manager, practiceUrl()],
      [manager, locationUrl()],
      [manager, `${practiceUrl()}/grid`],
      [manager, `${practiceUrl()}/requests`],
      [manager, `${practiceUrl()}/history`],
      [manager, "/portal/account"],
      [manager, "/portal/claim?q=spine"],
      [moderator, "/portal/moderation"],
      [moderator, "/portal/moderation?queue=certifications"],
      [moderator, "/portal/moderation?queue=claims"],
      [moderator, "/portal/moderation?queue=reports"],
      [moderator, "/portal/moderation/audit"],
    ];
    for (const [page, url] of pages) {
      await page.goto(url);
      // Every collapsed section open: the widest state.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
      await expectFitsPhone(page);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(result.violations.map((v) => `${url}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
    const signedOut = await phonePage(manager.context().browser() as Browser);
    for (const url of ["/portal/sign-in", "/portal/sign-up", "/portal/forgot-password"]) {
      await signedOut.goto(url);
      await expectFitsPhone(signedOut);
    }
  });
});
