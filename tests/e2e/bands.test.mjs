// Every forecast assumption beside its published band, as a person meets it: the band and its
// sources under the field, a value past the band said under the field and in the health lists,
// the verdict blocked by an implausible figure until it is put back, and the finding's link
// landing on the field.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { openApp, startFrom, waitStatus } from "./persist-support.mjs";
import { expectFocus, goTo } from "./workshop-support.mjs";

const live = browserAndServer("/");

/** The texts that describe `field` (its hint, and its band note when shown), in order. */
async function described(field) {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  const page = field.page();
  const texts = [];
  for (const id of ids) texts.push((await page.locator(`#${id}`).textContent()).trim());
  return texts;
}

describe("assumptions against their bands", () => {
  test("each band shows beside its field, and an implausible lift blocks the hire until it is put back", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");

      // The band and its sources, vendors named as such, under the archetype's activation rate.
      await goTo(page, "Archetypes");
      const si = page.locator(".archetype-card", { hasText: "Systems integrator (SI)" });
      const activation = si.getByLabel("Activation rate", { exact: true });
      const [hint] = await described(activation);
      assert.match(
        hint,
        /20–40 % is typical; 15–50 % published \(under 20 % unmanaged, 50 % with structured onboarding\); over 60 % no source supports — partnermatch\.co, a vendor's figure;/,
      );
      const deals = await described(si.getByLabel("Deals per active partner per quarter"));
      assert.match(deals[0], /Judged a year \(the referral band, until a source gives this archetype its own\): 2–5 deals a year is typical/);

      // Activation past the band: a warning under the field, without leaving the section.
      await activation.fill("55");
      const note = page.locator(`#${await activation.getAttribute("id")}-note`);
      await note.waitFor({ state: "visible" });
      assert.match(await note.textContent(), /activation rate is 55 %: outside the 15–50 % published/);
      assert.equal(await note.evaluate((n) => n.classList.contains("critical")), false);
      assert.ok((await described(activation)).some((t) => t.includes("outside the 15–50 % published")));
      await activation.fill("50");
      await note.waitFor({ state: "hidden" });

      // A 100 % win-rate lift is beyond every published figure: critical, and the hire waits.
      await goTo(page, "Scoreboard");
      const lift = page.getByLabel("Win-rate lift with a partner");
      assert.match((await described(lift))[0], /10–30 % is typical; 5–50 % published .*— Crossbeam, a vendor's network data; 002\./);
      await lift.fill("100");
      const liftNote = page.locator("#field-assumptions-win_rate_lift-note");
      await liftNote.waitFor({ state: "visible" });
      assert.equal(await liftNote.evaluate((n) => n.classList.contains("critical")), true);
      await waitStatus(page, "Saved");

      await goTo(page, "Overview");
      await page.locator(".verdict-text", { hasText: /^Not ready to hire: 1 critical finding to resolve first\.$/ }).waitFor();
      assert.match(await page.locator(".verdict-why").textContent(), /Economics \(assumptions\.implausible\)/);
      const finding = page.getByRole("region", { name: "Health findings" }).locator('li[data-rule="assumptions.implausible"]');
      assert.match(
        await finding.textContent(),
        /The win-rate lift with a partner is 100 %: over 60 % is beyond every published figure/,
      );
      await finding.getByRole("link", { name: "Go to the field" }).click();
      await expectFocus(page, "field-assumptions-win_rate_lift");

      // Put back inside its band, the design is ready again.
      await page.getByLabel("Win-rate lift with a partner").fill("30");
      await liftNote.waitFor({ state: "hidden" });
      await goTo(page, "Overview");
      await page.locator(".verdict.ready").waitFor({ timeout: 5000 });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
