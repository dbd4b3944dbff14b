// What the tests of saved designs share: reading and writing the page's localStorage as raw
// strings, checking that every design stored before a test is still there byte for byte,
// waiting for the save status, and downloading what the app exports.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appReady } from "./support.mjs";

export const DESIGN_PREFIX = "partner-blueprint/design/";
export const QUARANTINE_PREFIX = "partner-blueprint/quarantine/";
export const INDEX_KEY = "partner-blueprint/index";

/** Every localStorage pair of the page's origin, as raw strings. */
export function storage(page) {
  return page.evaluate(() => {
    const all = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      all[key] = localStorage.getItem(key);
    }
    return all;
  });
}

/** The stored designs only: key → raw JSON. */
export function designsOf(all) {
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(DESIGN_PREFIX)));
}

/** Every design stored in `before` is still stored in `after`, byte for byte. */
export function assertDesignsKept(before, after) {
  const kept = designsOf(before);
  assert.ok(Object.keys(kept).length > 0, "the test stored designs before");
  for (const [key, raw] of Object.entries(kept)) {
    assert.ok(key in after, `${key} is still stored`);
    assert.ok(after[key] === raw, `${key} is byte for byte what it was`);
  }
}

/**
 * Writes raw pairs into the origin's localStorage before the app runs: from a page of the same
 * origin that is not the app (the static host's 404 page), so the app starts on them.
 */
export async function prefill(page, server, pairs) {
  await page.goto(server.url("no-such-page"));
  await page.evaluate((p) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(p)) localStorage.setItem(k, v);
  }, pairs);
}

/** Opens the app and waits until it is interactive. */
export async function openApp(page, server, hash = "") {
  await page.goto(server.url(hash));
  await appReady(page);
}

/** Waits until the header's save status reads `text` (a string or a RegExp). */
export function waitStatus(page, text, timeout = 5000) {
  const expected = text instanceof RegExp ? { source: text.source } : { text };
  return page.waitForFunction(
    (e) => {
      const status = document.querySelector(".save-status");
      const now = status?.textContent ?? "";
      return e.source ? new RegExp(e.source).test(now) : now === e.text;
    },
    expected,
    { timeout },
  );
}

/** Starts a design from a template by its button on the first-start panel or the designs panel. */
export async function startFrom(page, label) {
  const firstStart = page.getByRole("region", { name: "Start a design" });
  if (await firstStart.isVisible()) {
    await firstStart.getByRole("button", { name: label, exact: true }).click();
  } else {
    await openDesigns(page);
    await page.getByRole("button", { name: `New design from “${label}”` }).click();
  }
  await waitStatus(page, "Saved");
}

/** Opens the designs panel if it is closed. */
export async function openDesigns(page) {
  const toggle = page.getByRole("button", { name: "Designs", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByRole("heading", { name: "Your designs" }).waitFor();
}

/** Sets the design's title through the Firm profile form. */
export async function setTitle(page, title) {
  await page.evaluate(() => {
    location.hash = "#/firm";
  });
  const field = page.getByLabel("Design title");
  await field.fill(title);
}

/** The header's design title. */
export async function headerTitle(page) {
  return (await page.locator("h1.design-title").textContent()).trim();
}

/** Clicks `button` and returns the download it starts: { name, text }. */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const text = await readFile(await download.path(), "utf8");
  return { name: download.suggestedFilename(), text };
}

/** The key of the design whose stored title is `title`. */
export function keyOfTitle(all, title) {
  const found = Object.entries(designsOf(all)).find(([, raw]) => {
    try {
      return JSON.parse(raw).design.title === title;
    } catch {
      return false;
    }
  });
  return found?.[0];
}

/** The valid design fixture the format tests use, as text and as an object. */
export async function validDesign() {
  const text = await readFile(
    new URL("../fixtures/format/valid.json", import.meta.url),
    "utf8",
  );
  return { text, json: JSON.parse(text) };
}
