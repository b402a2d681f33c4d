// End-to-end test of the built page, in Debian's Chromium driven by playwright-core.
//
// Build and serve first (from the repository root):
//   trunk build --release
//   python3 -m http.server 8080 --bind 127.0.0.1 --directory dist &
//   node --test tests/e2e/
// APP_URL overrides the address, e.g. APP_URL=http://127.0.0.1:8080/sub/ to test a sub-folder.
//
// Checks that depend on what the engine extracts say so in their messages ("engine: …"), so a
// failure while the extractors are being written is easy to tell from a broken page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, collectCsp, launch, openApp as openAppIn, problems, setText, texts, waitForAnalysis } from './helpers.mjs';

// A short original article (written for this test; names and events are invented).
const OWN_ARTICLE = `Lyon to plant trees along the Rhone

LYON, June 3, 2025 - The city council of Lyon approved a plan on Tuesday to plant 5,000 trees along the Rhone before the summer of 2027.

"Shade is no longer a luxury in this city," said Claire Dubois, the deputy mayor in charge of parks.

Work will start in September 2025, the council said.`;

const HOSTILE = '<script>alert(1)</script><b>bold</b>';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Opens the app in a fresh context and waits until the first analysis is on screen. */
const openApp = (options = {}) => openAppIn(browser, options);

let desktop; // shared page for the desktop checks, in order

test('page loads, shows the sample article and the privacy line', async () => {
  desktop = await openApp({ viewport: { width: 1280, height: 900 } });
  const { page } = desktop;
  assert.equal(await page.title(), 'Article Explorer');
  assert.match(await page.textContent('header'), /never leaves your device/);
  assert.match(await page.textContent('.input-panel'), /sample article \(fictional\)/i);
  const value = await page.inputValue('#article-input');
  assert.match(value, /^Danube flood talks/);
  const article = await page.textContent('#article');
  assert.match(article, /Danube flood talks end with pledge/);
  assert.ok((await page.$$('#article p')).length >= 8, 'article view keeps paragraphs as <p>');
  await page.screenshot({ path: `${SHOTS}desktop.png` });
  await page.screenshot({ path: `${SHOTS}desktop-full.png`, fullPage: true });
});

test('sample article: entities of several types are highlighted', async () => {
  const { page } = desktop;
  const marks = await page.$$eval('#article mark.ent', (els) =>
    els.map((e) => ({ cls: e.className, title: e.title, text: e.textContent })),
  );
  assert.ok(marks.length > 0, 'engine: no entity marks at all in the sample article');
  for (const type of ['person', 'org', 'loc']) {
    const n = marks.filter((m) => m.cls.split(' ').includes(`ent-${type}`)).length;
    assert.ok(n > 0, `engine: no ${type.toUpperCase()} mention highlighted in the sample article`);
  }
  // Type is not shown by colour alone: every mark has a title naming its type, and labels exist.
  for (const m of marks) assert.match(m.title, /^(PERSON|ORG|LOC|GROUP|MISC|MONEY|PERCENT): /);
  const labelled = await page.$$eval('#article mark.ent + .lbl', (els) =>
    els.map((e) => getComputedStyle(e, '::before').content),
  );
  assert.ok(labelled.some((c) => c.includes('PER')), 'mentions carry a visible type label');
  const berger = marks.find((m) => m.text.includes('Katharina Berger'));
  assert.ok(berger, 'engine: "Katharina Berger" is not highlighted');
  assert.match(berger.title, /PERSON: Katharina Berger/);
  // The legend lists every type with a count, and the entity list groups them.
  const legend = await texts(page, '.legend-item');
  assert.ok(legend.length >= 7, 'legend lists each entity type');
  assert.ok((await page.$$('.entity-group')).length >= 3, 'engine: entity list has fewer than 3 types');
});

