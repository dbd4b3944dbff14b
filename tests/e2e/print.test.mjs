// Printing gives the whole design as one document: every section in order, whichever section is
// on screen, without the controls that only act on screen.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { appReady, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";

const SHOTS = resolve(import.meta.dirname, "../../target/screenshots");
const live = browserAndServer("/");

test("the printed page holds every section in order and no buttons", async () => {
  const { context, page, errors } = await openPage(live.browser);
  try {
    await page.goto(live.server.url("#/journey"));
    await appReady(page);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const headings = await page.locator(".print-document h2").allTextContents();
    assert.deepEqual(headings, [
      "Overview",
      "Firm profile",
      "Thesis",
      "Archetypes",
      "Operating model",
      "Journey",
      "Scoreboard",
      "Forecast",
      "Candidates",
    ]);
    const visibleButtons = await page.locator("button:visible").count();
    assert.equal(visibleButtons, 0);
    assert.equal(await page.locator("nav.sections").isVisible(), false);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/print-preview.png`, fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.locator(".print-document").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
