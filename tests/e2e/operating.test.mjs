// The operating model section, used as a person would: by labels, roles and the names of
// buttons. The app starts on the blank template, which has no roles, tiers or metrics, so every
// test builds what it needs and watches the section's findings appear and go as it types.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { appReady, foreignRequests, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";

const SHOTS = resolve(import.meta.dirname, "../../target/screenshots");

const live = browserAndServer("/");

/** Opens a fresh page on the operating model section of the blank design. */
async function openOperating(options = {}) {
  const opened = await openPage(live.browser, options);
  await opened.page.goto(live.server.url("#/operating-model"));
  await appReady(opened.page);
  await expectHeading(opened.page, "Operating model");
  return opened;
}

function expectHeading(page, label) {
  return page.waitForFunction(
    (l) => document.querySelector("h2#section-heading")?.textContent === l,
    label,
    { timeout: 5000 },
  );
}

/** The section's own findings list. */
function health(page) {
  return page.getByRole("region", { name: "Health of this mechanic" });
}

/** The finding of a rule in the section's list. */
function finding(page, rule) {
  return health(page).locator(`[data-rule="${rule}"]`);
}

/** The id of the element that has focus, once it is `id` (focus moves after a render). */
function expectFocus(page, id) {
  return page
    .waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 })
    .catch(async () => {
      const got = await page.evaluate(() => document.activeElement?.id);
      assert.fail(`expected focus on #${id}, found #${got}`);
    });
}

async function tierHeadings(page) {
  const names = await page.locator(".operating-item h4").allTextContents();
  return names.filter((n) => n.startsWith("Tier "));
}

async function addTier(page, name, rate) {
  await page.getByRole("button", { name: "Add a tier above the others" }).click();
  const tier = page.getByRole("listitem", { name: /New tier$/ });
  await tier.getByLabel("Tier name").fill(name);
  if (rate !== undefined) {
    await page.getByRole("listitem", { name: new RegExp(`: ${name}$`) }).getByLabel("Commission rate").fill(rate);
  }
}

