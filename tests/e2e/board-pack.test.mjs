// The board pack of the Series B template: a document, not forms, that prints on A4 and on
// Letter in at most eight pages, with every chart drawn, no control on paper, the verdict and
// the three share floors on its summary, no accessibility violation, and a Print button that
// opens it before the print dialog.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { openApp, startFrom, waitStatus } from "./persist-support.mjs";
import { sectionLink } from "./workshop-support.mjs";

const SHOTS = resolve(import.meta.dirname, "../../target/screenshots");
const MAX_PAGES = 8;
const CHARTS = 10;

const live = browserAndServer("/", async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** Opens the Series B template and waits until it is saved. */
async function seriesB(page, hash = "") {
  await openApp(page, live.server, hash);
  await startFrom(page, "Series B SaaS");
  await waitStatus(page, "Saved");
}

/** Goes to the board pack by its link and waits for every chart's picture to load. */
async function openPack(page) {
  await (await sectionLink(page, "Board pack")).click();
  await page.locator(".board-pack .pack-summary").waitFor();
  await page.waitForFunction(
    (n) => {
      const imgs = [...document.querySelectorAll(".board-pack figure img")];
      return imgs.length === n && imgs.every((i) => i.complete);
    },
    CHARTS,
    { timeout: 15000 },
  );
}

/** The pages of a PDF: its page objects, not the page tree's /Pages nodes. */
function pages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe("the board pack", () => {
  test("prints in at most eight pages on A4 and Letter, charts drawn and no control on paper", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await seriesB(page);
      await openPack(page);

      const summary = await page.locator(".pack-summary").innerText();
      assert.match(summary, /(Not ready|Ready) to hire/);
      assert.match(summary, /Readiness \d+ \/ 100/);
      for (const floor of ["15 %", "25 %", "35 %"]) {
        assert.ok(summary.includes(`the ${floor} floor`), `the summary names the ${floor} floor`);
      }

      const charts = await page.locator(".board-pack figure img").evaluateAll((imgs) =>
        imgs.map((img) => {
          const svg = decodeURIComponent(img.src.slice(img.src.indexOf(",") + 1));
          const marks = (svg.match(/<(rect|path|polyline|polygon|circle|line|text)\b/g) ?? []).length;
          return { alt: img.alt, width: img.naturalWidth, marks };
        }),
      );
      assert.equal(charts.length, CHARTS);
      for (const chart of charts) {
        assert.ok(chart.width > 0, `${chart.alt}: the picture loads`);
        assert.ok(chart.marks > 10, `${chart.alt}: ${chart.marks} marks drawn`);
        assert.ok(chart.alt.length > 20, "each picture says its message");
      }
      // Drawn, not just loaded: the first chart painted onto a canvas has ink on it.
      const ink = await page.locator(".board-pack figure img").first().evaluate((img) => {
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const g = canvas.getContext("2d");
        g.fillStyle = "#fff";
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.drawImage(img, 0, 0);
        const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) n += 1;
        return n;
      });
      assert.ok(ink > 1000, `${ink} inked pixels`);

      await page.emulateMedia({ media: "print" });
      const controls = await page.locator("input:visible, select:visible, textarea:visible, button:visible").count();
      assert.equal(controls, 0, "no form control or button on paper");
      assert.equal(await page.locator("nav.sections").isVisible(), false);
      assert.equal(await page.locator(".app-header").isVisible(), false);
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: `${SHOTS}/board-pack-print.png`, fullPage: true });

      for (const format of ["A4", "Letter"]) {
        const pdf = await page.pdf({ format, printBackground: true });
        await writeFile(`${SHOTS}/board-pack-${format}.pdf`, pdf);
        const count = pages(pdf);
        console.log(`board pack on ${format}: ${count} pages`);
        assert.ok(count >= 2 && count <= MAX_PAGES, `${count} pages on ${format}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("the Print button opens the board pack, then the print dialog", async () => {
    const { context, page, errors } = await openPage(live.browser);
    try {
      await page.addInitScript(() => {
        window.__prints = 0;
        window.print = () => {
          window.__prints += 1;
        };
      });
      await seriesB(page, "#/journey");
      await page.getByRole("button", { name: "Print / Save as PDF" }).click();
      await page.waitForFunction(() => window.__prints === 1, null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => location.hash), "#/board-pack");
      assert.equal(await page.locator("h2#section-heading").textContent(), "Board pack");
      assert.equal(await page.locator(".board-pack").count(), 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`has no accessibility violation in ${colorScheme} mode, and fits a phone`, async () => {
      const { context, page } = await openPage(live.browser, { colorScheme, viewport: { width: 390, height: 844 } });
      try {
        await seriesB(page);
        await openPack(page);
        const result = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(
          result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
          [],
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page scrolls ${overflow} px sideways`);
        await page.screenshot({ path: `${SHOTS}/board-pack-390-${colorScheme}.png` });
      } finally {
        await context.close();
      }
    });
  }
});
