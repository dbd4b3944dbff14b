// Hostile or oversized imports: megabytes of junk, deep nesting, NaN, huge numbers, very long
// strings are refused with the place in the file named; markup such as <img src=x onerror=…>
// in any text is shown as text and never executed. After each, every design stored before is
// still there, byte for byte, and a refused file adds nothing.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import {
  assertDesignsKept,
  designsOf,
  downloadFrom,
  headerTitle,
  openApp,
  openDesigns,
  startFrom,
  storage,
  validDesign,
  waitStatus,
} from "./persist-support.mjs";

const live = browserAndServer("/");

const fixture = (name) => readFile(new URL(`../fixtures/format/${name}`, import.meta.url));

/** Bytes that are not a design: a repeating pseudo-random pattern, `size` bytes long. */
function junk(size) {
  const bytes = Buffer.alloc(size);
  let seed = 12345;
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = seed & 0xff;
  }
  return bytes;
}

/** A valid design's text with its headcount written as `number` (no JSON parser would). */
async function headcountAs(number) {
  const { text } = await validDesign();
  const changed = text.replace(/"headcount": \d+/, `"headcount": ${number}`);
  assert.notEqual(changed, text, "the fixture has a headcount to change");
  return Buffer.from(changed);
}

/** A valid design's text with `change` applied to its parsed JSON. */
async function validWith(change) {
  const { json } = await validDesign();
  change(json);
  return JSON.stringify(json, null, 2);
}

const REFUSED = [
  ["five megabytes of junk", async () => junk(5 * 1024 * 1024), /more than the 4096 KB a design file may be/],
  ["three megabytes of junk", async () => junk(3 * 1024 * 1024), /not JSON|is not a JSON|expected/i],
  ["deep nesting", () => fixture("deep_nesting.json"), /nest|recursion|deep/i],
  [
    "NaN in a number",
    () => headcountAs("NaN"),
    /line \d+/,
  ],
  [
    "a huge number",
    () => headcountAs("1e400"),
    /line \d+|design\.firm\.headcount/,
  ],
  [
    "a huge amount of money",
    async () => Buffer.from(await validWith((j) => (j.design.firm.annual_revenue = "99999999999999999999999999"))),
    /design\.firm\.annual_revenue/,
  ],
  [
    "a very long string",
    async () => Buffer.from(await validWith((j) => (j.design.title = "x".repeat(1_000_000)))),
    /design\.title/,
  ],
];

describe("hostile files are refused", () => {
  for (const [name, make, words] of REFUSED) {
    test(`${name}: refused with a clear message, nothing changed`, async () => {
      const { context, page, errors } = await openPage(live.browser);
      try {
        await openApp(page, live.server);
        await startFrom(page, "Series B SaaS");
        await startFrom(page, "Blank design");
        const before = await storage(page);
        await openDesigns(page);
        await page
          .getByRole("region", { name: "Your designs" })
          .getByLabel("Open a JSON file")
          .setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: await make() });
        const alert = page.getByRole("alert").filter({ hasText: "Import refused" });
        await alert.waitFor({ timeout: 15000 });
        const message = await alert.textContent();
        assert.match(message, /“hostile\.json” was not imported/);
        assert.match(message, words);
        assert.ok(message.length < 2000, "the message stays readable");
        const after = await storage(page);
        assertDesignsKept(before, after);
        assert.deepEqual(Object.keys(designsOf(after)), Object.keys(designsOf(before)), "nothing added");
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("markup in a design is shown as text", () => {
  test("<img onerror> and <script> in text fields are never executed, by file, paste or share link", async () => {
    const { context, page, errors } = await openPage(live.browser);
    const dialogs = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    try {
      const title = '<img src=x onerror="alert(1)">';
      const firm = '<img src=x onerror="window.__pwned=1">';
      const customer = '<script>window.__pwned=2</script><b onmouseover="window.__pwned=3">bold</b>';
      const text = await validWith((j) => {
        j.design.title = title;
        j.design.firm.name = firm;
        j.design.thesis.customer = customer;
        j.design.operating.roles[0].title = firm;
      });
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      const before = await storage(page);
      const imagesBefore = await page.locator("img").count();

      await openDesigns(page);
      await page
        .getByRole("region", { name: "Your designs" })
        .getByLabel("Open a JSON file")
        .setInputFiles({ name: "markup.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await page.getByText(`Imported “${title}” as a new design.`).waitFor();
      await waitStatus(page, "Saved");
      assert.equal(await headerTitle(page), title, "the title is shown as the text it is");
      await page.evaluate(() => {
        location.hash = "#/firm";
      });
      assert.equal(await page.getByLabel("Firm name").inputValue(), firm);

      // The designs list and the Markdown export keep it as text too.
      await openDesigns(page);
      const listed = await page.locator(".design-name strong").allTextContents();
      assert.ok(listed.includes(title), "listed by its title, as text");
      const md = await downloadFrom(page, page.getByRole("button", { name: "Export Markdown" }));
      assert.ok(md.text.startsWith("# \\<img src=x onerror=\"alert(1)\"\\>\n"), "escaped in Markdown");

      // The same design arriving by paste and by share link.
      await page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.setData("text/plain", t);
        document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
      }, text);
      await page.getByText(`Imported “${title}” as a new design.`).first().waitFor();
      await page.getByRole("button", { name: "Share link" }).click();
      const link = await page.getByLabel("Share link").inputValue();
      await page.goto(link);
      await page.getByRole("region", { name: "Shared design" }).waitFor();
      assert.equal(await headerTitle(page), title);

      await page.mouse.move(10, 10);
      assert.equal(await page.locator("img").count(), imagesBefore, "no image element was made");
      assert.equal(await page.locator("#app script, #app b").count(), 0, "no markup element was made");
      assert.equal(await page.evaluate(() => window.__pwned), undefined, "no handler ran");
      assert.deepEqual(dialogs, [], "no dialog opened");
      assertDesignsKept(before, await storage(page));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
