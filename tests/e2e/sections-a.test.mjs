// The thesis, archetypes and journey sections, used as a person would — by labels and roles —
// starting from the blank template: findings appear and go as the design is filled in, every
// finding's link lands on its field, an invalid number never reaches the design, and the
// activities of a stage can be added, moved, removed and brought back with Undo.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, expectFindings, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";

const live = browserAndServer("/");

/** Opens the blank design at a section, and returns the page and its console errors. */
async function open(slug) {
  const opened = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
  await opened.page.goto(live.server.url(`#/${slug}`));
  await appReady(opened.page);
  return opened;
}

/** The findings of one rule on the page. */
const finding = (page, rule) => page.locator(`[data-rule="${rule}"]`);

/** The id of the focused element, once focus has settled after a link or button. */
async function focusedId(page, expected) {
  await page
    .waitForFunction((id) => document.activeElement?.id === id, expected, { timeout: 5000 })
    .catch(() => {});
  return page.evaluate(() => document.activeElement?.id ?? "");
}

/** A journey stage's card, by its heading ("2. Onboard"). */
const stage = (page, heading) => page.getByRole("listitem", { name: heading, exact: true });

describe("archetypes", () => {
  test("a fourth archetype makes archetypes.too-many appear, and un-choosing it makes it go", async () => {
    const { context, page, errors } = await open("archetypes");
    try {
      await expectFindings(page, "archetypes.none", 1);
      const names = ["Reseller", "Referral partner", "Agency", "Systems integrator (SI)"];
      for (const name of names.slice(0, 3)) {
        await page.getByRole("checkbox", { name: `Choose ${name}` }).check();
      }
      await expectFindings(page, "archetypes.none", 0);
      await expectFindings(page, "archetypes.three", 1);
      assert.match(await page.locator(".archetype-count").textContent(), /^3 chosen: the upper limit/);
      await expectFindings(page, "archetypes.too-many", 0);

      await page.getByRole("checkbox", { name: "Choose Systems integrator (SI)" }).check();
      await expectFindings(page, "archetypes.too-many", 1);
      assert.match(await finding(page, "archetypes.too-many").textContent(), /4 archetypes are chosen/);
      assert.match(await page.locator(".archetype-count").textContent(), /^4 chosen: over the limit of 3/);

      await page.getByRole("checkbox", { name: "Choose Agency" }).uncheck();
      await expectFindings(page, "archetypes.too-many", 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a chosen archetype opens its profile: ICP match in words, and the default share's source", async () => {
    const { context, page, errors } = await open("archetypes");
    try {
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Reseller" }) });
      await page.getByRole("checkbox", { name: "Choose Reseller" }).check();
      const icp = card.getByLabel("ICP match");
      await icp.selectOption({ label: "1: hardly any match" });
      await expectFindings(page, "archetypes.icp-mismatch", 1);
      assert.match(
        await card.getByText(/^The partner's reseller margin/).textContent(),
        /of each year's value while the client renews; the forecast costs it\. Default 30 %: .*20–40 %/,
      );
      await icp.selectOption({ label: "5: they are our ICP" });
      await expectFindings(page, "archetypes.icp-mismatch", 0);

      // Unchosen profiles stay reachable from the keyboard.
      const summary = page.getByText("Profile of Agency", { exact: false });
      await summary.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Agency" }) })
        .getByLabel("Cadence").waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("thesis", () => {
  test("a customer and friction long enough, and an owning archetype, make thesis.incomplete go", async () => {
    const { context, page, errors } = await open("thesis");
    try {
      await expectFindings(page, "thesis.incomplete", 3);
      const customer = page.getByLabel("The customer who buys faster with a partner");
      await customer.pressSequentially("Mid-market SaaS");
      await page.getByText("2 words: a statement needs at least 6").waitFor();
      assert.match(await page.locator('[data-rule="thesis.incomplete"]').first().textContent(), /slogan/);
      await customer.pressSequentially(" finance teams buying through their Salesforce integrator");
      await expectFindings(page, "thesis.incomplete", 2);

      await page.getByLabel("The friction partners remove")
        .fill("Our reps cannot get into the integrator-led evaluation until the shortlist is set");
      await expectFindings(page, "thesis.incomplete", 1);
      await page.getByLabel("The partner archetype that owns the relationship")
        .selectOption({ label: "Systems integrator (SI)" });
      await expectFindings(page, "thesis.incomplete", 0);
      await expectFindings(page, "thesis.archetype-not-chosen", 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("purposes are kept in the order chosen, each once", async () => {
    const { context, page, errors } = await open("thesis");
    try {
      await expectFindings(page, "thesis.no-purpose", 1);
      await page.getByRole("checkbox", { name: "Co-selling" }).check();
      await page.getByRole("checkbox", { name: "Service extension" }).check();
      await page.getByText("In the order chosen: Co-selling, then Service extension.").waitFor();
      await page.getByRole("checkbox", { name: "Co-selling" }).uncheck();
      await page.getByRole("checkbox", { name: "Co-selling" }).check();
      await page.getByText("In the order chosen: Service extension, then Co-selling.").waitFor();
      await expectFindings(page, "thesis.no-purpose", 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("finding links", () => {
  test("every finding's link in these sections lands with focus on a field of its own", async () => {
    const { context, page, errors } = await open("archetypes");
    try {
      // Make findings of every shape: a chosen archetype with a poor ICP match and no friction,
      // and a stage missing.
      await page.getByRole("checkbox", { name: "Choose Agency" }).check();
      await page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Agency" }) })
        .getByLabel("ICP match").selectOption({ label: "2: a few match" });
      await page.goto(live.server.url("#/journey"));
      await page.getByRole("button", { name: "Remove the manage stage" }).click();
      await expectFindings(page, "journey.missing-stage", 1);

      for (const slug of ["thesis", "archetypes", "journey"]) {
        await page.goto(live.server.url(`#/${slug}`));
        const links = page.locator(".findings .fix-link");
        // The findings come a task after the section's fields.
        await links.first().waitFor();
        const count = await links.count();
        assert.ok(count > 0, `${slug} has findings`);
        for (let i = 0; i < count; i++) {
          const rule = await page.locator(".findings [data-rule]").nth(i).getAttribute("data-rule");
          await links.nth(i).click();
          await page.waitForFunction(() => document.activeElement?.id?.startsWith("field-"), null, {
            timeout: 5000,
          });
          const landed = await page.evaluate(() => ({
            id: document.activeElement.id,
            tag: document.activeElement.tagName,
          }));
          assert.ok(["INPUT", "TEXTAREA", "SELECT", "BUTTON", "UL"].includes(landed.tag), `${rule}: ${landed.tag}`);
          await page.goto(live.server.url(`#/${slug}`));
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("links land on the exact field, from the section and from the overview", async () => {
    const { context, page, errors } = await open("thesis");
    try {
      await finding(page, "thesis.no-purpose").getByRole("link", { name: "Go to the field" }).click();
      assert.equal(await focusedId(page, "field-thesis-purposes"), "field-thesis-purposes");
      await finding(page, "thesis.no-partner-value").getByRole("link").click();
      assert.equal(
        await focusedId(page, "field-thesis-partner_value-financial"),
        "field-thesis-partner_value-financial",
      );

      await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Overview" }).click();
      await finding(page, "journey.no-offboarding").getByRole("link").click();
      assert.equal(
        await focusedId(page, "field-journey-stages-5-criteria"),
        "field-journey-stages-5-criteria",
      );
      assert.equal(new URL(page.url()).hash, "#/journey");
      assert.equal(
        await page.evaluate(() => document.activeElement.labels?.[0]?.textContent),
        "The bar: when a partner leaves",
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("journey", () => {
  test("a definition of done makes that stage's journey.no-done finding go", async () => {
    const { context, page, errors } = await open("journey");
    try {
      await expectFindings(page, "journey.no-done", 6);
      await stage(page, "1. Recruit").getByLabel("Definition of done (required)")
        .fill("Partner agreement signed, with the clients in scope written down.");
      await expectFindings(page, "journey.no-done", 5);
      const left = await finding(page, "journey.no-done").allTextContents();
      assert.ok(!left.some((t) => t.includes("The Recruit stage")), "the recruit finding went");
      assert.ok(left.some((t) => t.includes("The Onboard stage")), "the others stay");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("an invalid duration shows its error beside the field and leaves the design as it was", async () => {
    const { context, page, errors } = await open("journey");
    try {
      const onboard = stage(page, "2. Onboard").getByLabel("Target duration");
      const activate = stage(page, "3. Activate").getByLabel("Target duration");
      await onboard.fill("60");
      await activate.fill("45");
      await expectFindings(page, "journey.slow-first-deal", 1);
      const firstDeal = page.locator(".journey-first-deal");
      assert.match(await firstDeal.textContent(), /105 days.*15 days over/);

      await activate.fill("abc");
      const error = page.locator("#field-journey-stages-2-duration_days-error");
      await error.waitFor();
      assert.match(await error.textContent(), /“abc” is not a whole number/);
      assert.equal(await activate.getAttribute("aria-invalid"), "true");
      assert.match(
        await activate.getAttribute("aria-describedby"),
        /field-journey-stages-2-duration_days-error/,
      );
      assert.match(await firstDeal.textContent(), /105 days/, "the design still holds 45");
      await expectFindings(page, "journey.slow-first-deal", 1);

      // Leaving the field keeps the text and its reason; Undo restores the last valid value,
      // the blank journey's 60 days.
      await activate.blur();
      assert.equal(await activate.inputValue(), "abc");
      await page.getByRole("toolbar", { name: "Edit" }).getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(
        () => document.querySelector("#field-journey-stages-2-duration_days")?.value === "60",
      );
      assert.equal(await error.textContent(), "");
      assert.match(await firstDeal.textContent(), /120 days.*30 days over/);
      await expectFindings(page, "journey.slow-first-deal", 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("leaving a section with focus in a half-typed field, or undoing a stage's removal, breaks nothing", async () => {
    const { context, page, errors } = await open("journey");
    try {
      await stage(page, "4. Manage").getByLabel("Target duration").fill("9x");
      await page.evaluate(() => {
        location.hash = "#/thesis";
      });
      await page.getByRole("heading", { name: "Thesis", level: 2 }).waitFor();
      await page.goto(live.server.url("#/journey"));
      await page.getByRole("button", { name: "Remove the recruit stage" }).click();
      await stage(page, "1. Onboard").getByLabel("Target duration").fill("3y");
      await page.getByRole("toolbar", { name: "Edit" }).getByRole("button", { name: "Undo" }).click();
      await page.getByRole("heading", { name: "1. Recruit" }).waitFor();
      await page.locator("#field-journey-stages-0-definition_of_done").fill("Agreement signed");
      await expectFindings(page, "journey.no-done", 5);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("activities are added, moved and removed, and Undo brings a removed one back", async () => {
    const { context, page, errors } = await open("journey");
    try {
      const onboard = stage(page, "2. Onboard");
      const add = onboard.getByRole("button", { name: "Add an activity to the onboard stage" });
      for (const text of ["Kickoff call", "Certification", "Joint account mapping"]) {
        await add.click();
        // Focus lands on the new activity, ready to type.
        await page.waitForFunction(() => document.activeElement?.tagName === "INPUT");
        await page.keyboard.type(text);
      }
      const values = () =>
        onboard.locator(".journey-activity input").evaluateAll((els) => els.map((e) => e.value));
      assert.deepEqual(await values(), ["Kickoff call", "Certification", "Joint account mapping"]);

      await onboard
        .getByRole("button", { name: "Move activity “Joint account mapping” of the onboard stage up" })
        .click();
      await page.waitForFunction(
        () => document.activeElement?.getAttribute("aria-label")?.includes("Joint account mapping"),
      );
      assert.deepEqual(await values(), ["Kickoff call", "Joint account mapping", "Certification"]);
      // Focus follows the item: pressing again moves it once more.
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.textContent === "Down");
      assert.deepEqual(await values(), ["Joint account mapping", "Kickoff call", "Certification"]);
      // Each move is its own undo step.
      const edit = page.getByRole("toolbar", { name: "Edit" });
      await edit.getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(
        () => document.querySelector(".journey-stage:nth-child(2) .journey-activity input")?.value === "Kickoff call",
      );
      assert.deepEqual(await values(), ["Kickoff call", "Joint account mapping", "Certification"]);
      await edit.getByRole("button", { name: "Redo" }).click();
      await page.waitForFunction(
        () => document.querySelector(".journey-stage:nth-child(2) .journey-activity input")?.value === "Joint account mapping",
      );

      await onboard
        .getByRole("button", { name: "Remove activity “Kickoff call” of the onboard stage" })
        .click();
      const notice = page.locator(".notice");
      await notice.getByText("Removed activity “Kickoff call” of the onboard stage.").waitFor();
      assert.deepEqual(await values(), ["Joint account mapping", "Certification"]);
      await notice.getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(
        () => document.querySelectorAll(".journey-stage:nth-child(2) .journey-activity").length === 3,
      );
      assert.deepEqual(await values(), ["Joint account mapping", "Kickoff call", "Certification"]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a removed stage can be added back at its place, and the owner is chosen among the roles", async () => {
    const { context, page, errors } = await open("journey");
    try {
      await expectFindings(page, "journey.no-offboarding", 1);
      await stage(page, "6. Off-board").getByLabel("The bar: when a partner leaves")
        .fill("No results after two quarters of active enablement");
      await expectFindings(page, "journey.no-offboarding", 0);

      await page.getByRole("button", { name: "Remove the off-board stage" }).click();
      await expectFindings(page, "journey.no-offboarding", 1);
      await page.locator(".notice").getByText("Removed the off-board stage.").waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === "Add the off-board stage");
      await page.getByRole("button", { name: "Add the off-board stage" }).click();
      assert.equal(
        await focusedId(page, "field-journey-stages-5-definition_of_done"),
        "field-journey-stages-5-definition_of_done",
      );
      const headings = await page.locator(".journey-stage h3").allTextContents();
      assert.equal(headings.at(-1), "6. Off-board");
      assert.equal(await page.getByRole("button", { name: /^Add the .* stage$/ }).count(), 0);

      const owner = stage(page, "1. Recruit").getByLabel("Owner role");
      assert.deepEqual(await owner.locator("option").allTextContents(), ["No owner"]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
