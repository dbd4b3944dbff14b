// Per test file: one headless Chromium and one server of the built app, started before the file's
// tests and stopped after them.

import { after, before } from "node:test";
import { launchChromium, serveDist } from "./support.mjs";

/**
 * Starts Chromium and serves dist/ under `prefix` before this file's tests, and stops both after
 * them; `setUp` runs first (making a screenshot folder, say). Returns an object whose `browser`
 * and `server` are set once they are up.
 */
export function browserAndServer(prefix = "/", setUp = async () => {}) {
  const live = {};
  before(async () => {
    await setUp();
    live.browser = await launchChromium();
    live.server = await serveDist(prefix);
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