test('sample article: quotes are listed with their speakers', async () => {
  const { page } = desktop;
  const quotes = await page.$$eval('.quote-item', (els) =>
    els.map((e) => ({
      text: e.querySelector('.quote-text').textContent,
      speaker: e.querySelector('.speaker').textContent,
    })),
  );
  assert.ok(quotes.length >= 3, `engine: expected at least 3 quotes, got ${quotes.length}`);
  const speakers = quotes.map((q) => q.speaker);
  for (const name of ['Katharina Berger', 'Miklos Farkas']) {
    assert.ok(speakers.includes(name), `engine: no quote attributed to ${name} (speakers: ${speakers})`);
  }
  const she = quotes.find((q) => q.text.includes('The villages will get a text message'));
  assert.ok(she, 'engine: the "villages" quote is not in the quote list');
  assert.equal(she.speaker, 'Elena Popescu', 'engine: "she said" quote not resolved to Elena Popescu');
  // Quotes are marked in the article too, and an entity inside a quote keeps both marks.
  assert.ok((await page.$$('#article .q')).length > 0, 'quotes are marked in the article');
});

test('clicking a quote scrolls the article to it and flashes it', async () => {
  const { page } = desktop;
  const items = await page.$$('.quote-item');
  assert.ok(items.length > 0, 'engine: no quotes to click');
  const last = items[items.length - 1];
  const index = await last.getAttribute('data-quote-index');
  await last.click();
  const target = page.locator(`#article [data-quote~="${index}"]`).first();
  await page.waitForFunction(
    (i) => document.querySelector(`#article [data-quote~="${i}"]`)?.classList.contains('flash'),
    index,
  );
  await page.waitForTimeout(600); // smooth scrolling
  assert.ok(await target.isVisible());
  const box = await target.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, `quote ${index} scrolled into view (y=${box?.y})`);
  await page.screenshot({ path: `${SHOTS}desktop-quote-clicked.png` });
});