describe("the operating model section", () => {
  test("a new role owns no number until it is given one; removing it clears the finding and Undo brings both back", async () => {
    const { context, page, errors, requests } = await openOperating();
    try {
      assert.equal(await finding(page, "roles.no-number").count(), 0, "no role, no finding");
      await page.getByRole("button", { name: "Add a role" }).click();
      await expectFocus(page, "field-operating-roles-0-title");
      await page.keyboard.type("Partner ops");
      const noNumber = finding(page, "roles.no-number");
      await noNumber.filter({ hasText: "Partner ops owns" }).waitFor();
      // Blank has no scoreboard metric yet: the finding says where the number comes from.
      assert.match(await noNumber.textContent(), /Partner ops owns no number yet: the scoreboard has no metrics/);
      assert.equal(
        await page.getByRole("heading", { name: "1. Partner ops (to hire)" }).count(),
        1,
        "an empty person reads as to hire",
      );

      await page.getByRole("button", { name: "Remove role “Partner ops”" }).click();
      await noNumber.waitFor({ state: "detached" });
      const notice = page.getByRole("status").filter({ hasText: "Removed role “Partner ops”." });
      await notice.waitFor();
      await expectFocus(page, "field-operating-roles");

      await notice.getByRole("button", { name: "Undo" }).click();
      await noNumber.filter({ hasText: "Partner ops owns" }).waitFor();
      assert.match(await noNumber.textContent(), /Partner ops owns no number/);
      assert.equal(await page.getByLabel("Title").inputValue(), "Partner ops");
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests, live.server.origin), []);
    } finally {
      await context.close();
    }
  });

  test("a hire dated before the design is complete is critical until the dates are in order", async () => {
    const { context, page, errors } = await openOperating();
    try {
      const rule = finding(page, "timeline.hire-before-design");
      assert.equal(await rule.count(), 0, "the blank design hires in week 8, after the design");
      const weeks = (await page.locator(".operating-readout").filter({ hasText: "Week" }).allTextContents()).map((t) =>
        t.replace(/ on .*/, ""),
      );
      assert.deepEqual(weeks, ["Week 6 from the kickoff", "Week 8 from the kickoff"], "002: design in weeks 1–6, hire in week 8");
      await page.getByLabel("Design complete").fill("2030-06-28");
      await page.getByLabel("Partnerships hire starts").fill("2030-06-03");
      // The first date alone may already put the hire first: wait for the finding about both.
      await rule.filter({ hasText: "2030-06-03" }).waitFor();
      assert.match(await rule.textContent(), /2030-06-03.*before the design is complete \(2030-06-28\)/);
      assert.match(await rule.textContent(), /Critical/);

      await page.getByLabel("Partnerships hire starts").fill("2030-07-15");
      await rule.waitFor({ state: "detached" });
      const readouts = await page.locator(".operating-readout").allTextContents();
      assert.ok(readouts.some((t) => /^Week \d+ from the kickoff on \d{4}-\d\d-\d\d\.$/.test(t)), readouts.join(" | "));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a higher tier that pays less than the one below it is critical, and its link lands on the rate", async () => {
    const { context, page, errors } = await openOperating();
    try {
      await addTier(page, "Silver", "15");
      await addTier(page, "Gold");
      const rule = finding(page, "tiers.not-monotonic");
      assert.equal(await rule.count(), 0, "a new tier starts where the top tier is");

      const gold = page.getByRole("listitem", { name: "Tier 2 (highest): Gold" });
      await gold.getByLabel("Commission rate").fill("10");
      await rule.waitFor();
      assert.match(await rule.textContent(), /Gold pays a lower commission \(10 %\) than Silver \(15 %\)/);

      await rule.getByRole("link", { name: "Go to the field" }).click();
      await expectFocus(page, "field-operating-tiers-1-commission_rate");

      await gold.getByLabel("Commission rate").fill("20");
      await rule.waitFor({ state: "detached" });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a finding waits for a pause in typing, so a value only passed through never flashes one up", async () => {
    const { context, page, errors } = await openOperating();
    try {
      await addTier(page, "Silver", "15");
      await addTier(page, "Gold");
      // Counts the changes to the page after which the finding is on it, however briefly.
      await page.evaluate(() => {
        window.__shown = 0;
        new MutationObserver(() => {
          if (document.querySelector('[data-rule="tiers.not-monotonic"]')) window.__shown += 1;
        }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      });
      const rate = page.getByRole("listitem", { name: "Tier 2 (highest): Gold" }).getByLabel("Commission rate");
      await rate.selectText();
      // 2 % is less than Silver's 15 % for a moment; 25 % is not.
      await rate.pressSequentially("25", { delay: 120 });
      await page.waitForTimeout(1000);
      assert.equal(await page.evaluate(() => window.__shown), 0, "the finding never appeared");
      assert.equal(await finding(page, "tiers.not-monotonic").count(), 0);

      // A value that stays raises it, once typing pauses.
      await rate.selectText();
      await rate.pressSequentially("12", { delay: 120 });
      await finding(page, "tiers.not-monotonic").waitFor();
      assert.match(await finding(page, "tiers.not-monotonic").textContent(), /Gold pays a lower commission \(12 %\)/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("an invalid amount is explained beside its field and leaves the design as it was", async () => {
    const { context, page, errors } = await openOperating();
    try {
      await page.getByRole("button", { name: "Add a role" }).click();
      const cost = page.getByLabel("Annual cost, all-in");
      await cost.fill("250000");
      await cost.fill("250k");
      const error = page.locator("#field-operating-roles-0-annual_cost-error");
      assert.match(await error.textContent(), /“250k” is not an amount/);
      assert.equal(await cost.getAttribute("aria-invalid"), "true");
      assert.match(await cost.getAttribute("aria-describedby"), /field-operating-roles-0-annual_cost-error/);
      assert.equal(await cost.inputValue(), "250k", "the half-typed text stays in the field");

      // Leaving the section drops the text typed; the field shows what the design holds.
      const nav = page.getByRole("navigation", { name: "Sections" });
      await nav.getByRole("link", { name: "Firm profile" }).click();
      await expectHeading(page, "Firm profile");
      await nav.getByRole("link", { name: "Operating model" }).click();
      await expectHeading(page, "Operating model");
      assert.equal(await page.getByLabel("Annual cost, all-in").inputValue(), "250000");
      assert.equal(await page.locator("#field-operating-roles-0-annual_cost-error").textContent(), "");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("tiers move up and down, focus follows the tier moved, and Undo puts it back", async () => {
    const { context, page, errors } = await openOperating();
    try {
      await addTier(page, "Registered");
      await addTier(page, "Gold");
      assert.deepEqual(await tierHeadings(page), ["Tier 1 (lowest): Registered", "Tier 2 (highest): Gold"]);
      assert.equal(await page.getByRole("button", { name: "Move tier “Gold” down" }).isDisabled(), true);

      await page.getByRole("button", { name: "Move tier “Gold” up" }).click();
      await expectFocus(page, "field-operating-tiers-0");
      assert.deepEqual(await tierHeadings(page), ["Tier 1 (lowest): Gold", "Tier 2 (highest): Registered"]);
      assert.equal(await page.getByRole("button", { name: "Move tier “Gold” up" }).isDisabled(), true);

      await page.getByRole("button", { name: "Move tier “Gold” down" }).click();
      await expectFocus(page, "field-operating-tiers-1");
      assert.deepEqual(await tierHeadings(page), ["Tier 1 (lowest): Registered", "Tier 2 (highest): Gold"]);

      await page.getByRole("toolbar", { name: "Edit" }).getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(() =>
        document.querySelector(".operating-item h4")?.textContent === "Tier 1 (lowest): Gold",
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a finding's link on the overview opens the section with its field focused", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await page.goto(live.server.url("#/overview"));
      await appReady(page);
      const all = page.getByRole("region", { name: "Health findings" });
      await all.locator('[data-rule="attribution.missing"]').getByRole("link", { name: "Go to the field" }).click();
      await expectHeading(page, "Operating model");
      await expectFocus(page, "field-operating-attribution-sourced-definition");
      assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), "Sourced: definition");

      // A finding about the roles as a whole lands on the button that adds one.
      await finding(page, "roles.no-sponsor").getByRole("link", { name: "Go to the field" }).click();
      await expectFocus(page, "field-operating-roles");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Add a role");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("every finding of the section links to a field", async () => {
    const { context, page, errors } = await openOperating();
    try {
      // Fill enough for the rules about items to fire too.
      await page.getByRole("button", { name: "Add a role" }).click();
      await page.getByLabel("Person").fill("Ada");
      await page.getByLabel("Kind of role").selectOption({ label: "Executive sponsor" });
      await page.getByLabel("Share of time").fill("5");
      await addTier(page, "Silver", "15");
      await addTier(page, "Gold", "10");
      await page.getByLabel("Sourced: definition").fill("The partner brought the lead, registered first.");
      await page.getByLabel("Partners register deals").check();
      await page.getByLabel("When several claim one deal").selectOption({ label: "A rule of our own, described below" });
      await page.getByLabel("A PRM from program quarter").fill("1");
      await page.getByLabel("Answered within").fill("72");
      await page.getByLabel("Partnerships hire starts").fill("2000-01-03");
      await finding(page, "tiers.not-monotonic").waitFor();

      const rules = await health(page).locator("[data-rule]").evaluateAll((items) => items.map((i) => i.dataset.rule));
      assert.ok(rules.length >= 12, `many findings to follow, found ${rules.join(", ")}`);
      for (const [index, rule] of rules.entries()) {
        // The sequence rule points at the earlier mechanic's field, in the thesis section.
        if (rule.startsWith("sequence.")) continue;
        await health(page).locator("[data-rule]").nth(index).getByRole("link", { name: "Go to the field" }).click();
        const landed = await page.waitForFunction(
          () => {
            const el = document.activeElement;
            return el && el.id.startsWith("field-operating-") && ["INPUT", "SELECT", "TEXTAREA", "BUTTON"].includes(el.tagName)
              ? el.id
              : false;
          },
          null,
          { timeout: 5000 },
        ).catch(() => null);
        assert.ok(landed, `the link of ${rule} lands on a field`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("the links at the top move to each part without leaving the section", async () => {
    const { context, page, errors } = await openOperating();
    try {
      const parts = page.getByRole("navigation", { name: "Parts of the operating model" });
      for (const part of ["Roles", "Attribution", "Deal registration", "Tiers", "Compensation", "Tooling", "Timeline"]) {
        await parts.getByRole("link", { name: part, exact: true }).click();
        const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent]);
        assert.deepEqual(focused, ["H3", part]);
        assert.equal(new URL(page.url()).hash, "#/operating-model");
      }
      await parts.getByRole("link", { name: "Findings" }).click();
      await expectFocus(page, "operating-findings");

      // A link that names a part opens the section there.
      await page.goto(live.server.url("#/operating-model/tiers"));
      await expectFocus(page, "operating-tiers");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a PRM quarter shows the forecast's active partners then, and a PRM before 25 of them is a warning", async () => {
    const { context, page, errors } = await openOperating();
    try {
      const rule = finding(page, "tooling.prm-too-early");
      assert.equal(await rule.count(), 0, "no PRM planned");
      await page.getByLabel("A PRM from program quarter").fill("4");
      const readout = page.locator(".operating-readout").filter({ hasText: "Forecast for quarter 4" });
      await readout.waitFor();
      const [, active] = (await readout.textContent()).match(/quarter 4: ([\d.]+) active partners \(002: 25 or more\)\.$/);
      await rule.waitFor();
      assert.match(await rule.textContent(), new RegExp(`quarter 4, when the forecast has ${active.replace(".", "\\.")} active partners`));

      await page.getByLabel("A PRM from program quarter").fill("41");
      assert.match(await page.locator("#field-operating-tooling-prm_from_quarter-error").textContent(), /from 1 to 40/);
      await page.getByLabel("A PRM from program quarter").fill("");
      await rule.waitFor({ state: "detached" });
      assert.equal(await page.locator(".operating-readout").filter({ hasText: "Forecast" }).count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("switching the fee model shows its own figures, and a volume band must start above the one before it", async () => {
    const { context, page, errors } = await openOperating();
    try {
      const trigger = finding(page, "compensation.no-trigger");
      assert.equal(await trigger.count(), 2, "no trigger and no payment timing on the blank design");
      await page.getByLabel("What earns the fee").selectOption({ label: "A closed deal" });
      await page.getByLabel("Paid after the client pays").fill("30");
      await trigger.first().waitFor({ state: "detached" });

      await page.getByLabel("Fee model").selectOption({ label: "By involvement" });
      assert.equal(await page.getByLabel("Passive referral").inputValue(), "7.5");
      assert.equal(await page.getByLabel("Active selling").inputValue(), "22.5");

      await page.getByLabel("Fee model").selectOption({ label: "Tiered by volume" });
      const starts = [1, 2, 3].map((n) => page.getByLabel(`Band ${n}: from`));
      assert.deepEqual(await Promise.all(starts.map((s) => s.inputValue())), ["1", "4", "11"]);
      await starts[1].fill("1");
      const error = page.locator("#field-operating-compensation-model-bands-1-from_referrals-error");
      assert.match(await error.textContent(), /Start above the band before it, which starts from 1 referrals/);
      await starts[1].fill("12");
      assert.match(await error.textContent(), /Start below the band after it, which starts from 11 referrals/);
      await starts[1].fill("5");
      assert.equal(await error.textContent(), "");

      await page.getByRole("button", { name: "Remove band from 11 referrals" }).click();
      await page.getByLabel("Band 3: from").waitFor({ state: "detached" });
      await page.getByRole("button", { name: "Add a band" }).click();
      await expectFocus(page, "field-operating-compensation-model-bands-2-from_referrals");
      assert.equal(await page.getByLabel("Band 3: from").inputValue(), "6");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("the operating model section on a phone and on a projector", () => {
  for (const [width, height] of [[360, 780], [1920, 1080]]) {
    for (const colorScheme of ["light", "dark"]) {
      test(`at ${width} px in ${colorScheme} mode nothing overflows the page`, async () => {
        const { context, page, errors } = await openOperating({ viewport: { width, height }, colorScheme });
        try {
          await page.getByRole("button", { name: "Add a role" }).click();
          await page.getByLabel("Title").fill("Director of Partnerships");
          await page.getByLabel("Annual cost, all-in").fill("250k");
          await addTier(page, "Registered");
          await page.getByLabel("Fee model").selectOption({ label: "Tiered by volume" });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
          await mkdir(SHOTS, { recursive: true });
          await page.screenshot({ path: `${SHOTS}/operating-${width}-${colorScheme}.png`, fullPage: true });
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
