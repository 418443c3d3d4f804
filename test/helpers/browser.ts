// Debian's Chromium, driven by playwright-core, for the report's browser tests. Started as the
// machine's checks start it: headless, no sandbox (root in CI), no background networking (the
// network is closed, and the report must need none), a new empty profile. A missing browser
// fails the test with what to install; it never skips.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.SKILLOPS_CHROMIUM || '/usr/bin/chromium';
/** Screenshots of the pages tested, for people to look at (git-ignored). */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the report's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run installs it)`);
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'skillops-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while it loaded: console errors, uncaught errors, requests, dialogs. */
export interface PageWatch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** A new page that records every console error, page error, request and dialog. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  const watch: PageWatch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  // nothing may leave the machine: any request that is not a file of the site is refused too
  await page.route(
    (url) => url.protocol !== 'file:',
    (route) => route.abort(),
  );
  return { page, watch };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, 'report', `${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const fileUrl = (dir: string, page: string) => `file://${path.join(dir, page)}`;