test('sample article: timeline entries are in date order', async () => {
  const { page } = desktop;
  const dates = await page.$$eval('.timeline time', (els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.length >= 2, `engine: expected at least 2 timeline entries, got ${dates.length}`);
  const sorted = [...dates].sort();
  assert.deepEqual(dates, sorted, 'timeline is in date order');
  assert.ok(dates.some((d) => d.startsWith('2023-09')), `engine: no event in September 2023 (${dates})`);
  const shown = await texts(page, '.timeline time');
  assert.ok(shown.some((d) => /^(\d{1,2} )?[A-Z][a-z]{2} \d{4}$|^\d{4}$/.test(d)), `dates formatted for people (${shown})`);
  // Clicking an event flashes its sentence in the article.
  await page.click('.event-item');
  await page.waitForSelector('#article .ev.flash');
  const note = await page.textContent('#ref-note');
  assert.match(note, /inferred from 'March 15, 2024'/, `engine: reference date note is "${note}"`);
  assert.equal(await page.inputValue('#ref-date'), '2024-03-15');
});

test('a given reference date is used and said to be given', async () => {
  const { page } = desktop;
  await page.fill('#ref-date', '2020-01-31');
  await page.dispatchEvent('#ref-date', 'change');
  await page.waitForFunction(() => document.querySelector('#ref-note').textContent.includes('given'));
  await page.click('text=Find in text');
  await page.waitForFunction(() => !document.querySelector('#ref-note').textContent.includes('given'));
});

test('a new article replaces every view', async () => {
  const { page } = desktop;
  await setText(page, OWN_ARTICLE);
  assert.match(await page.textContent('#article'), /Shade is no longer a luxury/);
  assert.doesNotMatch(await page.textContent('#article'), /Danube/);
  assert.doesNotMatch(await page.textContent('.input-panel'), /Showing the sample/);
  const speakers = await texts(page, '.quote-item .speaker');
  assert.deepEqual(speakers, ['Claire Dubois'], `engine: speakers of own article: ${speakers}`);
  const persons = await texts(page, '#article mark.ent-person');
  assert.ok(persons.includes('Claire Dubois'), `engine: PERSON marks in own article: ${persons}`);
  const dates = await page.$$eval('.timeline time', (els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.some((d) => d.startsWith('2025')), `engine: no 2025 event in own article (${dates})`);
  assert.match(await page.textContent('#ref-note'), /inferred from 'June 3, 2025'/);
  await page.screenshot({ path: `${SHOTS}desktop-own-article.png` });
});

test('without a date to count from, the timeline says how to place relative dates', async () => {
  const { page } = desktop;
  await setText(page, 'The mill in Oster closed on Tuesday. Workers said they were told last week.');
  const empty = await page.textContent('.timeline-panel .empty');
  assert.match(empty, /2 time expressions stay relative\. Set the reference date above/, `timeline note: "${empty}"`);
  await page.fill('#ref-date', '2026-03-13');
  await page.dispatchEvent('#ref-date', 'change');
  await page.waitForSelector('.timeline time');
  const dates = await page.$$eval('.timeline time', (els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.includes('2026-03-10'), `engine: "on Tuesday" before Friday 13 March 2026 (${dates})`);
  await page.click('text=Find in text');
  await page.waitForSelector('.timeline-panel .empty');
});

test('a dateline without its year asks which year, and one click dates the story', async () => {
  const { page } = desktop;
  await setText(
    page,
    'HARWICH, Sept. 12 (AP) - The ferry Osterling ran aground early on Thursday, the coast guard said on Thursday. ' +
      'Passengers were taken off on Wednesday night.',
  );
  assert.match(await page.textContent('#ref-note'), /'Sept\. 12' gives no year/);
  const ask = await page.textContent('#ref-ask');
  assert.match(ask, /Which year is ‘Sept\. 12’ \(the story reports on a Thursday\)\?/, `prompt: "${ask}"`);
  const offered = await texts(page, '#ref-ask button');
  assert.equal(offered.length, 3, `three Thursdays offered: ${offered}`);
  for (const label of offered) assert.match(label, /^Thu 12 Sep \d{4}$/);
  const year = offered[0].slice(-4);
  assert.equal(new Date(`${year}-09-12T12:00:00Z`).getUTCDay(), 4, 'the first offer is a Thursday');
  await page.click('#ref-ask button');
  await page.waitForFunction(() => document.querySelector('#ref-note').textContent.includes('given'));
  assert.equal(await page.inputValue('#ref-date'), `${year}-09-12`);
  assert.equal(await page.locator('#ref-ask').count(), 0, 'no question once a date is given');
  const dates = await page.$$eval('.timeline time', (els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.some((d) => d.startsWith(`${year}-09-11`)), `engine: "on Wednesday night" before Thursday 12 September (${dates})`);
  await page.click('text=Find in text');
  await page.waitForSelector('#ref-ask');
});

test('a southern dateline puts the seasons in the south, and one click puts them back north', async () => {
  const { page } = desktop;
  await setText(
    page,
    'NELSON, New Zealand, Jan. 14, 2027 - Orchards lost fruit to hail on Tuesday. ' +
      'Last winter was the wettest on record, growers said.',
  );
  const seasons = await page.textContent('#ref-seasons');
  assert.match(seasons, /Seasons: southern hemisphere, from 'New Zealand'/, `engine: seasons note "${seasons}"`);
  const shown = await texts(page, '.timeline-panel .event-date time');
  assert.ok(shown.includes('winter 2026'), `June to August 2026 is last winter in the south (${shown})`);
  await page.screenshot({ path: `${SHOTS}desktop-southern-seasons.png` });
  await page.click('#ref-seasons button');
  await page.waitForFunction(() => document.querySelector('#ref-seasons').textContent.includes('northern hemisphere (chosen)'));
  const north = await texts(page, '.timeline-panel .event-date time');
  assert.ok(north.includes('winter 2025/26'), `the north's last winter runs from December 2025 (${north})`);
  await page.click('#ref-seasons >> text=Find in text');
  await page.waitForFunction(() => document.querySelector('#ref-seasons').textContent.includes('southern hemisphere, from'));
  // A text that names no season says nothing of hemispheres.
  await setText(page, 'The mill in Oster closed on Tuesday.');
  assert.equal(await page.locator('#ref-seasons').count(), 0);
});

test('pasted HTML is shown as text, never run', async () => {
  const { page } = desktop;
  await setText(page, HOSTILE);
  const article = page.locator('#article');
  assert.equal((await article.textContent()).trim(), HOSTILE);
  assert.equal(await page.locator('#article b').count(), 0, 'no <b> element inside the article view');
  assert.equal(await page.locator('#article script').count(), 0, 'no <script> inside the article view');
  await page.waitForTimeout(300);
  assert.deepEqual(problems.dialogs, [], 'no dialog fired');
});

test('empty and odd input never break the page', async () => {
  const { page } = desktop;
  await setText(page, '');
  assert.match(await page.textContent('#article'), /Paste an article to begin/);
  const odd = [
    '😀 "🙂 ok 🙂," said 👩🏽‍🚀 on 15 March 2024. 🇪🇺',
    'قال أحمد: "سنعود غدا". שלום עולם. Mixed עברית and English "quote" said Dan.',
    '\u0000\u0001\u0007\u001b[31m \uFFFD\uFEFF\u202E reversed \u200B\u00AD junk',
    '"""" said said "" " "said',
    'x'.repeat(3000),
  ];
  for (const text of odd) {
    await setText(page, text);
  }
  // The sample button brings the sample back.
  await page.click('#sample-btn');
  await waitForAnalysis(page);
  assert.match(await page.inputValue('#article-input'), /^Danube/);
  await page.click('#clear-btn');
  assert.equal(await page.inputValue('#article-input'), '');
  await page.waitForSelector('#article .empty');
  assert.deepEqual(problems.pageErrors, [], 'no uncaught errors or panics');
});

test('a long article stays responsive', async () => {
  const { page } = desktop;
  await page.click('#sample-btn');
  // ~80 KB, above the 50 KB debounce threshold. Timed inside the page: Playwright's own typing
  // of that much text would dominate the measure. Only the first part is drawn at once; the
  // rest waits behind "Show more".
  const { bytes, ms, drawn } = await page.evaluate(async () => {
    const input = document.querySelector('#article-input');
    const text = Array.from({ length: 40 }, () => input.value).join('\n\n');
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!document.querySelector('#show-more')) {
      await new Promise((r) => setTimeout(r, 5));
      if (performance.now() - t0 > 20000) break;
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return {
      bytes: text.length,
      ms: Math.round(performance.now() - t0),
      drawn: document.querySelectorAll('#article p').length,
    };
  });
  const status = (await page.textContent('#status')).trim();
  console.log(`# ${bytes} bytes: ${drawn} paragraphs drawn after ${ms} ms (${status})`);
  assert.ok(ms < 3000, `long article took ${ms} ms`);
  assert.match(status, /^1\d{4} words/, 'the whole text was analysed');
  // "Show all" draws the rest.
  const t0 = Date.now();
  await page.click('text=Show all');
  await page.waitForFunction(() => !document.querySelector('#show-more'));
  const all = await page.$$eval('#article p', (els) => els.length);
  console.log(`# show all: ${all} paragraphs in ${Date.now() - t0} ms`);
  assert.ok(all > drawn, 'more paragraphs after Show all');
  await collectCsp(page);
  await desktop.context.close();
});

test('mobile (360 px): no horizontal overflow', async () => {
  const { page, context } = await openApp({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the 360px viewport`);
  await page.screenshot({ path: `${SHOTS}mobile.png` });
  await page.screenshot({ path: `${SHOTS}mobile-full.png`, fullPage: true });
  await page.locator('.article-panel').screenshot({ path: `${SHOTS}mobile-article.png` });
  // Long unbroken words must wrap too.
  await setText(page, `${'Supercalifragilistic'.repeat(20)} "${'x'.repeat(300)}," said Ann Lee.`);
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow2 <= 0, `long words overflow by ${overflow2}px`);
  await collectCsp(page);
  await context.close();
});

test('dark colour scheme renders', async () => {
  const { page, context } = await openApp({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}desktop-dark.png` });
  await collectCsp(page);
  await context.close();
});

test('no request left 127.0.0.1, no console errors, no CSP violations', () => {
  assert.deepEqual(problems.offsite, [], 'requests to other hosts');
  assert.deepEqual(problems.csp, [], 'CSP violations');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.dialogs, [], 'dialogs');
});
