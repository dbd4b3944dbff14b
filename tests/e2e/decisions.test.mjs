// The decision log as a workshop uses it in the Thesis section: a decision added by its labels is
// listed and kept over a reload, an empty decision is refused next to its field, and a removed
// decision comes back with Undo.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./shared.mjs";
import { openPage } from "./support.mjs";
import { openApp, startFrom, waitStatus } from "./persist-support.mjs";
import { goTo } from "./workshop-support.mjs";

const live = browserAndServer("/");

const DECIDED = "Resellers own the mid-market relationship";

describe("the decision log", () => {
  test("a decision is added, kept over a reload, refused when empty and back after Undo", async () => {
    const { context, page, errors } = await openPage(live.browser, { viewport: { width: 390, height: 844 } });
    try {
      await openApp(page, live.server);
      await startFrom(page, "Blank design");
      await goTo(page, "Thesis");
      const log = page.getByRole("region", { name: "Decisions", exact: true });
      const entries = log.getByRole("listitem");
      assert.equal(await entries.count(), 0);

      // An empty decision says why beside its field, and adds nothing.
      await log.getByRole("button", { name: "Add decision" }).click();
      const what = log.getByLabel("Decision", { exact: true });
      assert.equal(await what.getAttribute("aria-invalid"), "true");
      assert.match(await log.locator(".field.invalid .error").textContent(), /Enter what was decided/);
      assert.equal(await entries.count(), 0);

      // Added by the keyboard, from its labels; the date starts at today.
      const today = await log.getByLabel("Date", { exact: true }).inputValue();
      assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
      await what.fill(DECIDED);
      await log.getByLabel("Options considered", { exact: true }).fill("Resellers, or referral partners only");
      await log.getByLabel("Owner", { exact: true }).fill("CRO");
      await log.getByLabel("Owner", { exact: true }).press("Enter");
      await entries.first().waitFor();
      assert.equal(await entries.count(), 1);
      const entry = await entries.first().textContent();
      for (const part of [DECIDED, "Resellers, or referral partners only", "CRO", today]) {
        assert.ok(entry.includes(part), `${part} in ${entry}`);
      }
      assert.equal(await what.inputValue(), "", "the form is ready for the next decision");
      assert.equal(await what.getAttribute("aria-invalid"), null);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, "the log fits 390 px");

      // Kept over a reload.
      await waitStatus(page, "Saved");
      await page.reload();
      await goTo(page, "Thesis");
      await entries.first().waitFor();
      assert.ok((await entries.first().textContent()).includes(DECIDED));

      // Removed, then back with Undo.
      await log.getByRole("button", { name: `Remove decision “${DECIDED}”` }).click();
      await page.waitForFunction(() => document.querySelectorAll(".decision-list li").length === 0);
      const notice = page.getByRole("status").filter({ hasText: `Removed decision “${DECIDED}”.` });
      await notice.getByRole("button", { name: "Undo", exact: true }).click();
      await entries.first().waitFor();
      assert.ok((await entries.first().textContent()).includes(DECIDED));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
