// The application shell, served from the root and from a sub-path: it paints before the Wasm
// arrives, says plainly what is wrong without JavaScript or WebAssembly, and every section is
// reachable by link, by the URL hash and by back/forward — with no console error and no request
// to any origin but the page's own.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, foreignRequests, launchChromium, openPage, serveDist } from "./support.mjs";

const SECTIONS = [
  ["Overview", "overview"],
  ["Firm profile", "firm"],
  ["Thesis", "thesis"],
  ["Archetypes", "archetypes"],
  ["Operating model", "operating-model"],
  ["Journey", "journey"],
  ["Scoreboard", "scoreboard"],
  ["Forecast", "forecast"],
  ["Candidates", "candidates"],
  ["Board pack", "board-pack"],
];

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Waits until the section in view is `label` (Leptos updates the page asynchronously). */
function expectHeading(page, label) {
  return page.waitForFunction(
    (l) => document.querySelector("h2#section-heading")?.textContent === l,
    label,
    { timeout: 5000 },
  );
}

for (const prefix of ["/", "/partner-blueprint/"]) {
  describe(`dist/ served at ${prefix}`, () => {
    let server;
    before(async () => {
      server = await serveDist(prefix);
    });
    after(async () => {
      await server.close();
    });

    test("every section is reachable by its link, in the blueprint's order", async () => {
      const { context, page, errors, requests } = await openPage(browser);
      try {
        await page.goto(server.url());
        await appReady(page);
        const nav = page.getByRole("navigation", { name: "Sections" });
        const names = await nav.getByRole("link").allTextContents();
        assert.deepEqual(names.map((n) => n.trim()), SECTIONS.map(([label]) => label));
        for (const [label, slug] of SECTIONS) {
          await nav.getByRole("link", { name: label, exact: true }).click();
          await expectHeading(page, label);
          assert.equal(new URL(page.url()).hash, `#/${slug}`);
          assert.equal(
            await nav.getByRole("link", { name: label, exact: true }).getAttribute("aria-current"),
            "page",
          );
          assert.match(await page.title(), new RegExp(`^${label} · `));
        }
        assert.deepEqual(errors, [], "no console error");
        assert.deepEqual(foreignRequests(requests, server.origin), [], "no foreign request");
      } finally {
        await context.close();
      }
    });

    test("a section opens from the URL hash, on load and when the hash changes", async () => {
      const { context, page, errors, requests } = await openPage(browser);
      try {
        await page.goto(server.url("#/journey"));
        await appReady(page);
        await expectHeading(page, "Journey");
        await page.evaluate(() => {
          location.hash = "#/scoreboard";
        });
        await expectHeading(page, "Scoreboard");
        await page.goto(server.url("#/no-such-section"));
        await expectHeading(page, "Overview");
        assert.deepEqual(errors, []);
        assert.deepEqual(foreignRequests(requests, server.origin), []);
      } finally {
        await context.close();
      }
    });

    test("back and forward move between the sections visited", async () => {
      const { context, page, errors } = await openPage(browser);
      try {
        await page.goto(server.url());
        await appReady(page);
        const nav = page.getByRole("navigation", { name: "Sections" });
        for (const label of ["Thesis", "Archetypes", "Journey"]) {
          await nav.getByRole("link", { name: label, exact: true }).click();
          await expectHeading(page, label);
        }
        await page.goBack();
        await expectHeading(page, "Archetypes");
        await page.goBack();
        await expectHeading(page, "Thesis");
        await page.goForward();
        await expectHeading(page, "Archetypes");
        assert.ok(server.url().startsWith(page.url().split("#")[0]), "stays on the same page");
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}

describe("before and without the app", () => {
  let server;
  before(async () => {
    server = await serveDist("/");
  });
  after(async () => {
    await server.close();
  });

  test("the page paints a title, what the workshop is and a loading state before the Wasm arrives", async () => {
    const { context, page } = await openPage(browser);
    try {
      // Hold the Wasm module back, as a slow connection would.
      await page.route("**/*.wasm", () => {});
      await page.goto(server.url(), { waitUntil: "domcontentloaded" });
      assert.equal((await page.locator("h1").textContent()).trim(), "Partner Blueprint");
      assert.match(await page.getByRole("status").textContent(), /Loading the workshop/);
      const lead = page.getByText("Design your partner program before you hire the person to run it.");
      assert.ok(await lead.isVisible(), "the loading page says what the workshop is");
      assert.ok(await page.getByText("nothing you type is sent anywhere").isVisible());
    } finally {
      await context.close();
    }
  });

  test("the app starts in a tab that paints no frames, as a hidden tab does", async () => {
    const { context, page } = await openPage(browser);
    try {
      // The app waits for the loading page to be painted before it replaces it; a hidden tab
      // runs no animation frames, and the app must start there all the same.
      await page.addInitScript(() => {
        window.requestAnimationFrame = () => 0;
      });
      await page.goto(server.url());
      await page.waitForFunction(
        () => document.documentElement.dataset.app === "ready" && document.getElementById("first-start-heading"),
        null,
        { polling: 100, timeout: 10000 },
      );
    } finally {
      await context.close();
    }
  });

  test("without JavaScript the page says it needs JavaScript", async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(server.url());
      const text = await page.locator("body").innerText();
      assert.match(text, /needs JavaScript/);
    } finally {
      await context.close();
    }
  });

  test("without WebAssembly the page says it needs WebAssembly", async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        delete window.WebAssembly;
      });
      await page.goto(server.url());
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /needs WebAssembly/);
    } finally {
      await context.close();
    }
  });

  test("a module that fails to load is reported, not left loading", async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
      await page.goto(server.url());
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not start/);
    } finally {
      await context.close();
    }
  });
});
