// Sharing and two tabs: a share link round trip that leaves the recipient's designs untouched,
// a truncated or altered link that says so, the length warnings, and two pages on one design —
// a tab never writes over a newer save it has not seen, and the user chooses.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, foreignRequests, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import {
  assertDesignsKept,
  designsOf,
  headerTitle,
  keyOfTitle,
  openApp,
  openDesigns,
  setTitle,
  startFrom,
  storage,
  validDesign,
  waitStatus,
} from "./persist-support.mjs";

const SERVICES = "Fieldnote Studio partner network";

const live = browserAndServer("/");

/** The share link of the design open in `page`. */
async function shareLink(page) {
  await page.getByRole("button", { name: "Share link" }).click();
  return page.getByLabel("Share link").inputValue();
}

/** A recipient with one design of their own, saved. */
async function recipient() {
  const opened = await openPage(live.browser);
  await openApp(opened.page, live.server);
  await startFrom(opened.page, "Blank design");
  await setTitle(opened.page, "Recipient's own plan");
  await waitStatus(opened.page, "Saved");
  return opened;
}

describe("share links", () => {
  test("a share link opens the design, leaves the recipient's designs untouched, and keeps a copy", async () => {
    const sender = await openPage(live.browser);
    const receiver = await recipient();
    try {
      await openApp(sender.page, live.server);
      await startFrom(sender.page, "Professional-services firm");
      const sent = await storage(sender.page);
      const link = await shareLink(sender.page);
      assert.ok(link.startsWith(live.server.url("#/share/")), "the design is in the fragment");

      const { page, errors, requests } = receiver;
      const before = await storage(page);
      await page.goto(link);
      await appReady(page);
      await page.getByRole("region", { name: "Shared design" }).waitFor();
      assert.equal(await headerTitle(page), SERVICES);
      assert.equal(await page.getByRole("status").first().textContent(), "Shared design: not saved");
      assert.deepEqual(await storage(page), before, "viewing writes nothing");
      const fragmentSent = requests.some((url) => url.includes("share/"));
      assert.equal(fragmentSent, false, "the payload never reaches the server");

      await page.getByRole("button", { name: "Keep a copy" }).click();
      await page.getByText(`Kept a copy of “${SERVICES}” in your designs.`).waitFor();
      const after = await storage(page);
      assertDesignsKept(before, after);
      const kept = keyOfTitle(after, SERVICES);
      assert.equal(after[kept], sent[keyOfTitle(sent, SERVICES)], "the copy is the sender's design, byte for byte");
      assert.ok(!page.url().includes("/share/"), "the link is no longer in the address");
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests, live.server.origin), []);
    } finally {
      await sender.context.close();
      await receiver.context.close();
    }
  });

  test("closing a shared design brings back the recipient's own, as it was", async () => {
    const sender = await openPage(live.browser);
    const receiver = await recipient();
    try {
      await openApp(sender.page, live.server);
      await startFrom(sender.page, "Series B SaaS");
      const link = await shareLink(sender.page);
      const { page } = receiver;
      const before = await storage(page);
      await page.evaluate((l) => {
        location.href = l;
      }, link);
      await page.getByRole("region", { name: "Shared design" }).waitFor();
      await page.getByRole("button", { name: "Close the shared design" }).click();
      await page.waitForFunction(() => document.querySelector("h1.design-title").textContent.trim() === "Recipient's own plan");
      assertDesignsKept(before, await storage(page));
    } finally {
      await sender.context.close();
      await receiver.context.close();
    }
  });

  for (const [name, damage, words] of [
    ["a truncated", (payload) => payload.slice(0, Math.floor(payload.length / 2)), /incomplete: it was cut off/],
    [
      "an altered",
      (payload) => {
        const i = Math.floor(payload.length / 2);
        return payload.slice(0, i) + (payload[i] === "A" ? "B" : "A") + payload.slice(i + 1);
      },
      /damaged: it was changed on the way/,
    ],
  ]) {
    test(`${name} link says so clearly and changes nothing`, async () => {
      const sender = await openPage(live.browser);
      const receiver = await recipient();
      try {
        await openApp(sender.page, live.server);
        await startFrom(sender.page, "Series B SaaS");
        const link = await shareLink(sender.page);
        const [base, payload] = link.split("#/share/");
        const { page, errors } = receiver;
        const before = await storage(page);
        await page.goto(`${base}#/share/${damage(payload)}`);
        await appReady(page);
        const alert = page.getByRole("alert").filter({ hasText: "Share link could not be opened" });
        await alert.waitFor();
        assert.match(await alert.textContent(), words);
        assert.equal(await headerTitle(page), "Recipient's own plan", "the recipient's design stays open");
        assert.deepEqual(designsOf(await storage(page)), designsOf(before));
        assert.deepEqual(errors, []);
      } finally {
        await sender.context.close();
        await receiver.context.close();
      }
    });
  }

  test("the app says when a link grows past 2,000 characters, and suggests the file past 8,000", async () => {
    const { context, page } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      assert.equal(await page.locator(".share-warning").count(), 0);
      let link = await shareLink(page);
      assert.ok(link.length < 2000, `a blank design's link is ${link.length} characters`);
      assert.equal(await page.locator(".share-warning").count(), 0);

      await startFrom(page, "Series B SaaS");
      await page.getByRole("button", { name: "Share link" }).click();
      link = await page.getByLabel("Share link").inputValue();
      assert.ok(link.length > 2000 && link.length <= 8000, `${link.length} characters`);
      assert.match(await page.locator(".share-warning").textContent(), /may cut links longer than about 2,000 characters/);

      // Text that does not compress: the link passes 8,000 characters.
      const { json } = await validDesign();
      let seed = 7;
      const noise = (n) =>
        Array.from({ length: n }, () => {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          return "abcdefghijklmnopqrstuvwxyz0123456789"[seed % 36];
        }).join("");
      json.design.title = "Long plan";
      json.design.thesis.customer = noise(3900);
      json.design.thesis.friction = noise(3900);
      json.design.thesis.partner_reason = noise(3900);
      await openDesigns(page);
      await page.getByLabel("Paste a design’s JSON").fill(JSON.stringify(json));
      await page.getByRole("button", { name: "Import pasted JSON" }).click();
      await page.getByText("Imported “Long plan” as a new design.").waitFor();
      await page.getByRole("button", { name: "Share link" }).click();
      link = await page.getByLabel("Share link").inputValue();
      assert.ok(link.length > 8000, `${link.length} characters`);
      assert.match(await page.locator(".share-warning").textContent(), /share the design’s JSON file instead/);
    } finally {
      await context.close();
    }
  });
});

