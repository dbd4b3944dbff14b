// The scoreboard (with the forecast assumptions) and candidates sections, used as a person would:
// by labels and roles, from the blank template. Findings come and go as the design changes, an
// invalid number stays in its field with the reason beside it and leaves the design as it was, a
// removed candidate comes back with Undo, and a finding's link lands on its field. Screenshots at
// 360 px and 1920 px, light and dark, go to target/screenshots/sections-c/.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { appReady, expectFindings, foreignRequests, openPage } from "./support.mjs";
import { sectionLink } from "./workshop-support.mjs";
import { browserAndServer } from "./shared.mjs";

const SHOTS = resolve(import.meta.dirname, "../../target/screenshots/sections-c");

const live = browserAndServer("/");

/** Opens the app on a section of the blank design; returns what openPage returns. */
async function open(slug, options = {}) {
  const opened = await openPage(live.browser, options);
  await opened.page.goto(live.server.url(`#/${slug}`));
  await appReady(opened.page);
  return opened;
}

/** The findings of a rule shown on the page. */
function findings(page, rule) {
  return page.locator(`li[data-rule="${rule}"]`);
}

/**
 * Clicks the Add button of a list and waits until the new item's name field, the `index`-th of
 * the list at document path `list`, has focus. Returns that field.
 */
async function add(page, button, nameLabel, list) {
  const fields = page.getByLabel(nameLabel, { exact: true });
  const index = await fields.count();
  await page.getByRole("button", { name: button, exact: true }).click();
  const id = `field-${list.replaceAll(".", "-")}-${index}-name`;
  await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 5000 });
  return fields.nth(index);
}

/** Adds a metric called `name`. */
async function addMetric(page, name) {
  await (await add(page, "Add metric", "Metric name", "scoreboard.metrics")).fill(name);
  return item(page, name);
}

/** The list item of the candidate or metric whose heading names it. */
function item(page, name) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: false }) });
}

/** Adds a candidate called `name` and returns its list item. */
async function addCandidate(page, name) {
  await (await add(page, "Add candidate", "Candidate name", "candidates.candidates")).fill(name);
  return item(page, name);
}

