// The JavaScript API (scripts/build-js.sh → target/js/article-explorer.js) from a plain page in
// headless Chromium: offsets are UTF-16 code units, so `text.slice(start, end)` gives every span
// even after emoji and characters outside the Basic Multilingual Plane; the reference date;
// errors on bad input.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openJsApiPage, problems } from './helpers.mjs';

// Written for this test (names and events invented). Before and inside every span there are
// characters that take two UTF-16 code units: emoji (one with joiners), a flag, "𝔸" and "𠀋".
const TEXT = `🌍 LISBON, March 11, 2024 - Ana Ribeiro 👩‍🔬, who leads the 𝔸 lab at the University of Porto, said on Thursday that the 🚢 harbour would reopen in May.

"We expect 𠀋 containers 📦 by next week," Ribeiro told reporters. The mayor, Tomas Weller 🇵🇹, added: "It is 😀 good news for Lisbon."`;

// No dateline: relative dates need the reference date.
const UNDATED = 'Ana Ribeiro 👩‍🔬 said on Thursday that the 🚢 harbour would reopen next week.';

let browser;
let api; // { page, close }

before(async () => {
  browser = await launch();
  api = await openJsApiPage(browser);
});

after(async () => {
  await api?.close();
  await browser?.close();
});

/** Runs `analyze(text, options)` in the page; returns `{ value }` or `{ error: {name, message} }`. */
const analyze = (text, options) =>
  api.page.evaluate(
    ([text, options]) => {
      try {
        return { value: window.api.analyze(text, options) };
      } catch (e) {
        return { error: { name: e.name, message: e.message } };
      }
    },
    [text, options],
  );

/** Every `{start, end, text}` item of an analysis, with where it was found. */
function spans(a) {
  const out = [];
  if (a.reference_source.span) out.push(['reference_source', a.reference_source.span]);
  for (const e of a.entities) for (const m of e.mentions) out.push([`entity ${e.name}`, m]);
  for (const q of a.quotes) {
    out.push(['quote', q]);
    if (q.speaker) out.push(['speaker', q.speaker]);
    if (q.cue) out.push(['cue', q.cue]);
  }
  for (const t of a.timexes) out.push(['timex', t]);
  for (const e of a.timeline) out.push(['timeline', e]);
  return out;
}

test('the module loads from a plain page and returns the CLI schema', async () => {
  const { value } = await analyze(TEXT);
  assert.deepEqual(Object.keys(value), [
    'reference_date', 'reference_source', 'hemisphere', 'sentences', 'entities', 'quotes', 'timexes', 'timeline',
  ]);
  const shown = await api.page.textContent('#out');
  assert.match(shown, /"name": "Ana Ribeiro"/, 'the page rendered its own first analysis');
});

test('offsets are UTF-16 code units: text.slice(start, end) is each span', async () => {
  const { value } = await analyze(TEXT);
  const all = spans(value);
  for (const [what, s] of all) {
    assert.equal(TEXT.slice(s.start, s.end), s.text, `${what} at ${s.start}..${s.end}`);
  }
  // The text must really exercise the conversion: spans after astral characters, and spans
  // that contain some.
  assert.ok(value.entities.length >= 4, `entities: ${JSON.stringify(value.entities)}`);
  assert.ok(value.quotes.length >= 2, `quotes: ${JSON.stringify(value.quotes)}`);
  assert.ok(value.timexes.length >= 3, `timexes: ${JSON.stringify(value.timexes)}`);
  assert.ok(all.some(([, s]) => /\p{Extended_Pictographic}/u.test(s.text)), 'a span contains an emoji');
  assert.ok(all.some(([, s]) => s.text.includes('𠀋')), 'a span contains a non-BMP ideograph');
  const ribeiro = value.entities.find((e) => e.name === 'Ana Ribeiro');
  assert.deepEqual(ribeiro?.mentions.map((m) => m.text), ['Ana Ribeiro', 'Ribeiro']);
  for (const s of value.sentences) assert.ok(s.end <= TEXT.length && s.start < s.end);
  // The dateline sets the reference date.
  assert.equal(value.reference_date, '2024-03-11');
  assert.equal(value.reference_source.kind, 'inferred');
  assert.equal(value.reference_source.span.text, 'March 11, 2024');
});

test('a lone surrogate counts one code unit like any other', async () => {
  const text = '\uD83D Ana Ribeiro said: "Fine." \uDE00 Tomas Weller agreed.';
  const { value } = await analyze(text);
  const all = spans(value);
  assert.ok(all.length >= 3, JSON.stringify(value));
  for (const [what, s] of all) assert.equal(text.slice(s.start, s.end), s.text, what);
});

