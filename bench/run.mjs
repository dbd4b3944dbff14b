// Browser measurements for scripts/bench.sh, printed as `name=value` lines:
//   node bench/run.mjs load <dist-folder> <label>   load to interactive, median of runs
//   node bench/run.mjs keystroke <design.json>      keystroke to repaint on a large design, 4× CPU slowdown
// Load is measured from navigation start to the `app-ready` performance mark, which the app (and
// the bare page) sets once mounted; each run uses a fresh browser context, so nothing is cached.

import { resolve } from "node:path";
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
      console.log(`load_ms{page=${label},cpu=${slowdown}x}=${median(times).toFixed(0)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === "load") {
  await load(args[0], args[1]);
} else {
  console.error("usage: node bench/run.mjs load <dist> <label>");
  process.exit(2);
}
