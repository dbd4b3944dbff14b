// A design file exported by an earlier version of the app opens: it is brought up to the
// current format, the person is told what changed and that nothing was lost, and the upgraded
// design is saved in the current format and opens again after a reload.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import { headerTitle, openApp, openDesigns, startFrom, storage, waitStatus } from "./persist-support.mjs";

const live = browserAndServer("/");

test("a version-1 file opens with an upgraded notice, its values kept, and saves as the current version", async () => {
  const { context, page, errors } = await openPage(live.browser);
  try {
    const file = await readFile(new URL("../fixtures/format/v1_series_b.json", import.meta.url));
    const old = JSON.parse(file.toString());
    assert.equal(old.schema_version, 1);
    await openApp(page, live.server);
    await startFrom(page, "Blank design");
    await openDesigns(page);
    await page
      .getByRole("region", { name: "Your designs" })
      .getByLabel("Open a JSON file")
      .setInputFiles({ name: "old.json", mimeType: "application/json", buffer: file });
    const notice = page.getByText(`Imported “${old.design.title}” as a new design.`);
    await notice.waitFor();
    const words = await notice.textContent();
    assert.match(words, /made by an earlier version of the app \(format version 1\) and has been upgraded; nothing in it was lost/);
    assert.match(words, /partner sales cycle is new; it starts equal to the direct sales cycle \(120 days\)/);
    assert.match(words, /"Quarters to activate" \(1\) is no longer a separate figure/);
    await waitStatus(page, "Saved");
    assert.equal(await headerTitle(page), old.design.title);

    // The values the file held, and the new one taken from them.
    await page.evaluate(() => {
      location.hash = "#/firm";
    });
    assert.equal(await page.getByLabel("Partner sales cycle").inputValue(), "120");
    assert.equal(await page.getByLabel("Direct sales cycle").inputValue(), "120");
    assert.equal(await page.getByRole("checkbox", { name: "We sell subscriptions" }).isChecked(), false);
    await page.evaluate(() => {
      location.hash = "#/archetypes";
    });
    const si = page.locator(".archetype-card", { hasText: "Systems integrator (SI)" });
    assert.equal(
      await si.getByLabel("Activation rate", { exact: true }).inputValue(),
      old.design.assumptions.activation_rate,
    );

    // Saved in the current version (5), and it opens again after a reload.
    const saved = Object.entries(await storage(page))
      .filter(([key]) => key.startsWith("partner-blueprint/design/"))
      .map(([, text]) => JSON.parse(text))
      .find((doc) => doc.design?.title === old.design.title);
    assert.equal(saved.schema_version, 5);
    assert.equal(saved.design.firm.partner_sales_cycle_days, 120);
    await page.reload();
    await page.locator("h1.design-title", { hasText: old.design.title }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a design an earlier version saved in this browser opens with an upgraded notice", async () => {
  const { context, page, errors } = await openPage(live.browser);
  try {
    const file = (await readFile(new URL("../fixtures/format/v1_series_b.json", import.meta.url))).toString();
    const old = JSON.parse(file);
    await openApp(page, live.server);
    await startFrom(page, "Series B SaaS");
    await waitStatus(page, "Saved");
    // What an earlier version of the app left in storage: the same design in format version 1.
    const key = Object.keys(await storage(page)).find((k) => k.startsWith("partner-blueprint/design/"));
    await page.evaluate(([k, text]) => localStorage.setItem(k, text), [key, file]);
    await page.reload();
    const notice = page.getByText(`Opened “${old.design.title}”.`);
    await notice.waitFor();
    assert.match(
      await notice.textContent(),
      /made by an earlier version of the app \(format version 1\) and has been upgraded; nothing in it was lost\. .*partner sales cycle is new/,
    );
    await page.evaluate(() => {
      location.hash = "#/firm";
    });
    assert.equal(await page.getByLabel("Partner sales cycle").inputValue(), "120");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