test('referenceDate as a string or a Date resolves relative dates; without it they stay relative', async () => {
  const given = (await analyze(UNDATED, { referenceDate: '2024-03-11' })).value;
  assert.equal(given.reference_date, '2024-03-11');
  assert.equal(given.reference_source.kind, 'given');
  assert.deepEqual(given.timexes.map((t) => [t.text, t.value]), [['Thursday', '2024-03-07'], ['next week', '2024-W12']]);

  const asDate = await api.page.evaluate((text) => window.api.analyze(text, { referenceDate: new Date(2024, 2, 11) }), UNDATED);
  assert.deepEqual(asDate.timexes, given.timexes);
  assert.equal(asDate.reference_date, '2024-03-11');

  for (const options of [undefined, null, {}, { referenceDate: null }]) {
    const none = (await analyze(UNDATED, options)).value;
    assert.equal(none.reference_date, null, `options ${JSON.stringify(options)}`);
    assert.equal(none.reference_source.kind, 'none');
    assert.equal(none.timexes[0].value, 'XXXX-WXX-4');
  }
  // A given date wins over the dateline.
  const over = (await analyze(TEXT, { referenceDate: '2025-01-01' })).value;
  assert.equal(over.reference_date, '2025-01-01');
  assert.equal(over.reference_source.kind, 'given');
});

test('hemisphere: read from the dateline, or given; seasons follow it', async () => {
  const text = 'AUCKLAND, Jan. 14, 2027 - Last summer was wet.';
  const read = (await analyze(text)).value;
  assert.equal(read.hemisphere, 'south');
  assert.equal(read.hemisphere_from.text, 'AUCKLAND');
  assert.equal(read.timexes[1].value, '2025-SU');
  const north = (await analyze(text, { hemisphere: 'north' })).value;
  assert.equal(north.hemisphere, 'north');
  assert.equal(north.hemisphere_from, undefined);
  assert.equal(north.timexes[1].value, '2026-SU');
  const bad = await analyze(text, { hemisphere: 'east' });
  assert.equal(bad.error?.name, 'Error');
  assert.equal(bad.error.message, 'analyze: hemisphere must be "north" or "south", not "east"');
});

test('bad input throws: TypeError for a text that is not a string, Error for a bad date', async () => {
  for (const bad of [42, null, undefined, { text: 'x' }, ['a']]) {
    const { error } = await analyze(bad);
    assert.equal(error?.name, 'TypeError', `analyze(${JSON.stringify(bad)})`);
    assert.match(error.message, /text must be a string/);
  }
  const notObject = await analyze('Text.', '2024-03-11');
  assert.equal(notObject.error?.name, 'TypeError');
  assert.match(notObject.error.message, /options must be an object, not string/);

  const badDate = await analyze('Text.', { referenceDate: '2024-13-01' });
  assert.equal(badDate.error?.name, 'Error');
  assert.equal(badDate.error.message, 'reference date 2024-13-01 is not a valid date (expected YYYY-MM-DD)');
  const badType = await analyze('Text.', { referenceDate: 20240311 });
  assert.equal(badType.error?.name, 'TypeError');
  assert.match(badType.error.message, /referenceDate must be a "YYYY-MM-DD" string or a Date, not number/);
  const invalid = await api.page.evaluate(() => {
    try {
      window.api.analyze('Text.', { referenceDate: new Date('not a date') });
    } catch (e) {
      return e.message;
    }
  });
  assert.equal(invalid, 'reference date is an invalid Date');
  // The module still works after errors.
  assert.equal((await analyze('', {})).value.sentences.length, 0);
});

test('the README example gives what the README says', async () => {
  const text = 'Ana Ribeiro 👩‍🔬 said on Thursday: "We reopen next week."';
  const { value } = await analyze(text, { referenceDate: '2024-03-11' });
  const mentions = value.entities.flatMap((e) => e.mentions.map((m) => [e.type, text.slice(m.start, m.end)]));
  assert.deepEqual(mentions, [['PERSON', 'Ana Ribeiro']]);
  // (A quotation's "next week" is the speaker's, said on Thursday 7 March: the week of the 11th.)
  assert.deepEqual(value.timexes.map((t) => t.value), ['2024-03-07', '2024-W11']);
});

test('no console errors, page errors or off-site requests', () => {
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.offsite, [], 'requests to other hosts');
});
