// Browser measurements for scripts/bench.sh, printed as `name=value` lines:
//   node bench/run.mjs load <dist-folder> <label>   load to interactive, median of runs
//   node bench/run.mjs keystroke <design.json>      keystroke to repaint on a large design, 4× CPU slowdown
//   node bench/run.mjs keystroke-bare <dist>        the same on the bare page's one field
//   node bench/run.mjs keystroke-static <design.json>  the same on a static copy of the firm page
//   node bench/run.mjs tasks <dist-folder> <label>  main-thread tasks from navigation to a quiet page, 4× CPU
// Load is measured from navigation start to the `app-ready` performance mark, which the app (and
// the bare page) sets once mounted; each run uses a fresh browser context, so nothing is cached.

import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium, serveDist } from "../tests/e2e/support.mjs";

const RUNS = 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timeToReady(browser, url, cpuSlowdown) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0, null, {
    timeout: 60000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName("app-ready")[0].startTime);
  await context.close();
  return ms;
}

async function load(dist, label) {
  const server = await serveDist("/", resolve(dist));
  const browser = await launchChromium();
  try {
    for (const slowdown of [1, 4]) {
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeToReady(browser, server.url(), slowdown));
      console.log(`load_ms_${label}_${slowdown}x=${median(times).toFixed(0)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** How long after the `app-ready` mark the page counts as settled: the tasks queued behind it. */
const SETTLE_MS = 1500;

/**
 * One load of `url` at 4× CPU slowdown, with every main-thread task over 50 ms (the Long Tasks
 * API, which counts compiling and instantiating the .wasm, parsing the glue, layout and the app's
 * own script alike) from navigation until SETTLE_MS after the page marks itself ready.
 */
async function longTasks(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0, null, {
    timeout: 60000,
  });
  await page.waitForTimeout(SETTLE_MS);
  const { ready, tasks } = await page.evaluate(() => ({
    ready: performance.getEntriesByName("app-ready")[0].startTime,
    tasks: window.__tasks,
  }));
  await context.close();
  const before = tasks.filter(([start]) => start < ready).map(([, duration]) => duration);
  const all = tasks.map(([, duration]) => duration);
  return {
    before: before.length,
    longestBefore: Math.max(0, ...before),
    longest: Math.max(0, ...all),
    blocking: all.reduce((sum, duration) => sum + duration - 50, 0),
  };
}

/** Medians over RUNS loads of `dist`: its long tasks to interactive and until settled. */
async function tasks(dist, label) {
  const server = await serveDist("/", resolve(dist));
  const browser = await launchChromium();
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await longTasks(browser, server.url()));
    const of = (key) => median(runs.map((run) => run[key])).toFixed(0);
    console.log(`tasks_${label}_over_50ms_to_ready=${of("before")}`);
    console.log(`tasks_${label}_longest_to_ready_ms=${of("longestBefore")}`);
    console.log(`tasks_${label}_longest_ms=${of("longest")}`);
    console.log(`tasks_${label}_blocking_ms=${of("blocking")}`);
    if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(runs));
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Slows the CPU 4× and records two figures per key: to the first frame painted after it (the
 * typed text), and to the frame after the app's deferred work (findings, scores, charts: see
 * AppState::analysis), which the app queues behind the first frame's paint like the second
 * timer here.
 */
async function installTimers(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.evaluate(() => {
    window.__latencies = [];
    window.__settled = [];
    const afterPaint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
    document.addEventListener(
      "keydown",
      () => {
        const start = performance.now();
        afterPaint(() => {
          window.__latencies.push(performance.now() - start);
          setTimeout(() => afterPaint(() => window.__settled.push(performance.now() - start)), 0);
        });
      },
      true,
    );
  });
}

/** Types 30 keys (digits and a Backspace every fifth) into the field `id`; their latencies. */
async function typeInto(page, id) {
  await page.focus(`#${id}`);
  // Typing starts once the section has finished appearing, as a person's would.
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.__latencies.length);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 5 === 4 ? "Backspace" : "1");
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  return page.evaluate((b) => window.__latencies.slice(b), before);
}

/**
 * The floor under the app's keystroke figure: the bare page's one field, typed into the same
 * way (three runs of 30 keys), with the same CPU slowdown.
 */
async function keystrokeBare(dist) {
  await withReadyPage(dist, (context, page) => typeRuns(context, page, "field", "", "bare"));
}

/**
 * Types three runs of 30 keys into the field `id` of a floor page, its text reset to `start`
 * before each, with the CPU slowed 4×, and prints their p50 and p95 as `keystroke_<name>_ms_…`.
 */
