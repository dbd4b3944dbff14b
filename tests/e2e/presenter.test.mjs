// Workshop mode as the person running the room meets it: the presenter view of the Series B
// design on a 1920 × 1080 projector, one step at a time in large type, its clock (driven here by
// a clock the test controls) marking an overrun, next and previous through the agenda, a time
// box changed; a decision taken in the room, then found in its section, after a reload, in the
// exported file imported again, and in the Markdown. And a phone: the header folds into a menu.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { downloadFrom, openApp, openDesigns, startFrom, waitStatus } from "./persist-support.mjs";

const live = browserAndServer("/");
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
const SERIES_B = "Ledgerline partner program: integrator-led growth";

/** The smallest font size, in CSS pixels, of any visible text in the presenter's step. */
function smallestType(page) {
  return page.evaluate(() => {
    const view = document.querySelector(".presenter-step-view");
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let smallest = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el.checkVisibility()) continue;
      if (el.closest(".visually-hidden, .sr-only, canvas, table.chart-table")) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest;
  });
}

/** The presenter view's clock, as it reads. */
/**
 * What `read` gives once `ok` holds of it, looking again for up to five seconds as a person
 * would: after a move between steps the view follows on its next render, not at once.
 */
async function settled(read, ok) {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** Checks that the step's clock reads `pattern`, once the view has followed a move. */
async function clockShows(page, pattern, message) {
  const timer = page.getByRole("timer", { name: "Time on this step" });
  const text = await settled(async () => (await timer.textContent()).trim(), (t) => pattern.test(t));
  assert.match(text, pattern, message);
}

/** The step's heading, once the view has followed a move to `step`. */
async function headingOf(page, step) {
  const heading = page.getByRole("heading", { level: 1 });
  return settled(async () => (await heading.textContent()).trim(), (t) => t === step);
}

describe("workshop mode", () => {
  test("the presenter view: one step in large type, a clock that marks an overrun, next and previous", async () => {
    const { context, page, errors } = await openPage(live.browser, PROJECTOR);
    try {
      await page.clock.install({ time: new Date("2026-12-03T09:00:00Z") });
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await page.getByRole("link", { name: "Workshop mode" }).click();
      await page.waitForURL(/#\/present\/thesis$/);

      assert.equal(await headingOf(page, "Thesis"), "Thesis");
      assert.equal(await page.locator(".presenter-heading").count(), 1, "one step at a time");
      assert.match(await page.locator(".presenter-step").textContent(), /Step 1 of 7/);
      // The step's key fields (the thesis's statements), its findings and its key chart.
      await page.getByRole("region", { name: "Findings" }).waitFor();
      await page.locator(".presenter-chart figure canvas").waitFor();
      assert.ok((await page.locator(".key-fields").textContent()).length > 40, "the key fields are shown");
      const smallest = await smallestType(page);
      assert.ok(smallest >= 24, `every text of the step is at least 24 px, smallest ${smallest}`);

      // The clock runs only once started, and says when the 20-minute box is past.
      await clockShows(page, /^0:00 of 20 min\s+20:00 left$/);
      await page.getByRole("button", { name: "Start clock" }).click();
      await page.clock.fastForward("19:30");
      await clockShows(page, /^19:30 of 20 min\s+0:30 left$/);
      assert.equal(await page.locator(".step-clock.over").count(), 0);
      await page.clock.fastForward("01:05");
      await clockShows(page, /^20:35 of 20 min\s+Over by 0:35$/);
      assert.equal(await page.locator(".step-clock.over").count(), 1, "the overrun is marked");

      // Next moves the room, and the clock with it; previous comes back to the time spent.
      await page.getByRole("button", { name: "Next step" }).click();
      await page.waitForURL(/#\/present\/archetypes$/);
      assert.equal(await headingOf(page, "Archetypes"), "Archetypes");
      await page.locator(".key-fields table").first().waitFor();
      const inTables = await smallestType(page);
      assert.ok(inTables >= 24, `the step's tables are at least 24 px too, smallest ${inTables}`);
      await page.clock.fastForward("02:00");
      await clockShows(page, /^2:00 of 20 min/);
      await page.keyboard.press("ArrowLeft");
      await page.waitForURL(/#\/present\/thesis$/);
      await clockShows(page, /^20:35 of 20 min\s+Over by 0:35$/);

      // A longer time box takes the overrun away, and the agenda's total follows.
      await page.getByRole("button", { name: "Agenda" }).click();
      const agenda = page.getByRole("region", { name: "Agenda" });
      assert.match(await agenda.locator(".agenda-total").textContent(), /Total 120 minutes/);
      const box = agenda.getByLabel("Thesis time box");
      await box.fill("30");
      await box.press("Tab");
      await page.waitForFunction(() => !document.querySelector(".step-clock.over"));
      await clockShows(page, /^20:35 of 30 min\s+9:25 left$/);
      assert.match(await agenda.locator(".agenda-total").textContent(), /Total 130 minutes/);
      await agenda.getByRole("link", { name: "Forecast" }).click();
      await page.waitForURL(/#\/present\/forecast$/);
      const next = page.getByRole("button", { name: "Next step" });
      assert.equal(await settled(() => next.isDisabled(), (disabled) => disabled), true, "the last step");
      await page.clock.fastForward("00:42");
      await clockShows(page, /^0:42 of 10 min/, "the clock followed the agenda's link");

      // Editing the step in its section, the room still sees its clock, and the way back.
      await page.getByRole("link", { name: "Edit this step" }).click();
      await page.waitForURL(/#\/forecast$/);
      const strip = page.locator(".workshop-strip");
      const shown = /Workshop clock: Forecast\s+0:42 of 10 min · 9:18 left/;
      assert.match(await settled(() => strip.textContent(), (t) => shown.test(t)), shown);
      await page.clock.fastForward("10:00");
      const over = /10:42 of 10 min · Over by 0:42/;
      assert.match(await settled(() => strip.textContent(), (t) => over.test(t)), over);
      await strip.getByRole("link", { name: "Back to the presenter view" }).click();
      await page.waitForURL(/#\/present\/forecast$/);
      await clockShows(page, /^10:42 of 10 min\s+Over by 0:42$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a decision taken in the presenter view is in its section, after a reload, in the file and in the Markdown", async () => {
    const { context, page, errors } = await openPage(live.browser, PROJECTOR);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await page.goto(live.server.url("#/present/archetypes"));
      const log = page.getByRole("region", { name: "Decisions" });
      await log.getByLabel("Decision", { exact: true }).fill("Launch with integrators only");
      await log.getByLabel("Options considered").fill("Integrators; integrators and MSPs");
      await log.getByLabel("Owner").fill("Dana (CRO)");
      await log.getByRole("button", { name: "Add decision" }).click();
      await log.getByText("Launch with integrators only").waitFor();

      await page.getByRole("link", { name: "Edit this step" }).click();
      await page.waitForURL(/#\/archetypes$/);
      await waitStatus(page, "Saved");
      const section = page.getByRole("region", { name: "Decisions" });
      await section.getByText("Launch with integrators only").waitFor();
      await page.reload();
      await page.waitForSelector("html[data-app='ready']");
      await section.getByText("Dana (CRO)").waitFor();

      const file = await downloadFrom(page, page.getByRole("button", { name: "Export JSON", exact: true }));
      const saved = JSON.parse(file.text);
      assert.equal(saved.design.decisions.length, 1);
      assert.equal(saved.design.decisions[0].mechanic, "archetypes");
      const md = await downloadFrom(page, page.getByRole("button", { name: "Export Markdown" }));
      assert.ok(md.text.includes("Launch with integrators only"), "the Markdown has the decision");
      assert.ok(md.text.includes("Dana (CRO)"), "and its owner");

      await openDesigns(page);
      await page
        .getByRole("region", { name: "Your designs" })
        .getByLabel("Open a JSON file")
        .setInputFiles({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
      await page.getByText(`Imported “${SERIES_B}” as a new design.`).waitFor();
      await page.goto(live.server.url("#/archetypes"));
      await page.getByRole("region", { name: "Decisions" }).getByText("Launch with integrators only").waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("the presenter view for everyone in the room", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe finds nothing in the presenter view, agenda open, in ${colorScheme} mode`, async () => {
      const { context, page, errors } = await openPage(live.browser, { ...PROJECTOR, colorScheme });
      try {
        await openApp(page, live.server);
        await startFrom(page, "Series B SaaS");
        await page.goto(live.server.url("#/present/journey"));
        await page.getByRole("button", { name: "Agenda" }).click();
        const log = page.getByRole("region", { name: "Decisions" });
        await log.getByLabel("Decision", { exact: true }).fill("Onboard in 30 days");
        await log.getByRole("button", { name: "Add decision" }).click();
        await log.getByText("Onboard in 30 days").waitFor();
        await page.locator(".presenter-chart figure canvas[data-draws]").waitFor();
        const result = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(
          result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
          [],
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("a phone", () => {
  for (const width of [360, 390, 430]) {
    test(`at ${width} px the header folds into a menu, and the heading and first field are on the first screen`, async () => {
      const { context, page, errors } = await openPage(live.browser, { viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
      try {
        await openApp(page, live.server);
        await startFrom(page, "Series B SaaS");
        await page.goto(live.server.url("#/thesis"));
        await page.reload();
        await page.waitForSelector("html[data-app='ready']");
        const heading = page.locator("#section-heading");
        const first = page.locator("main textarea, main input, main select").first();
        for (const [what, el] of [["heading", heading], ["first field", first]]) {
          const box = await el.boundingBox();
          assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the ${what} is on the first screen (${JSON.stringify(box)})`);
        }
        assert.equal(await page.getByRole("navigation", { name: "Sections" }).isVisible(), false);
        assert.equal(await page.getByRole("button", { name: "Export JSON", exact: true }).isVisible(), false);
        const menu = page.getByRole("button", { name: "Menu" });
        assert.equal(await menu.getAttribute("aria-expanded"), "false");
        const expanded = (want) => settled(() => menu.getAttribute("aria-expanded"), (v) => v === want);
        await menu.click();
        assert.equal(await expanded("true"), "true");
        await page.getByRole("button", { name: "Export JSON", exact: true }).waitFor();
        await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Journey" }).click();
        await page.waitForURL(/#\/journey$/);
        assert.equal(await expanded("false"), "false", "choosing a section folds the menu");
        await menu.click();
        await page.keyboard.press("Escape");
        assert.equal(await expanded("false"), "false", "Escape folds it");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `nothing is wider than the screen (${overflow} px over)`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
