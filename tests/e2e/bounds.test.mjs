// Every number and date field of every section, typed into as a person would at, just past and
// far past its bounds, and every date typed digit by digit, on the Series B design: whatever the
// form takes is saved and opens again after a reload, with the last valid values on screen and
// no "could not be read" banner. A list stops at its limit.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { openApp, startFrom, waitStatus } from "./persist-support.mjs";

const live = browserAndServer("/");

const SECTIONS = ["firm", "archetypes", "operating-model", "journey", "scoreboard", "candidates"];

/**
 * Texts typed into each number field, one after another: at, just past and far past the bounds
 * of the design's values, then one every field takes, so what is on screen is the design's.
 */
const NUMBERS = ["0", "-1", "101", "3651", "10000001", "99999999999999", "1e3", "12"];

/**
 * The design's number and date fields in the section on screen: text inputs that take numbers,
 * dates. The decision log's form is a draft, not the design, until a decision is added (its date
 * starts at today on every load), so it is not among them.
 */
const DESIGN_NUMBERS = ["numeric", "decimal"]
  .map((mode) => `form:not(.decision-form) input[inputmode='${mode}']`)
  .concat("form:not(.decision-form) input[type='date']")
  .join(", ");

function numberFields(page) {
  return page.locator(DESIGN_NUMBERS);
}

/** What the section's number and date fields show, by id. */
function shown(page) {
  return page.evaluate(
    (selector) =>
      Object.fromEntries([...document.querySelectorAll(selector)].map((input) => [input.id, input.value])),
    DESIGN_NUMBERS,
  );
}

describe("values at and past every field's bounds", () => {
  test("every number and date field takes only what opens again after a reload", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      let typedInto = 0;
      for (const slug of SECTIONS) {
        await page.evaluate((s) => {
          location.hash = `#/${s}`;
        }, slug);
        await page.locator("form").first().waitFor();
        // Open every candidate's details, so their fields are typed into too.
        for (const open of await page.getByRole("button", { name: /^Show ratings, red flags and notes/ }).all()) {
          await open.click();
        }
        const fields = await numberFields(page).all();
        assert.ok(fields.length > 0, `${slug} has number or date fields`);
        for (const field of fields) {
          if (!(await field.isVisible()) || !(await field.isEditable())) continue;
          typedInto += 1;
          if ((await field.getAttribute("type")) === "date") {
            // Chrome's date input passes years such as 0002 and 0202 while a year is typed.
            for (const value of ["0002-01-04", "0020-01-04", "0202-01-04", "2202-01-04", "2028-03-06"]) {
              await field.fill(value);
            }
          } else {
            for (const value of NUMBERS) await field.fill(value);
          }
          await field.blur();
        }
        await waitStatus(page, "Saved");
        const before = await shown(page);
        await page.reload();
        await page.locator("form").first().waitFor();
        assert.equal(
          await page.getByRole("alert").filter({ hasText: /could not be read|Not saved/ }).count(),
          0,
          `no banner after typing into ${slug}`,
        );
        assert.deepEqual(await shown(page), before, `${slug} opens with the values it showed`);
      }
      assert.ok(typedInto > 60, `${typedInto} fields typed into`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a list stops at its limit: recruits reach one figure a quarter and no more", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Series B SaaS");
      await page.evaluate(() => {
        location.hash = "#/scoreboard";
      });
      const add = page.getByRole("button", { name: /^Add Q\d+ recruits$/ });
      while (await add.isEnabled()) await add.click();
      assert.equal(await page.getByLabel(/^Q\d+ recruits$/).count(), 12);
      await waitStatus(page, "Saved");
      await page.reload();
      await page.getByLabel("Q12 recruits").waitFor();
      assert.equal(await add.isDisabled(), true);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
