// Keeping designs: first start, autosave within 300 ms and at once when the tab is hidden or
// closed, the design and section back after a reload, several named designs (create, rename,
// duplicate, delete with undo, switch), and export → import giving back the identical file.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, foreignRequests, openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import {
  INDEX_KEY,
  designsOf,
  downloadFrom,
  headerTitle,
  keyOfTitle,
  openApp,
  openDesigns,
  setTitle,
  startFrom,
  storage,
  waitStatus,
} from "./persist-support.mjs";

const SERIES_B = "Ledgerline partner program: integrator-led growth";
const SERVICES = "Fieldnote Studio partner network";

const live = browserAndServer("/");

describe("first start and autosave", () => {
  test("first start offers the three templates and a file, and nothing is saved until a choice", async () => {
    const { context, page, errors, requests } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      const start = page.getByRole("region", { name: "Start a design" });
      for (const label of ["Blank design", "Series B SaaS", "Professional-services firm"]) {
        assert.ok(await start.getByRole("button", { name: label, exact: true }).isVisible());
      }
      assert.ok(await start.getByLabel("Open a JSON file").count());
      assert.equal(await page.getByRole("status").first().textContent(), "Nothing to save yet");
      assert.deepEqual(designsOf(await storage(page)), {}, "nothing stored before a choice");

      await startFrom(page, "Series B SaaS");
      assert.equal(await headerTitle(page), SERIES_B);
      assert.equal(await start.count(), 0, "the choice goes away once made");
      const all = await storage(page);
      assert.equal(Object.keys(designsOf(all)).length, 1);
      assert.ok(keyOfTitle(all, SERIES_B));
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests, live.server.origin), [], "nothing sent anywhere");
    } finally {
      await context.close();
    }
  });

  test("a change is saved within 300 ms, and the header says Saving… then Saved", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      await setTitle(page, "Autosaved plan");
      const started = Date.now();
      await page.waitForFunction(
        () =>
          Object.keys(localStorage).some(
            (k) =>
              k.startsWith("partner-blueprint/design/") &&
              JSON.parse(localStorage.getItem(k)).design.title === "Autosaved plan",
          ),
        null,
        { timeout: 2000, polling: 10 },
      );
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 300 + 150, `saved ${elapsed} ms after the change`);
      await waitStatus(page, "Saved");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a change is saved at once when the tab is hidden or the page is closed", async () => {
    const { context, page } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      const stored = async () => {
        const all = await storage(page);
        return Object.values(designsOf(all)).map((raw) => JSON.parse(raw).design.title);
      };
      await setTitle(page, "Hidden at once");
      // As browsers fire it: at the document, bubbling to the window.
      await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
      assert.deepEqual(await stored(), ["Hidden at once"], "saved before the debounce");

      await page.getByLabel("Design title").fill("Closed at once");
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide")));
      assert.deepEqual(await stored(), ["Closed at once"]);
    } finally {
      await context.close();
    }
  });

  test("after a reload the open design and the section come back", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Professional-services firm");
      await startFrom(page, "Series B SaaS");
      await setTitle(page, "Reloaded plan");
      await waitStatus(page, "Saved");
      await page.evaluate(() => {
        location.hash = "#/journey";
      });
      await page.waitForFunction(() => document.querySelector("#section-heading")?.textContent === "Journey");
      await page.reload();
      await appReady(page);
      assert.equal(await headerTitle(page), "Reloaded plan");
      assert.equal(await page.locator("#section-heading").textContent(), "Journey");

      // Opening the app without a hash also comes back to the design and the section.
      await page.goto(live.server.url());
      await appReady(page);
      assert.equal(await headerTitle(page), "Reloaded plan");
      assert.equal(await page.locator("#section-heading").textContent(), "Journey");
      assert.equal(await page.getByRole("region", { name: "Start a design" }).count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("several named designs", () => {
  test("create, rename, duplicate, switch and delete with undo", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await startFrom(page, "Professional-services firm");
      await openDesigns(page);
      const list = page.locator(".designs-list").first();
      assert.equal(await list.getByRole("listitem").count(), 2);

      // Rename the design that is not open.
      await page.getByRole("button", { name: `Rename design “${SERIES_B}”` }).click();
      await page.getByLabel(`New name for “${SERIES_B}”`).fill("Client A");
      await page.getByRole("button", { name: "Save name" }).click();
      await page.getByRole("button", { name: "Open design “Client A”" }).waitFor();
      assert.ok(keyOfTitle(await storage(page), "Client A"));

      // Duplicate it: a copy, the original unchanged.
      const original = await storage(page);
      const clientA = keyOfTitle(original, "Client A");
      await page.getByRole("button", { name: "Duplicate design “Client A”" }).click();
      await page.getByRole("button", { name: "Open design “Client A (copy)”" }).waitFor();
      const withCopy = await storage(page);
      assert.equal(withCopy[clientA], original[clientA]);
      assert.equal(Object.keys(designsOf(withCopy)).length, 3);

      // Switch to it.
      await page.getByRole("button", { name: "Open design “Client A”" }).click();
      await page.waitForFunction(() => document.querySelector("h1.design-title").textContent.trim() === "Client A");

      // Delete it (it is open): another design opens; Undo brings it back byte for byte.
      const beforeDelete = await storage(page);
      await page.getByRole("button", { name: "Delete design “Client A”", exact: true }).click();
      await page.getByRole("button", { name: "Undo delete" }).waitFor();
      const afterDelete = await storage(page);
      assert.equal(afterDelete[clientA], undefined, "deleted");
      assert.notEqual(await headerTitle(page), "Client A");
      await page.getByRole("button", { name: "Undo delete" }).click();
      await page.waitForFunction(() => document.querySelector("h1.design-title").textContent.trim() === "Client A");
      const restored = await storage(page);
      assert.equal(restored[clientA], beforeDelete[clientA], "the design is back byte for byte");
      assert.equal(restored[INDEX_KEY], beforeDelete[INDEX_KEY], "and listed as before");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("export and import", () => {
  test("export → import gives back the identical design, as a new one", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      const before = await storage(page);
      const key = keyOfTitle(before, SERIES_B);

      const file = await downloadFrom(page, page.getByRole("button", { name: "Export JSON", exact: true }));
      assert.equal(file.name, "ledgerline-partner-program-integrator-led-growth.json");
      assert.equal(file.text, before[key], "the file is the saved design");

      await openDesigns(page);
      await page
        .getByRole("region", { name: "Your designs" })
        .getByLabel("Open a JSON file")
        .setInputFiles({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
      await page.getByText(`Imported “${SERIES_B}” as a new design.`).waitFor();
      await waitStatus(page, "Saved");
      const after = await storage(page);
      const designs = designsOf(after);
      assert.equal(Object.keys(designs).length, 2, "the import is a new design");
      assert.equal(after[key], before[key], "the original is untouched");
      const imported = Object.keys(designs).find((k) => k !== key);
      assert.equal(after[imported], file.text, "the imported design is identical to the file");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("Markdown export reads as a document: headings per mechanic, tables, findings", async () => {
    const { context, page } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      await setTitle(page, "Acme | partners");
      await waitStatus(page, "Saved");
      const md = await downloadFrom(page, page.getByRole("button", { name: "Export Markdown" }));
      assert.equal(md.name, "acme-partners.md");
      assert.match(md.text, /^# Acme \\\| partners\n/);
      for (const heading of ["## Thesis", "## Operating model", "### Roles", "## Journey", "## Scoreboard", "## Candidates", "## Appendix: findings and their sources"]) {
        assert.ok(md.text.includes(`\n${heading}\n`), heading);
      }
      assert.match(md.text, /\| Stage \| Definition of done \|/);
      assert.match(md.text, /`archetypes\.none`/);
    } finally {
      await context.close();
    }
  });

  test("a design dropped onto the page or pasted is imported as a new design", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      const file = await downloadFrom(page, page.getByRole("button", { name: "Export JSON", exact: true }));
      const text = file.text.replace('"Untitled partner program"', '"Dropped plan"');

      await page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], "dropped.json", { type: "application/json" }));
        window.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, text);
      await page.getByText("Imported “Dropped plan” as a new design.").waitFor();

      const pasted = text.replace('"Dropped plan"', '"Pasted plan"');
      await page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.setData("text/plain", t);
        document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
      }, pasted);
      await page.getByText("Imported “Pasted plan” as a new design.").waitFor();

      await openDesigns(page);
      await page.getByLabel("Paste a design’s JSON").fill(pasted.replace('"Pasted plan"', '"Typed-in plan"'));
      await page.getByRole("button", { name: "Import pasted JSON" }).click();
      await page.getByText("Imported “Typed-in plan” as a new design.").waitFor();
      await waitStatus(page, "Saved");

      const titles = Object.values(designsOf(await storage(page))).map((r) => JSON.parse(r).design.title).sort();
      assert.deepEqual(titles, ["Dropped plan", "Pasted plan", "Typed-in plan", "Untitled partner program"]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
