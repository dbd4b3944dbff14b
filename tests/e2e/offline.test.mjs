// Offline after the first load: the service worker keeps the app's files, so the app opens and
// works with the network gone; the page declares a manifest so it can be installed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";

const live = browserAndServer("/partner-blueprint/");

test("after one visit the app opens and works with the network gone", async () => {
  const { context, page, errors } = await openPage(live.browser);
  try {
    await page.goto(live.server.url());
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Journey", exact: true })
      .click();
    await page.waitForFunction(
      () => document.querySelector("h2#section-heading")?.textContent === "Journey",
    );
    const offlineErrors = errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e));
    assert.deepEqual(offlineErrors, []);
  } finally {
    await context.close();
  }
});

test("the page links a web app manifest that names the app and its icon", async () => {
  const { context, page } = await openPage(live.browser);
  try {
    await page.goto(live.server.url());
    const href = await page.locator("link[rel=manifest]").getAttribute("href");
    const manifest = await (await page.request.get(new URL(href, page.url()).href)).json();
    assert.equal(manifest.name, "Partner Blueprint");
    assert.equal(manifest.start_url, "./");
    assert.ok(manifest.icons.length > 0);
    const icon = await page.request.get(new URL(manifest.icons[0].src, page.url()).href);
    assert.equal(icon.status(), 200);
  } finally {
    await context.close();
  }
});
