// Faults, each with a clear message and nothing lost: saved data that cannot be read, a full
// storage (every browser's spelling of the quota error), storage unavailable, a design saved by
// a newer version, and the reminder to export a backup. After each, every design stored before
// is still there, byte for byte.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import {
  INDEX_KEY,
  QUARANTINE_PREFIX,
  assertDesignsKept,
  designsOf,
  downloadFrom,
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

const SERIES_B = "Ledgerline partner program: integrator-led growth";
const SERVICES = "Fieldnote Studio partner network";

const live = browserAndServer("/");

/** A page whose origin already holds two saved designs; returns it with their raw values. */
async function withTwoDesigns() {
  const opened = await openPage(live.browser);
  await openApp(opened.page, live.server);
  await startFrom(opened.page, "Professional-services firm");
  await startFrom(opened.page, "Series B SaaS");
  return { ...opened, before: await storage(opened.page) };
}

/** Writes raw pairs into the origin's storage from the page (the app keeps running). */
function put(page, pairs) {
  return page.evaluate((p) => {
    for (const [k, v] of Object.entries(p)) localStorage.setItem(k, v);
  }, pairs);
}

describe("saved data that cannot be read", () => {
  test("a damaged index and design are kept aside untouched, offered for download, never written over", async () => {
    const { context, page, errors, before } = await withTwoDesigns();
    try {
      const brokenIndex = '{"format":"partner-blueprint/index","version":1,"designs":[{"id":';
      const brokenDesign = '{"format":"partner-blueprint/design","schema_version":1,"design":{"title":"Half a';
      await put(page, {
        [INDEX_KEY]: brokenIndex,
        "partner-blueprint/design/dbroken-1": brokenDesign,
        "partner-blueprint/session": "not json",
      });
      const prefilled = await storage(page);
      await page.reload();
      await appReady(page);

      const indexAlert = page.getByRole("alert").filter({ hasText: "The list of your designs could not be read" });
      await indexAlert.waitFor();
      const kept = await downloadFrom(page, indexAlert.getByRole("button", { name: "Download the saved data" }));
      assert.equal(kept.text, brokenIndex, "the damaged list downloads exactly as it was");
      const designAlert = page.getByRole("alert").filter({ hasText: "The saved design" });
      const damaged = await downloadFrom(page, designAlert.getByRole("button", { name: "Download the saved data" }));
      assert.equal(damaged.text, brokenDesign);

      const now = await storage(page);
      const aside = Object.entries(now).filter(([k]) => k.startsWith(QUARANTINE_PREFIX)).map(([, v]) => v);
      assert.ok(aside.includes(brokenIndex), "the damaged list is kept aside byte for byte");
      assert.ok(aside.includes("not json"), "the damaged session too, before its key was reused");
      assertDesignsKept(prefilled, now);
      assert.ok([SERIES_B, SERVICES].includes(await headerTitle(page)), "a readable design opens");

      // The designs are listed again, the damaged one with Download and no Open.
      await openDesigns(page);
      assert.ok(await page.getByRole("button", { name: `Open design “${SERVICES}”` }).count() + (await page.getByRole("button", { name: `Open design “${SERIES_B}”` }).count()) >= 1);
      assert.equal(await page.getByRole("button", { name: "Download design “Design that cannot be read”" }).count(), 1);
      assert.equal(await page.getByRole("button", { name: "Open design “Design that cannot be read”" }).count(), 0);

      // Working on goes on saving, and still writes over nothing that could not be read.
      await setTitle(page, "Edited after recovery");
      await waitStatus(page, "Saved");
      const later = await storage(page);
      const edited = keyOfTitle(later, "Edited after recovery");
      for (const [key, raw] of Object.entries(designsOf(prefilled))) {
        if (key !== edited) assert.equal(later[key], raw, `${key} is untouched`);
      }
      assert.equal(later["partner-blueprint/design/dbroken-1"], brokenDesign);
      assert.ok(edited in before, "the edit went to the design that was open");
      for (const [k, v] of Object.entries(now)) {
        if (k.startsWith(QUARANTINE_PREFIX)) assert.equal(later[k], v, `${k} is untouched`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

/**
 * Makes localStorage full from the next page load on: any write that grows the stored bytes
 * past what is stored then throws `error` (built in the page from its description).
 */
function quotaAfterLoad(error) {
  const used = () => {
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      n += k.length + (localStorage.getItem(k) ?? "").length;
    }
    return n;
  };
  const limit = used() + 64;
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const old = this.getItem(key);
    const next = used() - (old === null ? 0 : key.length + old.length) + key.length + String(value).length;
    if (next > limit) {
      if (error.dom) throw new DOMException("The quota has been exceeded.", error.name);
      throw Object.assign(new Error("storage full"), { name: error.name, code: error.code });
    }
    return real.call(this, key, value);
  };
}

describe("storage full", () => {
  for (const error of [
    { dom: true, name: "QuotaExceededError" },
    { dom: false, name: "NS_ERROR_DOM_QUOTA_REACHED", code: 1014 },
    { dom: false, name: "Error", code: 22 },
  ]) {
    test(`a full storage (${error.name}${error.code ? ` ${error.code}` : ""}) shows a banner, keeps the work in memory and offers export`, async () => {
      const { context, page, errors, before } = await withTwoDesigns();
      try {
        await context.addInitScript(quotaAfterLoad, error);
        await page.reload();
        await appReady(page);
        const title = `A much longer title that no longer fits in the storage quota ${"x".repeat(200)}`.slice(0, 190);
        await setTitle(page, title);
        const banner = page.getByRole("alert").filter({ hasText: "Storage is full" });
        await banner.waitFor();
        await waitStatus(page, /^Not saved: the browser's storage for this site is full/);
        assert.equal(await page.getByLabel("Design title").inputValue(), title, "the work is kept");
        assert.equal(await headerTitle(page), title);

        const file = await downloadFrom(page, banner.getByRole("button", { name: "Export JSON" }));
        assert.equal(JSON.parse(file.text).design.title, title, "export carries the unsaved work");
        assertDesignsKept(before, await storage(page));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

/** Makes localStorage unreachable, as blocked site data or some private modes do, except on the
 * static host's 404 page, which the test uses to read what is stored. */
function blockStorage() {
  if (location.pathname.includes("no-such-page")) return;
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
}

describe("storage unavailable", () => {
  test("without storage the app works in memory and says so", async () => {
    const { context, page, before } = await withTwoDesigns();
    try {
      await context.addInitScript(blockStorage);
      const blocked = await context.newPage();
      const errors = [];
      blocked.on("pageerror", (e) => errors.push(String(e)));
      await openApp(blocked, live.server);
      await blocked.getByRole("alert").filter({ hasText: "Storage is unavailable" }).waitFor();
      await blocked.getByRole("region", { name: "Start a design" }).getByRole("button", { name: "Series B SaaS", exact: true }).click();
      await waitStatus(blocked, "Not saved: kept in this tab only");
      await setTitle(blocked, "Worked on in memory");
      await waitStatus(blocked, "Not saved: kept in this tab only");
      assert.equal(await headerTitle(blocked), "Worked on in memory");
      const toolbar = blocked.getByRole("toolbar", { name: "Designs and files" });
      const file = await downloadFrom(blocked, toolbar.getByRole("button", { name: "Export JSON" }));
      assert.equal(JSON.parse(file.text).design.title, "Worked on in memory");
      assert.deepEqual(errors, []);

      await page.goto(live.server.url("no-such-page"));
      assertDesignsKept(before, await storage(page));
    } finally {
      await context.close();
    }
  });
});

describe("a design saved by a newer version", () => {
  test("is refused for editing, kept as it is, and offered for download", async () => {
    const { context, page, errors } = await withTwoDesigns();
    try {
      const { json } = await validDesign();
      // Far past any version this app will write.
      json.schema_version = 999;
      json.design.title = "From the future";
      json.design.new_mechanic = { added: "in version 999" };
      const newer = JSON.stringify(json, null, 2);
      await put(page, {
        "partner-blueprint/design/dfuture-1": newer,
        "partner-blueprint/session": JSON.stringify({ design: "dfuture-1", section: "journey" }),
      });
      await page.reload();
      await appReady(page);
      const alert = page.getByRole("alert").filter({ hasText: "Saved by a newer version" });
      await alert.waitFor();
      assert.match(await alert.textContent(), /“From the future” was saved by a newer version/);
      assert.notEqual(await headerTitle(page), "From the future", "it is not opened for editing");
      const file = await downloadFrom(page, alert.getByRole("button", { name: "Download the saved data" }));
      assert.equal(file.text, newer);

      await openDesigns(page);
      assert.equal(await page.getByRole("button", { name: "Open design “From the future”" }).count(), 0);
      assert.equal(await page.getByRole("button", { name: "Download design “From the future”" }).count(), 1);
      await setTitle(page, "Edited beside it");
      await waitStatus(page, "Saved");
      const after = await storage(page);
      assert.equal(after["partner-blueprint/design/dfuture-1"], newer, "kept byte for byte");
      assert.equal(Object.keys(designsOf(after)).length, 3);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("backups", () => {
  test("the live.browser is asked once to keep storage, and a reminder to export comes after many saves", async () => {
    const { context, page } = await openPage(live.browser);
    try {
      await context.addInitScript(() => {
        window.__persistCalls = 0;
        if (navigator.storage) {
          Object.defineProperty(navigator.storage, "persist", {
            configurable: true,
            value: () => {
              window.__persistCalls += 1;
              return Promise.resolve(false);
            },
          });
        }
      });
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      await setTitle(page, "First");
      await waitStatus(page, "Saved");
      await page.getByLabel("Design title").fill("Second");
      await waitStatus(page, "Saved");
      assert.equal(await page.evaluate(() => window.__persistCalls), 1, "asked once");
      assert.equal(await page.getByText("Time for a backup?").count(), 0);

      // Many saves since the last export: the reminder shows after a reload.
      const backup = JSON.parse((await storage(page))["partner-blueprint/backup"]);
      assert.equal(backup.persist_asked, true);
      backup.saves_since_export = 500;
      await put(page, { "partner-blueprint/backup": JSON.stringify(backup) });
      await page.reload();
      await appReady(page);
      const reminder = page.getByRole("status").filter({ hasText: "Time for a backup?" });
      await reminder.waitFor();
      await page.getByLabel("Design title").fill("Third");
      await waitStatus(page, "Saved");
      assert.equal(await page.evaluate(() => window.__persistCalls), 0, "not asked again");

      await reminder.getByRole("button", { name: "Later" }).click();
      assert.equal(await reminder.count(), 0);
      await page.reload();
      await appReady(page);
      assert.equal(await page.getByText("Time for a backup?").count(), 0, "put off");

      backup.saves_since_export = 500;
      backup.snoozed_until_saves = 0;
      backup.snoozed_until_ms = 0;
      await put(page, { "partner-blueprint/backup": JSON.stringify(backup) });
      await page.reload();
      await appReady(page);
      const again = page.getByRole("status").filter({ hasText: "Time for a backup?" });
      await again.waitFor();
      await downloadFrom(page, again.getByRole("button", { name: "Export JSON now" }));
      assert.equal(await again.count(), 0, "an export ends the reminder");
      assert.equal(JSON.parse((await storage(page))["partner-blueprint/backup"]).saves_since_export, 0);
    } finally {
      await context.close();
    }
  });
});