/**
 * Holds this page's autosave timer until the test releases it, so a change can wait unsaved
 * while another tab saves. The app saves once 250 ms have passed since the last change: a timer
 * of 250 ms, re-armed for what remains when it fires early, so every timer of up to 250 ms is
 * held (a timer armed before the hold may fire, and re-arms into the hold).
 */
function holdSaves() {
  const real = window.setTimeout.bind(window);
  const held = [];
  window.__holdSaves = false;
  window.setTimeout = (fn, ms, ...args) => {
    if (ms > 0 && ms <= 250 && window.__holdSaves) {
      held.push(() => fn(...args));
      return 1_000_000 + held.length;
    }
    return real(fn, ms, ...args);
  };
  window.__releaseSaves = () => {
    window.__holdSaves = false;
    while (held.length) held.shift()();
  };
}

describe("two pages on one design", () => {
  async function twoPages() {
    const first = await openPage(live.browser);
    await first.context.addInitScript(holdSaves);
    await openApp(first.page, live.server);
    await startFrom(first.page, "Series B SaaS");
    const second = await first.context.newPage();
    const errors = [];
    second.on("pageerror", (e) => errors.push(String(e)));
    await openApp(second, live.server, "#/firm");
    await first.page.evaluate(() => {
      location.hash = "#/firm";
    });
    return { context: first.context, a: first.page, b: second, errors: [...first.errors, ...errors] };
  }

  test("a tab without changes shows the newer version another tab saved", async () => {
    const { context, a, b } = await twoPages();
    try {
      assert.equal(await headerTitle(b), await headerTitle(a), "both show the same design");
      await a.getByLabel("Design title").fill("Saved in tab A");
      await waitStatus(a, "Saved");
      await b.waitForFunction(() => document.querySelector("h1.design-title").textContent.trim() === "Saved in tab A");
      await b.getByText("This design was changed in another tab: showing the newer version.").waitFor();
      assert.equal(await b.getByLabel("Design title").inputValue(), "Saved in tab A");
    } finally {
      await context.close();
    }
  });

  test("a tab with changes never writes over a newer save; keeping its version makes a copy", async () => {
    const { context, a, b } = await twoPages();
    try {
      await b.evaluate(() => {
        window.__holdSaves = true;
      });
      await b.getByLabel("Design title").fill("Typed in tab B");
      await a.getByLabel("Design title").fill("Saved in tab A");
      await waitStatus(a, "Saved");
      const newer = await storage(a);
      const key = keyOfTitle(newer, "Saved in tab A");

      const banner = b.getByRole("alert").filter({ hasText: "Changed in another tab" });
      await banner.waitFor();
      await b.evaluate(() => window.__releaseSaves());
      await waitStatus(b, "Not saved: a newer version was saved in another tab");
      assert.equal((await storage(b))[key], newer[key], "tab B wrote nothing over tab A's save");
      assert.equal(await b.getByLabel("Design title").inputValue(), "Typed in tab B", "tab B's work is kept");

      await banner.getByRole("button", { name: "Keep mine as a copy" }).click();
      await waitStatus(b, "Saved");
      const after = await storage(b);
      assert.equal(after[key], newer[key], "tab A's save is untouched");
      assert.ok(keyOfTitle(after, "Typed in tab B (copy)"), "tab B's version is a new design");
      assert.equal(await headerTitle(b), "Typed in tab B (copy)");
      assert.equal(await banner.count(), 0);
    } finally {
      await context.close();
    }
  });

  test("or the tab with changes loads the newer version", async () => {
    const { context, a, b } = await twoPages();
    try {
      await b.evaluate(() => {
        window.__holdSaves = true;
      });
      await b.getByLabel("Design title").fill("Typed in tab B");
      await a.getByLabel("Design title").fill("Saved in tab A");
      await waitStatus(a, "Saved");
      const newer = await storage(a);
      const banner = b.getByRole("alert").filter({ hasText: "Changed in another tab" });
      await banner.waitFor();
      await banner.getByRole("button", { name: "Load the newer version" }).click();
      await b.waitForFunction(() => document.querySelector("h1.design-title").textContent.trim() === "Saved in tab A");
      assert.equal(await b.getByLabel("Design title").inputValue(), "Saved in tab A");
      await b.evaluate(() => window.__releaseSaves());
      await waitStatus(b, "Saved");
      assert.deepEqual(designsOf(await storage(b)), designsOf(newer), "nothing was written");
    } finally {
      await context.close();
    }
  });
});
