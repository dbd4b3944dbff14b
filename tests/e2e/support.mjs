// What every end-to-end test needs: the release build (dist/) served over HTTP on 127.0.0.1, at
// the root or under a sub-path as a static host would; headless Chromium; and a page that
// records console errors and every request it makes, so a test can prove none went elsewhere.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const DIST = resolve(import.meta.dirname, "../../dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/** Each served file's gzipped bytes, by path, with the modification time they were made from. */
const gzipped = new Map();

async function compressed(file, body) {
  const { mtimeMs } = await stat(file);
  const kept = gzipped.get(file);
  if (kept?.mtimeMs === mtimeMs) return kept.bytes;
  const bytes = gzipSync(body);
  gzipped.set(file, { mtimeMs, bytes });
  return bytes;
}

/**
 * Serves dist/ (or another built folder, `root`) under `prefix` ("/" or "/partner-blueprint/"),
 * like a plain static host: no rewrite rules, a 404 for anything else.
 * Returns { origin, url(path), close() }.
 */
export async function serveDist(prefix = "/", root = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        // Hashed file names never change content; the page itself is always revalidated.
        "cache-control": /-[0-9a-f]{12,}(_bg)?\.\w+$/.test(file)
          ? "public, max-age=31536000, immutable"
          : "no-cache",
      };
      // Compressed as any static host would, once per file as it is (a host serves files it
      // compressed ahead of time: compressing the .wasm anew for each request would time this
      // server's work, not the page's).
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        headers["content-encoding"] = "gzip";
        res.writeHead(200, headers);
        res.end(await compressed(file, body));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (rest = "") => `${origin}${prefix}${rest}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Headless Debian Chromium, with the flags it needs as root on a machine with no internet. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: [
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
}

/**
 * A fresh browser context and page that records console errors, uncaught errors and every
 * request URL. Options go to browser.newContext (viewport, colorScheme, javaScriptEnabled …).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  // Every Content-Security-Policy violation is recorded and reported as an error.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("request", (req) => requests.push(req.url()));
  return { context, page, errors, requests };
}

/** Waits until the Wasm app has mounted (it marks <html data-app="ready">). */
export async function appReady(page) {
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
}

/** The requests that went anywhere but `origin` (data: and blob: URLs stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter(
    (url) => !url.startsWith(origin + "/") && !url.startsWith("data:") && !url.startsWith("blob:"),
  );
}

/** Waits until the page shows exactly `count` findings of `rule`. */
export async function expectFindings(page, rule, count) {
  await page
    .waitForFunction(
      ([r, n]) => document.querySelectorAll(`li[data-rule="${r}"]`).length === n,
      [rule, count],
      { timeout: 5000 },
    )
    .catch(async () => {
      const shown = await page.locator(`li[data-rule="${rule}"]`).count();
      assert.fail(`expected ${count} finding(s) of ${rule}, the page shows ${shown}`);
    });
}