describe("the scoreboard section", () => {
  test("activity metrics alone leave no output metric; a lagging output metric settles it", async () => {
    const { context, page, errors, requests } = await open("scoreboard");
    try {
      await expectFindings(page, "scoreboard.activity-only", 1);
      await expectFindings(page, "scoreboard.missing-leading", 4);

      await addMetric(page, "Certified partners");
      const reps = await addMetric(page, "Active partner reps");
      assert.equal(
        await reps.getByLabel("Family", { exact: true }).locator("option:checked").textContent(),
        "Capacity (leading)",
        "a new metric takes the next family not yet measured",
      );
      assert.match(
        await reps.getByLabel("Kind", { exact: true }).locator("option:checked").textContent(),
        /Activity/,
      );
      await expectFindings(page, "scoreboard.missing-leading", 2);
      await expectFindings(page, "scoreboard.activity-only", 1);
      assert.match(
        await page.getByText("Leading families still missing").textContent(),
        /motion and conversion/,
      );

      const metric = await addMetric(page, "Partner-sourced pipeline");
      await metric.getByLabel("Family", { exact: true }).selectOption({ label: "Partner-sourced pipeline (lagging)" });
      await metric.getByLabel("Kind", { exact: true }).selectOption({ label: "Output (result)" });
      await expectFindings(page, "scoreboard.activity-only", 0);
      await page.getByText("A lagging (output) metric is measured.").waitFor();

      // One target per forecast quarter: twelve by default, eight when the horizon shrinks.
      assert.equal(await metric.getByLabel(/^Q\d+ target$/).count(), 12);
      await page.getByLabel("Quarters forecast").selectOption({ label: "8 quarters" });
      await page.waitForFunction(
        () => document.querySelectorAll("input[id^='field-scoreboard-metrics-2-quarterly_targets-']").length === 8,
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests, live.server.origin), []);
    } finally {
      await context.close();
    }
  });

  test("a share target under its year's floor is a finding, with the forecast's share beside it", async () => {
    const { context, page, errors } = await open("scoreboard");
    try {
      // The blank design sets no targets: one finding per year, at the list.
      await expectFindings(page, "scoreboard.below-floor", 3);
      const year1 = page.getByLabel("Year 1 target");
      await year1.fill("10");
      await page
        .locator('li[data-rule="scoreboard.below-floor"]', { hasText: "10 % is under the 15 % floor" })
        .waitFor();
      await year1.fill("15");
      await page.waitForFunction(
        () =>
          ![...document.querySelectorAll('li[data-rule="scoreboard.below-floor"]')].some((li) =>
            li.textContent.includes("Year 1"),
          ),
      );
      await expectFindings(page, "scoreboard.below-floor", 2);
      assert.match(await page.getByText(/Forecast: .* in year 1/).textContent(), /floor/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("an invalid target shows why beside its field and leaves the design as it was", async () => {
    const { context, page, errors } = await open("scoreboard");
    try {
      await addMetric(page, "Registered deals");
      const q1 = page.getByLabel("Q1 target");
      await q1.fill("12");
      await q1.fill("-3");
      const error = page.locator("#field-scoreboard-metrics-0-quarterly_targets-0-error");
      assert.equal(await error.textContent(), "Expected a target of 0 or more, not -3.");
      assert.equal(await q1.getAttribute("aria-invalid"), "true");
      assert.match(await q1.getAttribute("aria-describedby"), /quarterly_targets-0-error/);
      assert.equal(await q1.inputValue(), "-3", "the text stays in the field");

      // A share target over 100 % is refused too: the year's finding still says it has none.
      await page.getByLabel("Year 1 target").fill("140");
      await page.getByText("Expected a percentage from 0 to 100, not 140.").waitFor();
      await page
        .locator('li[data-rule="scoreboard.below-floor"]', { hasText: "Year 1 has no partner-sourced share target" })
        .waitFor();

      // Leave the section and come back: the fields show what the design holds.
      await page.getByRole("link", { name: "Candidates", exact: true }).click();
      await page.getByRole("link", { name: "Scoreboard", exact: true }).click();
      assert.equal(await page.getByLabel("Q1 target").inputValue(), "12");
      assert.equal(await page.getByLabel("Year 1 target").inputValue(), "");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a finding's link focuses the field to fix", async () => {
    const { context, page, errors } = await open("scoreboard");
    try {
      await page.getByLabel("Year 2 target").fill("20");
      const finding = page.locator('li[data-rule="scoreboard.below-floor"]', { hasText: "Year 2's" });
      await page.getByLabel("Registration to pipeline").focus();
      await finding.getByRole("link", { name: "Go to the field" }).click();
      await page.waitForFunction(
        () => document.activeElement?.id === "field-scoreboard-sourced_share_targets-1",
        null,
        { timeout: 5000 },
      );
      // A finding about the metrics as a whole lands on their Add button.
      await findings(page, "scoreboard.activity-only").getByRole("link", { name: "Go to the field" }).click();
      await page.waitForFunction(() => document.activeElement?.id === "field-scoreboard-metrics", null, {
        timeout: 5000,
      });
      assert.equal(
        await page.evaluate(() => document.activeElement.textContent.trim()),
        "Add metric",
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("the candidates section", () => {
  test("selecting eleven candidates for launch is too many", async () => {
    const { context, page, errors } = await open("candidates");
    try {
      for (let n = 1; n <= 11; n += 1) {
        await addCandidate(page, `Partner ${n}`);
      }
      const boxes = page.getByLabel("Selected for launch");
      for (let n = 0; n < 10; n += 1) await boxes.nth(n).check();
      await expectFindings(page, "candidates.too-many", 0);
      await boxes.nth(10).check();
      await expectFindings(page, "candidates.too-many", 1);
      assert.match(await findings(page, "candidates.too-many").textContent(), /11 candidates are selected/);

      // Its link lands on the eleventh candidate's checkbox.
      await findings(page, "candidates.too-many").getByRole("link", { name: "Go to the field" }).click();
      await page.waitForFunction(
        () => document.activeElement?.id === "field-candidates-candidates-10-selected",
        null,
        { timeout: 5000 },
      );
      await boxes.nth(10).uncheck();
      await expectFindings(page, "candidates.too-many", 0);
      assert.match(
        await page.getByRole("table", { name: "Candidates ranked by weighted score" }).innerText(),
        /Partner 11/,
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a red flag fails a selected candidate whatever its score, and says so beside it", async () => {
    const { context, page, errors } = await open("candidates");
    try {
      const acme = await addCandidate(page, "Acme Integrators");
      const ratings = acme.getByLabel(/ rating for Acme Integrators$/);
      // The labels take the name typed a frame later, with everything derived from the fields.
      await ratings.first().waitFor();
      assert.equal(await ratings.count(), 8, "one rating per criterion");
      for (let i = 0; i < 8; i += 1) await ratings.nth(i).selectOption({ label: "5 – excellent" });
      await acme.getByLabel("Selected for launch").check();
      await acme.getByText("Score 100 / 100: passes.").waitFor();
      await expectFindings(page, "candidates.below-bar", 0);
      const launchSet = page.getByRole("list", { name: "Recommended launch set" });
      await launchSet.getByText("Acme Integrators").waitFor();
      assert.equal((await launchSet.innerText()).trim(), "Acme Integrators");

      await acme.getByLabel("One-sided interest").check();
      await expectFindings(page, "candidates.below-bar", 1);
      assert.match(await findings(page, "candidates.below-bar").textContent(), /red flag: one-sided interest/);
      const verdict = await acme.getByText(/^Score 100 \/ 100: fails/).textContent();
      assert.match(verdict, /fails — red flag: one-sided interest/);
      await findings(page, "candidates.below-bar").getByRole("link", { name: "Go to the field" }).click();
      await page.waitForFunction(
        () => document.activeElement?.id === "field-candidates-candidates-0-red_flags",
        null,
        { timeout: 5000 },
      );
      // Back later, the candidate shows closed: a line sums up its details, and the finding's
      // link lands on the button that opens them.
      await page.getByRole("link", { name: "Scoreboard", exact: true }).click();
      await page.getByRole("link", { name: "Candidates", exact: true }).click();
      await acme.getByText("Rated on 8 of 8 criteria; red flag: one-sided interest.").waitFor();
      await findings(page, "candidates.below-bar").getByRole("link", { name: "Go to the field" }).click();
      await page.waitForFunction(
        () => document.activeElement?.id === "field-candidates-candidates-0",
        null,
        { timeout: 5000 },
      );
      await page.keyboard.press("Enter");
      await acme.getByLabel("One-sided interest").waitFor();
      const row = page.getByRole("row", { name: /Acme Integrators/ });
      assert.match(await row.innerText(), /Fails/);

      await page.getByText("No candidate passes yet, so there is nothing to recommend.").waitFor();

      await acme.getByLabel("One-sided interest").uncheck();
      await expectFindings(page, "candidates.below-bar", 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a removed candidate comes back with Undo", async () => {
    const { context, page, errors } = await open("candidates");
    try {
      await addCandidate(page, "Acme Integrators");
      await addCandidate(page, "Beta Agency");
      await page.getByRole("button", { name: "Remove candidate “Acme Integrators”" }).click();
      const notice = page.getByRole("status").filter({ hasText: "Removed candidate “Acme Integrators”." });
      await notice.waitFor();
      assert.equal(await page.getByLabel("Candidate name").count(), 1);
      assert.equal(await page.getByLabel("Candidate name").inputValue(), "Beta Agency");

      await notice.getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(() => document.querySelectorAll("[id$='-name'][id^='field-candidates-candidates-']").length === 2);
      assert.equal(await page.getByLabel("Candidate name").nth(0).inputValue(), "Acme Integrators");
      assert.equal(await page.getByLabel("Candidate name").nth(1).inputValue(), "Beta Agency");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("each candidate and criterion is a list item named after it, so its fields are told apart", async () => {
    const { context, page, errors } = await open("candidates");
    try {
      await addCandidate(page, "Acme Integrators");
      await addCandidate(page, "Beta Agency");
      const beta = page.getByRole("listitem", { name: "2. Beta Agency", exact: true });
      await beta.waitFor();
      assert.equal(await beta.getByLabel("Candidate name").inputValue(), "Beta Agency");
      assert.equal(await page.getByRole("listitem", { name: "1. Acme Integrators", exact: true }).count(), 1);
      const criterion = page.getByRole("listitem", { name: "Criterion “ICP / client overlap”", exact: true });
      assert.equal(await criterion.getByLabel("Criterion", { exact: true }).inputValue(), "ICP / client overlap");

      await page.goto(live.server.url("#/scoreboard"));
      await addMetric(page, "Partner-sourced pipeline");
      const metric = page.getByRole("listitem", { name: "1. Partner-sourced pipeline", exact: true });
      await metric.waitFor();
      assert.equal(await metric.getByLabel("Metric name").inputValue(), "Partner-sourced pipeline");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("criteria weigh as shares of their total, and reorder", async () => {
    const { context, page, errors } = await open("candidates");
    try {
      const first = page.getByRole("listitem").filter({ has: page.getByLabel("Criterion", { exact: true }) }).first();
      assert.match(await first.innerText(), /20 % of the total weight/);
      await page.getByLabel("Weight", { exact: true }).first().fill("120");
      await page.getByText("Expected a weight from 0 to 100, not 120.").waitFor();
      await page.getByLabel("Weight", { exact: true }).first().fill("0");
      // 0 of 80: the other criteria now share the whole weight.
      await page.getByText("0 % of the total weight").waitFor();
      await page.getByRole("button", { name: "Move criterion “ICP / client overlap” down" }).click();
      assert.equal(await page.getByLabel("Criterion", { exact: true }).nth(1).inputValue(), "ICP / client overlap");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("the two sections on a phone and a projector, light and dark", () => {
  test("screenshots at 360 px and 1920 px with nothing wider than the screen", async () => {
    await mkdir(SHOTS, { recursive: true });
    const { context, page, errors } = await open("scoreboard", { viewport: { width: 1920, height: 1080 } });
    try {
      await addMetric(page, "Certified partners by archetype");
      await addMetric(page, "Partner-sourced pipeline");
      await page.getByLabel("Year 1 target").fill("12");
      await page.getByLabel("Q1 target").first().fill("abc");
      await page.getByRole("link", { name: "Candidates", exact: true }).click();
      const acme = await addCandidate(page, "Acme Integrators, a long-named systems integration partner");
      await acme.getByLabel("Selected for launch").check();
      await acme.getByLabel("Vague commitments").check();
      const beta = await addCandidate(page, "Beta Agency");
      const ratings = beta.getByLabel(/ rating for Beta Agency$/);
      for (let i = 0; i < 8; i += 1) await ratings.nth(i).selectOption({ label: "4 – strong" });

      for (const scheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [360, 1920]) {
          await page.setViewportSize({ width, height: width === 360 ? 780 : 1080 });
          for (const slug of ["scoreboard", "candidates"]) {
            await (await sectionLink(page, slug === "scoreboard" ? "Scoreboard" : "Candidates")).click();
            await page.waitForFunction((s) => location.hash === `#/${s}`, slug);
            if (slug === "candidates") {
              const details = page.getByRole("button", { name: /ratings, red flags and notes of Acme/ });
              if ((await details.getAttribute("aria-expanded")) === "false") await details.click();
            }
            // Let the charts redraw for the new width (a ResizeObserver), as a resized window does.
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            const culprits = await page.evaluate(() =>
              [...document.querySelectorAll("main *")]
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
                .filter((el) => el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
            );
            assert.ok(
              overflow <= 0,
              `${slug} at ${width} px is ${overflow} px wider than the screen: ${culprits.join(", ")}`,
            );
            // Candidates off the screen are not painted until scrolled to; the whole page is. Set
            // through the CSS object model, which the Content-Security-Policy allows.
            await page.evaluate(() => {
              for (const el of document.querySelectorAll(".candidates-chunk, .candidates-item, .candidates-ranking")) {
                el.style.contentVisibility = "visible";
              }
            });
            await page.screenshot({ path: `${SHOTS}/${slug}-${width}-${scheme}.png`, fullPage: true });
          }
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
