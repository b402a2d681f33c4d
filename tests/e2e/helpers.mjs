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

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

/**
 * A static file server on 127.0.0.1 (a free port) for pages that are not the app, e.g. the
 * JavaScript API's test page. `mounts` maps URL prefixes ending in "/" to folders. Resolves to
 * `{ url, close }`.
 */
export async function serveStatic(mounts) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  mounts = Object.fromEntries(Object.entries(mounts).map(([p, dir]) => [p, path.resolve(dir)]));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1/');
    const prefix = Object.keys(mounts)
      .filter((p) => url.pathname.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    const file = prefix && path.join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    if (!file || !file.startsWith(mounts[prefix])) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** The JavaScript API built by scripts/build-js.sh (JS_API_DIR overrides the folder). */
export const JS_API_DIR = process.env.JS_API_DIR ?? fileURLToPath(new URL('../../target/js/', import.meta.url));

/**
 * Serves the plain test page (tests/e2e/js-api/index.html) with the built module under /pkg/,
 * opens it in a new page of `browser` and waits until the page has imported the module.
 * Resolves to `{ page, close }`.
 */
export async function openJsApiPage(browser) {
  const server = await serveStatic({
    '/': fileURLToPath(new URL('./js-api/', import.meta.url)),
    '/pkg/': JS_API_DIR,
  });
  const context = await browser.newContext();
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    await context.route((u) => !isLocal(u.href), (route) => {
      problems.offsite.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.console.push(msg.text());
    });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
    await page.goto(server.url);
    await page.waitForFunction(() => window.ready !== undefined, null, { timeout: 15000 });
    const ready = await page.evaluate(() => window.ready);
    if (ready !== true) throw new Error(`the page could not import the module from ${JS_API_DIR}: ${ready}`);
    return { page, close };
  } catch (e) {
    // An open server would keep the test process alive after the failure.
    await close();
    throw e;
  }
}
