// Candidates from CSV and the ranking and forecast out to CSV, as a person does it: a 30-row
// file chosen with the file button, a flagged rating fixed in the preview by its label, the
// import seen in the ranking and the launch set, Undo taking the whole import away; a small
// list pasted; and both exports downloaded and read back.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage } from "./support.mjs";
import { browserAndServer } from "./shared.mjs";
import { downloadFrom, openApp, startFrom } from "./persist-support.mjs";
import { goTo } from "./workshop-support.mjs";

const live = browserAndServer("/");

const CRITERIA = [
  "ICP / client overlap",
  "Complementary offer",
  "Cultural and values fit",
  "Market positioning",
  "Quality and reputation",
  "Capacity and financial stability",
  "Commitment and reciprocity",
  "Referral volume potential",
];

/** A spreadsheet export of 30 candidates, all rated 5; row 5 (the fourth data row) rates 7. */
function thirtyRows() {
  const lines = [["Company", "Partner type", "Website", ...CRITERIA, "Notes"].join(";")];
  for (let n = 1; n <= 30; n++) {
    const name = `Imported Partner ${String(n).padStart(2, "0")}`;
    const ratings = CRITERIA.map((_, i) => (n === 4 && i === 0 ? "7" : "5"));
    lines.push([name, "Agency", `https://www.imported-${n}.example/`, ...ratings, `"Met; twice"`].join(";"));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** Rows of a CSV text as a spreadsheet reads them (quotes, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

const undoInHeader = (page) =>
  page.getByRole("toolbar", { name: "Edit" }).getByRole("button", { name: "Undo", exact: true });

const rankedNames = (page) =>
  page.locator(".candidates-table tbody th").allTextContents();

describe("candidates from CSV", () => {
  test("a 30-row file is previewed, a flagged rating fixed, imported, and undone as one step", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Candidates");
      const before = await rankedNames(page);

      await page.getByLabel("Choose a CSV file").setInputFiles({
        name: "partners.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(thirtyRows(), "utf8"),
      });
      const preview = page.getByRole("region", { name: "Preview of the import" });
      await preview.waitFor();
      assert.match(await preview.textContent(), /“partners\.csv” holds 30 rows and 12 columns/);
      assert.match(
        await preview.getByRole("list").textContent(),
        /Row 5, column “ICP \/ client overlap”: 7 is not a rating/,
      );
      const import29 = preview.getByRole("button", { name: "Import 29 candidates" });
      assert.ok(await import29.isEnabled(), "the flagged row is left out until fixed");
      assert.equal(await preview.getByLabel("Import row 5", { exact: true }).isChecked(), false);
      // The column guesses, each in a labelled select.
      assert.equal(
        await preview.getByLabel("Column “Partner type”").inputValue(),
        "2",
        "Partner type reads as the archetype",
      );

      const cell = preview.getByLabel("Row 5, ICP / client overlap");
      assert.equal(await cell.getAttribute("aria-invalid"), "true");
      await cell.fill("5");
      await preview.getByRole("button", { name: "Import 30 candidates" }).click();
      await preview.waitFor({ state: "detached" });

      const after = await rankedNames(page);
      assert.equal(after.length, before.length + 30);
      assert.ok(after.includes("Imported Partner 04"), "the fixed row is imported");
      const launchSet = await page.locator(".candidates-launch-set li").allTextContents();
      assert.ok(
        launchSet.some((name) => name.startsWith("Imported Partner")),
        `the launch set takes the imported partners rated 5: ${launchSet}`,
      );

      // The design as it was before the import is kept as a version.
      const versionsToggle = page.getByRole("button", { name: "Versions", exact: true });
      await versionsToggle.click();
      const versions = page.getByRole("region", { name: /^Versions of/ });
      await versions.waitFor();
      const kinds = await versions.locator(".versions-list .hint").allTextContents();
      assert.ok(kinds.some((k) => k.includes("automatic: before import")), kinds.join(" | "));
      await versionsToggle.click();
      await versions.waitFor({ state: "detached" });

      await undoInHeader(page).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll(".candidates-table tbody th").length === n,
        before.length,
      );
      assert.deepEqual(await rankedNames(page), before, "Undo removes the whole import");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("pasted CSV is imported, and both exports read back with plain numbers and safe text", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Candidates");
      await page
        .getByLabel("Or paste CSV")
        .fill('Name,Website,ICP / client overlap\n"=HYPERLINK(""http://x"",""y"")",x.example,4\n+1 Partners,plus.example,3\n');
      await page.getByRole("button", { name: "Read pasted CSV" }).click();
      const preview = page.getByRole("region", { name: "Preview of the import" });
      await preview.getByRole("button", { name: "Import 2 candidates" }).click();
      await preview.waitFor({ state: "detached" });
      assert.ok((await rankedNames(page)).includes("+1 Partners"));

      const candidates = await downloadFrom(
        page,
        page.getByRole("button", { name: "Export candidates (CSV)" }),
      );
      assert.match(candidates.name, /-candidates\.csv$/);
      assert.ok(candidates.text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
      const rows = parseCsv(candidates.text.slice(1));
      assert.deepEqual(rows[0].slice(0, 5), ["Rank", "Name", "Archetype", "Website", "Score (0-100)"]);
      const names = rows.slice(1).map((r) => r[1]);
      assert.ok(names.includes(`'=HYPERLINK("http://x","y")`), names.join(" | "));
      assert.ok(names.includes("'+1 Partners"), names.join(" | "));
      for (const row of rows.slice(1)) {
        assert.match(row[0], /^\d+$/);
        assert.match(row[4], /^\d+(\.\d+)?$/);
      }

      await goTo(page, "Forecast");
      const forecast = await downloadFrom(
        page,
        page.getByRole("button", { name: "Export forecast (CSV)" }),
      );
      assert.match(forecast.name, /-forecast\.csv$/);
      const table = parseCsv(forecast.text.slice(1));
      const header = table[0];
      assert.deepEqual(header.slice(0, 3), ["Quarter", "Starts", "Pool"]);
      for (const money of ["Pipeline (USD)", "Revenue (USD)", "Cost (USD)"]) {
        assert.ok(header.includes(money), `${money} in ${header}`);
      }
      const pipeline = header.indexOf("Pipeline (USD)");
      const body = table.slice(1);
      assert.ok(body.length >= 16, "a row per quarter per pool");
      assert.equal(body[0][0], "Q1");
      for (const row of body) {
        const cellText = row[pipeline];
        if (cellText !== "") assert.match(cellText, /^\d+(\.\d+)?$/, `a bare number: ${cellText}`);
      }
      assert.ok(
        body.some((row) => Number(row[pipeline]) > 0),
        "the forecast has partner pipeline",
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a CSV file dropped on the box opens its preview, and is not taken for a design file", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Candidates");
      const drop = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["Company;Website\r\nDropped Partner;dropped.example\r\n"], "dropped.csv", { type: "text/csv" }));
        return transfer;
      });
      const box = page.locator(".csv-drop");
      await box.dispatchEvent("dragover", { dataTransfer: drop });
      await box.dispatchEvent("drop", { dataTransfer: drop });
      const preview = page.getByRole("region", { name: "Preview of the import" });
      await preview.waitFor();
      assert.match(await preview.textContent(), /“dropped\.csv” holds 1 row and 2 columns/);
      assert.equal(await page.locator(".drop-overlay").count(), 0, "the page's design drop stays out");
      await preview.getByRole("button", { name: "Import 1 candidate" }).click();
      await preview.waitFor({ state: "detached" });
      assert.ok((await rankedNames(page)).includes("Dropped Partner"));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`the preview on a 390 px phone in ${colorScheme} mode scrolls inside itself and passes axe`, async () => {
      const { context, page, errors } = await openPage(live.browser, {
        colorScheme,
        viewport: { width: 390, height: 844 },
      });
      try {
        await openApp(page, live.server);
        await startFrom(page, "Series B SaaS");
        await goTo(page, "Candidates");
        await page.getByLabel("Choose a CSV file").setInputFiles({
          name: "partners.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(thirtyRows(), "utf8"),
        });
        const preview = page.getByRole("region", { name: "Preview of the import" });
        await preview.waitFor();
        await preview.scrollIntoViewIfNeeded();
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(wide, 0, "no sideways scroll of the page");
        const rows = page.getByRole("region", { name: "Rows of the file" });
        assert.ok(
          await rows.evaluate((el) => el.scrollWidth > el.clientWidth),
          "the rows scroll inside their own box",
        );
        // By keyboard: from the row's checkbox, Tab reaches its first cell.
        await preview.getByLabel("Import row 2", { exact: true }).focus();
        await page.keyboard.press("Tab");
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute("aria-label")),
          "Row 2, Company",
        );
        const result = await new AxeBuilder({ page }).include(".csv-import").analyze();
        assert.deepEqual(
          result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
          [],
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
