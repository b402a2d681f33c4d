// Shared set-up for the browser tests: Debian's Chromium through playwright-core, every request
// off 127.0.0.1 recorded and refused, console errors, page errors and CSP violations collected.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8080/';
export const SHOTS = fileURLToPath(new URL('../../target/e2e/', import.meta.url));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything that must stay empty for the whole run, across pages. */
export const problems = { console: [], pageErrors: [], csp: [], offsite: [], dialogs: [] };

export async function launch() {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

function isLocal(url) {
  const u = new URL(url);
  return u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1';
}

/** Opens `url` (the app by default) in a new page of `context`, recording problems. */
export async function openPage(context, url = APP_URL) {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('dialog', async (dialog) => {
    problems.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  await waitForAnalysis(page);
  return page;
}

/** A fresh context (own storage) with the off-site guard, and the app open in it. */
export async function openApp(browser, options = {}, url = APP_URL) {
  const context = await browser.newContext(options);
  await context.route((u) => !isLocal(u.href), (route) => {
    problems.offsite.push(route.request().url());
    return route.abort();
  });
  const page = await openPage(context, url);
  return { context, page };
}

export async function waitForAnalysis(page) {
  await page.waitForSelector('#article p, #article .empty', { timeout: 15000 });
}

export async function collectCsp(page) {
  problems.csp.push(...(await page.evaluate(() => window.__csp ?? [])));
}

/** Replaces the textarea's text the way a paste does (one input event) and waits for the view. */
export async function setText(page, text) {
  await page.fill('#article-input', text);
  await page.waitForFunction(
    (expected) => {
      const article = document.querySelector('#article');
      if (!article) return false;
      if (expected.trim() === '') return !!article.querySelector('.empty');
      const got = [...article.querySelectorAll('p')].map((p) => p.textContent).join('');
      return got === expected.split(/\r?\n/).map((l) => l.trim()).join('');
    },
    text,
    { timeout: 15000 },
  );
}

export const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
