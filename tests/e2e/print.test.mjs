// Printing from any section prints the board pack, the design as a brief, not the section's
// forms: without the controls that only act on screen, and gone again once printing is over.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { appReady, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";

const SHOTS = resolve(import.meta.dirname, "../../target/screenshots");
const live = browserAndServer("/");

test("printing from the journey prints the board pack and no buttons", async () => {
  const { context, page, errors } = await openPage(live.browser);
  try {
    await page.goto(live.server.url("#/journey"));
    await appReady(page);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const pack = page.locator(".print-document .board-pack");
    await pack.waitFor();
    assert.ok(await pack.locator(".pack-summary").isVisible(), "the summary prints");
    const chapters = await pack.locator(".pack-chapter > h3").allTextContents();
    assert.deepEqual(chapters.slice(0, 6), [
      "Firm profile",
      "Thesis",
      "Archetypes",
      "Operating model",
      "Journey",
      "Scoreboard",
    ]);
    assert.equal(await page.locator(".on-screen").isVisible(), false, "the journey's form does not print");
    const controls = await page.locator("input:visible, select:visible, textarea:visible, button:visible").count();
    assert.equal(controls, 0);
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