async function typeRuns(context, page, id, start, name) {
  await installTimers(context, page);
  const latencies = [];
  for (let run = 0; run < 3; run++) {
    await page.fill(`#${id}`, start);
    latencies.push(...(await typeInto(page, id)));
  }
  console.log(`keystroke_${name}_ms_p50=${percentile(latencies, 50).toFixed(1)}`);
  console.log(`keystroke_${name}_ms_p95=${percentile(latencies, 95).toFixed(1)}`);
}

/** Serves `dist`, opens it at 1280 × 900 until the page marks itself ready, and runs `use`. */
async function withReadyPage(dist, use) {
  const server = await serveDist("/", resolve(dist));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url());
    await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
    await use(context, page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Opens `designFile` through the app's own JSON import and waits for it to show. */
async function openDesign(page, designFile) {
  await page.locator("input[type=file]").first().setInputFiles(resolve(designFile));
  await page.waitForFunction(
    () => document.querySelector("h1")?.textContent?.includes("Ledgerline"),
    null,
    { timeout: 30000 },
  );
}

/**
 * The floor under the app's figure for one page: the firm page as the app renders it for
 * `designFile`, saved as static HTML beside the app's stylesheets, with no script at all, typed
 * into the same way (three runs of 30 keys into the same field, 4× CPU slowdown). What it costs
 * is Chromium's own work for that form (editing, layout, paint, its form tracking), which any
 * implementation of the page pays.
 */
async function keystrokeStatic(designFile) {
  const id = "field-firm-average_deal_size";
  const folder = await mkdtemp(join(tmpdir(), "static-firm-"));
  try {
    await withReadyPage("dist", async (_context, page) => {
      await openDesign(page, designFile);
      await page.evaluate(() => {
        location.hash = "#/firm";
      });
      await page.waitForSelector(`#${id}`, { timeout: 30000 });
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true);
        for (const el of copy.querySelectorAll("script, link[rel=modulepreload], link[rel=preload]")) {
          el.remove();
        }
        for (const input of copy.querySelectorAll("input[id]")) {
          input.setAttribute("value", document.getElementById(input.id).value);
        }
        copy.dataset.app = "ready";
        return `<!doctype html>\n${copy.outerHTML}`;
      });
      await writeFile(join(folder, "index.html"), html);
    });
    for (const name of await readdir("dist")) {
      if (!/\.(js|wasm|html)$/.test(name)) await cp(join("dist", name), join(folder, name));
    }
    await withReadyPage(folder, async (context, page) =>
      typeRuns(context, page, id, await page.inputValue(`#${id}`), "static"),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Opens `designFile` through the app's own JSON import, then types into fields of the large
 * design with the CPU slowed 4× (Chrome DevTools Protocol throttling) and measures, in the page,
 * from each keydown to the frame after it is painted.
 */
async function keystroke(designFile) {
  await withReadyPage("dist", async (context, page) => {
    await openDesign(page, designFile);
    await installTimers(context, page);
    const fields = [
      ["candidates", "field-candidates-candidates-100-name"],
      ["thesis", "field-thesis-customer"],
      ["firm", "field-firm-average_deal_size"],
    ];
    const bySection = {};
    for (const [section, id] of fields) {
      await page.evaluate((s) => {
        location.hash = `#/${s}`;
      }, section);
      await page.waitForSelector(`#${id}`, { timeout: 30000 });
      bySection[section] = await typeInto(page, id);
    }
    for (const [section, samples] of Object.entries(bySection)) {
      console.log(`keystroke_ms_p95_${section}=${percentile(samples, 95).toFixed(1)}`);
      if (process.env.BENCH_VERBOSE) console.log(section, samples.map((x) => x.toFixed(0)).join(" "));
    }
    await page.waitForTimeout(300);
    const latencies = await page.evaluate(() => window.__latencies);
    console.log(`keystroke_ms_p50=${percentile(latencies, 50).toFixed(1)}`);
    console.log(`keystroke_ms_p95=${percentile(latencies, 95).toFixed(1)}`);
    const settled = await page.evaluate(() => window.__settled);
    console.log(`keystroke_settled_ms_p50=${percentile(settled, 50).toFixed(1)}`);
    console.log(`keystroke_settled_ms_p95=${percentile(settled, 95).toFixed(1)}`);
    console.log(`keystroke_samples=${latencies.length}`);
  });
}

const [command, ...args] = process.argv.slice(2);
if (command === "load") {
  await load(args[0], args[1]);
} else if (command === "tasks") {
  await tasks(args[0], args[1]);
} else if (command === "keystroke") {
  await keystroke(args[0]);
} else if (command === "keystroke-bare") {
  await keystrokeBare(args[0]);
} else if (command === "keystroke-static") {
  await keystrokeStatic(args[0]);
} else {
  console.error("usage: node bench/run.mjs load <dist> <label> | keystroke <design.json> | keystroke-bare <dist> | keystroke-static <design.json> | tasks <dist> <label>");
  process.exit(2);
}
