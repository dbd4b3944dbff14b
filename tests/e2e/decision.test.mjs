// Decision support as a leadership team meets it on the Series B template: what each lever would
// have to be for every goal, the binding lever named, a required value applied that meets its
// goal and Undo taking it back; the tornado and the scenario charts drawn with words and tables;
// scenarios made from the bands, one made active for the whole app, renamed, and kept over a
// reload.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { openApp, startFrom, waitStatus } from "./persist-support.mjs";
import { expectFocus, goTo, typeInto } from "./workshop-support.mjs";

const live = browserAndServer("/");

/** Waits until the chart named `name` has been drawn, and counts its painted pixels. */
async function painted(page, name) {
  const canvas = page.locator(`figure[data-chart="${name}"] canvas`);
  await canvas.waitFor();
  await page.waitForFunction(
    (n) => Number(document.querySelector(`figure[data-chart="${n}"] canvas`)?.dataset.draws ?? 0) >= 1,
    name,
    { timeout: 10000 },
  );
  return canvas.evaluate((c) => {
    const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count += 1;
    return { count, label: c.getAttribute("aria-label") };
  });
}

/** The goal article whose words contain `words`. */
function goal(page, words) {
  return page.locator("article.goal").filter({ has: page.getByRole("heading", { name: words }) });
}

describe("decision support", () => {
  test("every goal is worked back to each lever, and an applied value meets its goal until Undo", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");

      // A year-two target above what the design reaches, so one goal is not yet met.
      await goTo(page, "Scoreboard");
      await typeInto(page.getByLabel("Year 2 target"), "40");
      await waitStatus(page, "Saved");

      await goTo(page, "Forecast");
      for (const name of ["What must be true", "What matters most", "Scenarios"]) {
        await page.getByRole("heading", { name, exact: true, level: 3 }).waitFor();
      }
      const goals = page.locator("article.goal");
      await goals.first().waitFor({ timeout: 10000 });
      const count = await goals.count();
      // Three floors, the scoreboard's targets and the return.
      assert.ok(count >= 5, `${count} goals`);
      let rows = null;
      for (let i = 0; i < count; i += 1) {
        const needed = await goals.nth(i).locator("tbody tr td:nth-child(3)").allTextContents();
        rows ??= needed.length;
        assert.equal(needed.length, rows, "every goal has a row per lever");
        for (const text of needed) assert.match(text, /^(at least|at most) \S.*|cannot meet it alone$/);
      }
      assert.ok(rows >= 8, `${rows} levers`);
      const bindings = await page.locator(".goal-binding").allTextContents();
      assert.ok(bindings.some((b) => /^Binding lever: .+, which would need (at least|at most) /.test(b)), bindings.join("\n"));

      // The 40 % target for year two, unmet; its recruits row applies a value that meets it.
      const target = goal(page, "The scoreboard's 40 % target for year 2");
      assert.match(await target.locator(".goal-status").textContent(), /^Not met: the forecast reaches /);
      const recruits = target.getByRole("row", { name: /^Partners recruited every quarter/ });
      const before = (await recruits.locator("td").first().textContent()).trim();
      const apply = recruits.getByRole("button", { name: /^Apply \d+ partners to the design, for the scoreboard's 40 % target for year 2$/ });
      await apply.click();
      await page.locator("article.goal.met").filter({ has: page.getByRole("heading", { name: "The scoreboard's 40 % target for year 2" }) })
        .waitFor({ timeout: 10000 });
      assert.match(await target.locator(".goal-status").textContent(), /^Met: the forecast reaches /);

      // Undo puts the recruits back, and the goal is unmet again.
      await page.getByRole("toolbar", { name: "Edit" }).getByRole("button", { name: "Undo" }).click();
      await page.locator("article.goal.unmet").filter({ has: page.getByRole("heading", { name: "The scoreboard's 40 % target for year 2" }) })
        .waitFor({ timeout: 10000 });
      assert.equal((await target.getByRole("row", { name: /^Partners recruited every quarter/ }).locator("td").first().textContent()).trim(), before);

      // A required value leads to the field it would change.
      const year2 = goal(page, "The 25 % sourced-share floor of year 2");
      await year2.getByRole("row", { name: /^The win-rate lift with a partner/ }).getByRole("link").click();
      await expectFocus(page, "field-assumptions-win_rate_lift");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("the tornado and the scenarios are drawn, worded and tabled; a scenario made active reads the whole app", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await goTo(page, "Overview");
      await page.getByRole("link", { name: "What must be true for the share floors" }).click();
      await page.waitForFunction(() => document.getElementById("section-heading")?.textContent === "Forecast");

      for (const name of ["tornado-share", "tornado-return"]) {
        const { count, label } = await painted(page, name);
        assert.ok(count > 2000, `${name}: ${count} pixels painted`);
        assert.match(label, /matters most/i);
        const figure = page.locator(`figure[data-chart="${name}"]`);
        await figure.getByRole("button", { name: /^Show as table/ }).click();
        assert.ok((await figure.locator("tbody tr").count()) >= 4, `${name}: a row per assumption`);
      }

      // Scenarios from the bands, compared side by side.
      await page.getByRole("button", { name: "Add Conservative, Base and Ambitious" }).click();
      const comparison = page.getByRole("table", { name: "Headline figures of each scenario" });
      await comparison.getByRole("columnheader", { name: "Ambitious" }).waitFor({ timeout: 10000 });
      const heads = await comparison.locator("thead th").allTextContents();
      assert.deepEqual(heads, ["Figure", "As designed (active)", "Conservative", "Base", "Ambitious"]);
      const shares = await comparison.getByRole("row", { name: /^Sourced share, year 2/ }).locator("td").allTextContents();
      const [designed, conservative, , ambitious] = shares.map((s) => parseFloat(s));
      assert.ok(conservative < ambitious, shares.join(" · "));
      assert.ok(conservative <= designed && designed <= ambitious, shares.join(" · "));
      const lines = await painted(page, "scenarios");
      assert.ok(lines.count > 2000, `scenarios: ${lines.count} pixels painted`);
      assert.match(lines.label, /Ambitious/);

      // Ambitious read by the whole app: said here and in every other section.
      await page.getByLabel("Read the design as").selectOption({ label: "Ambitious" });
      await page.locator(".scenario-reading", { hasText: "under scenario “Ambitious”" }).waitFor();
      await comparison.getByRole("columnheader", { name: "Ambitious (active)" }).waitFor({ timeout: 10000 });

      // Renamed, and kept with the active choice over a reload.
      const name = page.getByLabel("Scenario name").first();
      await typeInto(name, "Cautious");
      await waitStatus(page, "Saved");
      await page.reload();
      await page.getByRole("heading", { name: "Forecast", level: 2 }).waitFor();
      await page.getByRole("table", { name: "Headline figures of each scenario" })
        .getByRole("columnheader", { name: "Cautious" }).waitFor({ timeout: 10000 });
      assert.equal(await page.getByLabel("Read the design as").evaluate((s) => s.selectedOptions[0].textContent), "Ambitious");
      await goTo(page, "Journey");
      await page.locator(".scenario-reading", { hasText: "Scenario “Ambitious” is active" }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
