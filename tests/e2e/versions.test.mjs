// A design's versions, as a person uses them: save a version by name, change the design,
// compare the version with the design now (the change is listed old → new), open the version
// read-only, restore it (the field shows the old value) and undo that, and find every version
// still there after a reload. And a storage too full for a version: the design still saves,
// and the notice says the version could not be kept.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { appReady, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import { downloadFrom, openApp, startFrom, storage, waitStatus } from "./persist-support.mjs";
import { expectFocus, goTo, typeInto } from "./workshop-support.mjs";

const VERSIONS_PREFIX = "partner-blueprint/versions/";

const live = browserAndServer("/");

/** Opens the versions panel if it is closed. */
async function openVersions(page) {
  const toggle = page.getByRole("button", { name: "Versions", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByRole("heading", { name: /^Versions of/ }).waitFor();
  return page.getByRole("region", { name: /^Versions of/ });
}

/** The names of the versions listed, newest first. */
function versionNames(panel) {
  return panel.locator(".versions-list .design-name").allTextContents();
}

/** The notice line's text. */
function notice(page) {
  return page.locator(".notice p");
}

describe("versions", () => {
  test("save a version, change the design, compare, open read-only, restore, undo, reload", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Firm profile");
      const firm = page.getByLabel("Firm name", { exact: true });
      assert.equal(await firm.inputValue(), "Ledgerline");

      let panel = await openVersions(page);
      await panel.getByLabel("Name of the version (optional)").fill("Before the board");
      await panel.getByRole("button", { name: "Save a version" }).click();
      await notice(page).filter({ hasText: "Saved the version “Before the board”." }).waitFor();
      assert.deepEqual(await versionNames(panel), ["Before the board"]);
      await panel.getByText(/^1 version, \d+ KB of 1 MB$/).waitFor();

      // Change the design: the change is saved, and compared with the version old → new.
      await typeInto(firm, "Ledgerline Labs");
      await waitStatus(page, "Saved");
      panel = await openVersions(page);
      const from = panel.getByLabel("Compare", { exact: true });
      const version = await from.locator("option", { hasText: "Before the board" }).getAttribute("value");
      await from.selectOption(version);
      await panel.getByLabel("with", { exact: true }).selectOption({ label: "This design now" });
      await panel.getByRole("button", { name: "Show the differences" }).click();
      const changes = panel.getByRole("table", { name: /Fields that changed/ });
      const row = changes.getByRole("row", { name: /Firm profile › Name/ });
      await row.waitFor();
      assert.deepEqual(await row.getByRole("cell").allTextContents(), ["Ledgerline", "Ledgerline Labs"]);
      await panel.getByRole("table", { name: "Headline figures" }).getByRole("row", { name: /Readiness/ }).waitFor();

      // Open it read-only: marked so, with the version's name, and nothing to edit.
      await panel.getByRole("button", { name: /^Open read-only version “Before the board” of / }).click();
      const view = panel.getByRole("region", { name: /^Version “Before the board” of .*\(read-only\)$/ });
      await view.waitFor();
      await expectFocus(page, "version-view-heading");
      await view.getByText(/^Read-only:/).waitFor();
      assert.equal(await view.locator("input, textarea, select").count(), 0, "no edit controls");
      assert.ok((await view.getByRole("heading", { name: "Summary" }).count()) === 1);

      // The panel passes axe in light and dark, at 390 px.
      await page.setViewportSize({ width: 390, height: 844 });
      for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        const result = await new AxeBuilder({ page }).include("#versions-panel").analyze();
        assert.deepEqual(result.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target}`), []);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at 390 px`);
      await page.setViewportSize({ width: 1280, height: 800 });

      // Export it: its JSON, named after the design and the version's date.
      const file = await downloadFrom(page, panel.getByRole("button", { name: /^Export version “Before the board”/ }));
      assert.match(file.name, /^ledgerline-partner-program.*-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
      assert.equal(JSON.parse(file.text).design.firm.name, "Ledgerline");

      // Restore it: the field shows the old value, a "before restore" version is kept, Undo
      // brings the change back.
      await panel.getByRole("button", { name: /^Restore version “Before the board”/ }).click();
      await notice(page).filter({ hasText: "Restored the version “Before the board”" }).waitFor();
      assert.equal(await firm.inputValue(), "Ledgerline");
      await waitStatus(page, "Saved");
      const kinds = await panel.locator(".versions-list .hint").allTextContents();
      assert.ok(kinds.some((k) => k.includes("automatic: before restore")), kinds.join(" | "));
      await notice(page).getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction(() => document.getElementById("field-firm-name")?.value === "Ledgerline Labs", null, { timeout: 5000 }).catch(async () => {
        assert.equal(await firm.inputValue(), "Ledgerline Labs");
      });
      assert.equal(await firm.inputValue(), "Ledgerline Labs");
      await waitStatus(page, "Saved");

      // Reload: every version is still there.
      const listed = await versionNames(panel);
      assert.ok(listed.includes("Before the board") && listed.length >= 2, listed.join(" | "));
      await page.reload();
      await appReady(page);
      panel = await openVersions(page);
      assert.deepEqual(await versionNames(panel), listed);

      // Delete a version, and put it back with Undo delete: in its place, after a reload too.
      await panel.getByRole("button", { name: /^Delete version “Before the board”/ }).click();
      await notice(page).filter({ hasText: "Deleted the version “Before the board”." }).waitFor();
      assert.ok(!(await versionNames(panel)).includes("Before the board"));
      await panel.getByRole("button", { name: "Undo delete" }).click();
      await notice(page).filter({ hasText: "Put back the version “Before the board”." }).waitFor();
      assert.deepEqual(await versionNames(panel), listed);
      await page.reload();
      await appReady(page);
      panel = await openVersions(page);
      assert.deepEqual(await versionNames(panel), listed);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("scenarios added from decision support keep the design as it was as a version first", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Forecast");
      await page.getByRole("button", { name: "Add Conservative, Base and Ambitious" }).click();
      await notice(page).filter({ hasText: /^Added 3 scenarios/ }).waitFor();
      await waitStatus(page, "Saved");
      const panel = await openVersions(page);
      const item = panel.locator(".versions-list li").filter({ hasText: "automatic: before scenario" });
      await item.waitFor();
      assert.equal((await item.locator(".design-name").textContent()).trim(), "Before a scenario was applied");
      // Compared with the design now, the three scenarios are what was added.
      await panel.getByRole("button", { name: "Show the differences" }).click();
      const changes = panel.getByRole("table", { name: /Fields that changed/ });
      await changes.getByRole("row", { name: /^Scenarios › List › 3 \(Ambitious\) \(added\)/ }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a storage too full for a version: the design still saves, and the notice says so", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Firm profile");
      const firm = page.getByLabel("Firm name", { exact: true });
      // Every write of a versions key is refused as the browser refuses a full storage.
      await page.evaluate((prefix) => {
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (String(key).startsWith(prefix)) {
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          }
          return real.call(this, key, value);
        };
      }, VERSIONS_PREFIX);
      const panel = await openVersions(page);
      await typeInto(firm, "Ledgerline Full");
      await panel.getByRole("button", { name: "Save a version" }).click();
      await notice(page)
        .filter({ hasText: "The version could not be kept: the browser's storage is full. Your design is saved." })
        .waitFor();
      await waitStatus(page, "Saved");
      const stored = await storage(page);
      const design = Object.entries(stored).find(([k]) => k.startsWith("partner-blueprint/design/"));
      assert.equal(JSON.parse(design[1]).design.firm.name, "Ledgerline Full", "the design itself is saved");
      assert.equal(Object.keys(stored).filter((k) => k.startsWith(VERSIONS_PREFIX)).length, 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
