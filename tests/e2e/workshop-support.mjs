// What the workshop test does over and over, as a person at the keyboard: move to a section by
// the navigation, type into a field over what it held, add an item to a list and wait for focus
// to land in it, and read the live health (findings by rule, the section's readiness badge).

import assert from "node:assert/strict";

/**
 * Moves to a section by its link in the navigation, and waits until it is shown with focus on its
 * heading (unless it already was the section in view), so nothing typed next lands elsewhere.
 */
export async function goTo(page, label) {
  const link = await sectionLink(page, label);
  const moves = (await link.getAttribute("aria-current")) !== "page";
  await link.click();
  await page.waitForFunction(
    ([l, focus]) => {
      const heading = document.getElementById("section-heading");
      return heading?.textContent === l && (!focus || document.activeElement === heading);
    },
    [label, moves],
    { timeout: 5000 },
  );
}

/**
 * The navigation's link to a section; on a phone, where the navigation folds behind the Menu
 * button, the menu is opened first, as a person would.
 */
export async function sectionLink(page, label) {
  // Until the app has started, neither the navigation nor the Menu button may be on screen yet.
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  const nav = page.getByRole("navigation", { name: "Sections" });
  const menu = page.getByRole("button", { name: "Menu" });
  if (!(await nav.isVisible()) && (await menu.isVisible())) await menu.click();
  return nav.getByRole("link", { name: label, exact: true });
}

/**
 * Types `text` into `field` key by key, over whatever it held (select all, then type), and checks
 * the field shows it.
 */
export async function typeInto(field, text) {
  await field.click();
  await field.press("ControlOrMeta+A");
  await field.pressSequentially(String(text));
  assert.equal(await field.inputValue(), String(text));
}

/** Waits until the element with id `id` has focus (focus moves after a render). */
export async function expectFocus(page, id) {
  await page
    .waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 })
    .catch(async () => {
      const got = await page.evaluate(() => document.activeElement?.id);
      assert.fail(`expected focus on #${id}, found #${got}`);
    });
}

/**
 * Clicks an Add button and waits until focus lands on the new item's field, the one at document
 * path `path`; returns that field.
 */
export async function addItem(page, button, path) {
  const id = fieldId(path);
  await button.click();
  await expectFocus(page, id);
  return page.locator(`#${id}`);
}

/** The element id of the field at a document path, as the app builds it. */
export function fieldId(path) {
  return `field-${path.replaceAll(".", "-")}`;
}

/** The rules of the critical findings on the page, as a sorted list. */
export async function criticalRules(page) {
  const rules = await page
    .locator("li.finding")
    .filter({ has: page.locator(".severity", { hasText: /^Critical$/ }) })
    .evaluateAll((items) => items.map((i) => i.dataset.rule));
  return rules.sort();
}

/**
 * Waits until the section's readiness badge (the first on the page) says `critical` critical
 * findings; returns its text.
 */
export async function expectCritical(page, critical) {
  const badge = page.locator(".section .badge").first();
  await page
    .waitForFunction(
      (n) => document.querySelector(".section .badge span")?.textContent?.startsWith(`${n} critical ·`),
      critical,
      { timeout: 5000 },
    )
    .catch(async () => {
      assert.fail(`expected ${critical} critical on the badge, it reads “${await badge.textContent()}”`);
    });
  return badge.textContent();
}

/** The sequence note ("Earlier mechanics first.") of the section in view, if any. */
export function sequenceNote(page) {
  return page.getByRole("note").filter({ hasText: "Earlier mechanics first." });
}

/** The list item that a heading of `name` heads (metrics, candidates, archetypes). */
export function itemHeaded(page, name, exact = true) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact }) });
}

/** The one design stored in the page's localStorage, as the app wrote it. */
export async function storedDesign(page) {
  const raws = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("partner-blueprint/design/"))
      .map((k) => localStorage.getItem(k)),
  );
  assert.equal(raws.length, 1, "one design is stored");
  return JSON.parse(raws[0]).design;
}

/**
 * A design with what the user never types taken out, so two designs entered differently compare
 * field by field: the ids the app makes up for roles, metrics and candidates (every reference to
 * one becomes the name it was chosen by), the order of a candidate's red flags, and the kickoff
 * date (the timeline becomes days from it).
 */
export function comparable(design) {
  const d = structuredClone(design);
  const roleTitle = new Map(d.operating.roles.map((r) => [r.id, r.title]));
  const metricName = new Map(d.scoreboard.metrics.map((m) => [m.id, m.name]));
  for (const role of d.operating.roles) {
    delete role.id;
    role.owns_metric = metricName.get(role.owns_metric) ?? role.owns_metric;
  }
  for (const metric of d.scoreboard.metrics) {
    delete metric.id;
    metric.owner = roleTitle.get(metric.owner) ?? metric.owner;
  }
  for (const stage of d.journey.stages) stage.owner = roleTitle.get(stage.owner) ?? stage.owner;
  for (const candidate of d.candidates.candidates) {
    delete candidate.id;
    // A set: the form keeps flags in its own order, a template in the order it lists them.
    candidate.red_flags.sort();
  }
  const days = (date) => (Date.parse(date) - Date.parse(d.firm.kickoff)) / 86_400_000;
  d.operating.timeline = Object.fromEntries(
    Object.entries(d.operating.timeline).map(([k, date]) => [k, days(date)]),
  );
  delete d.firm.kickoff;
  return d;
}
