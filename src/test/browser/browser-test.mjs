// Drives Debian's chromium through the Tigris researcher pages of a running server, the way a
// researcher would: home page and its map (a marker clicked through to its place), search,
// its timeline (an item clicked through), filters, a CSV download checked against the SPARQL
// endpoint's answer to the table's own query, an entity with its highlighted mentions, a
// document, a claim; the Fuseki UI. Fails on any step that does not hold, on a console error, and on any
// request that leaves the server (the pages must work offline).
//
//   node browser-test.mjs SERVER_URL [--term WORD] [--out DIR] [--readme DIR]
//
// SERVER_URL is the server's root, e.g. http://localhost:3030. --term is what to search for
// (default "Iraq"); --out where the screenshots go (default: a folder in the system temp dir);
// --readme a folder for the README's pictures of the map, the timeline and the filters
// (docs/screenshots). CHROMIUM overrides the browser executable (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function parseArguments(argv) {
  const options = { url: null, term: 'Iraq', out: path.join(os.tmpdir(), 'tigris-browser-test'), readme: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--term') options.term = argv[++i];
    else if (argv[i] === '--out') options.out = argv[++i];
    else if (argv[i] === '--readme') options.readme = argv[++i];
    else if (!options.url) options.url = argv[i];
  }
  if (!options.url) {
    console.error('usage: node browser-test.mjs SERVER_URL [--term WORD] [--out DIR] [--readme DIR]');
    process.exit(2);
  }
  options.url = options.url.replace(/\/+$/, '');
  return options;
}

const options = parseArguments(process.argv.slice(2));
const origin = new URL(options.url).origin;
const results = [];
const problems = [];

async function step(name, action) {
  try {
    await action();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
    throw error;
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A picture for the README, of one element (its top part at most), when --readme was given. */
async function readmeShot(page, locator, name, maxHeight = 1200) {
  if (!options.readme) return;
  fs.mkdirSync(options.readme, { recursive: true });
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.screenshot({ path: path.join(options.readme, name), fullPage: true,
    clip: { x: box.x, y: box.y + await page.evaluate(() => window.scrollY), width: box.width,
      height: Math.min(box.height, maxHeight) } });
}

/** Parses CSV as the SPARQL results CSV format writes it (RFC 4180 quoting). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

fs.mkdirSync(options.out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tigris-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});

let exitCode = 0;
try {
  const page = context.pages()[0] ?? await context.newPage();
  // Generous: a shared CI machine may be slow; a wrong page fails on its checks, not on time.
  page.setDefaultTimeout(60000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) {
      problems.push(`request left the server: ${url}`);
    }
  });

  await step('home page opens', async () => {
    const response = await page.goto(`${options.url}/tigris`);
    expect(response && response.ok(), `status ${response && response.status()}`);
    expect((await page.locator('h1').first().textContent()).includes('Tigris'), 'no Tigris heading');
    await page.screenshot({ path: path.join(options.out, '1-home.png'), fullPage: true });
  });

  await step('home page draws a map whose markers lead to their places', async () => {
    const map = page.locator('svg.map');
    await map.waitFor({ state: 'visible' });
    const box = await map.boundingBox();
    expect(box && box.width > 300 && box.height > 100, 'the map has no size');
    expect(await page.locator('svg.map path.land').getAttribute('d').then((d) => d.length > 1000), 'no country outlines');
    const markers = page.locator('svg.map a.marker');
    expect(await markers.count() > 0, 'no marker on the map');
    expect(await page.locator('figure.chart .chart-legend span').count() > 0, 'no legend');
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(options.out, '1b-home-map.png') });
    await readmeShot(page, page.locator('figure.chart:has(svg.map)'), 'map.png');
    // The last marker is drawn last: on top of any it overlaps.
    const title = await markers.last().locator('title').textContent();
    await Promise.all([page.waitForURL(/\/page\/entity\/[^?]+\?type=/), markers.last().click()]);
    expect(await page.locator('a.chip').count() > 0, `no filter shown after clicking "${title}"`);
    const rows = page.locator('table[data-table="events-and-claims"] tbody tr');
    expect(await rows.count() > 0, 'the place has no events of the marker\'s type');
    const type = new URL(page.url()).searchParams.get('type');
    for (const cell of await rows.locator('td:first-child').allTextContents()) {
      expect(cell.trim() === type, `a row of type ${cell} under the filter type=${type}`);
    }
    await page.screenshot({ path: path.join(options.out, '1c-marker-place.png'), fullPage: true });
    await page.goto(`${options.url}/tigris`);
  });

  await step(`search for "${options.term}" finds an entity`, async () => {
    await page.locator('main form input[name=q]').fill(options.term);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.locator('main form button').click()]);
    expect(await page.locator('#result-count').isVisible(), 'no result count');
    const entities = page.locator('h2:has-text("Entities") + ul.results a');
    expect(await entities.count() > 0, `no entity found for "${options.term}"`);
    await page.screenshot({ path: path.join(options.out, '2-search.png'), fullPage: true });
  });

  await step('search draws a timeline whose items lead to their pages', async () => {
    const searchUrl = page.url();
    const timeline = page.locator('svg.timeline');
    await timeline.waitFor({ state: 'visible' });
    const items = page.locator('svg.timeline a.tl-item');
    expect(await items.count() > 0, 'no item on the timeline');
    expect(await page.locator('svg.timeline text').count() > 0, 'no dates on the axis');
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(options.out, '2b-search-timeline.png') });
    await readmeShot(page, page.locator('figure.chart:has(svg.timeline)'), 'timeline.png');
    const href = await items.last().getAttribute('href');
    await Promise.all([page.waitForURL(/\/page\/(event|claim)\//), items.last().click()]);
    // A thing's IRI (/id/…) answers 303 See Other to its page (/page/…).
    expect(new URL(page.url()).pathname === href.replace(/^\/id\//, '/page/'), `went to ${page.url()}, not the page of ${href}`);
    expect(await page.locator('blockquote.src').count() > 0, 'the item page shows no source sentence');
    await page.screenshot({ path: path.join(options.out, '2c-timeline-item.png'), fullPage: true });
    await page.goto(searchUrl);
  });

  await step('a filtered search narrows the table, in the URL, without script', async () => {
    const before = await page.locator('table[data-table="events-and-claims"] tbody tr').count();
    const box = page.locator('form.facets input[name=type]').first();
    const type = await box.getAttribute('value');
    await box.check();
    await Promise.all([page.waitForURL(/[?&]type=/), page.locator('form.facets button[type=submit]').click()]);
    expect(new URL(page.url()).searchParams.get('q') === options.term, 'the search was lost');
    expect(new URL(page.url()).searchParams.getAll('type').includes(type), 'the filter is not in the URL');
    const rows = page.locator('table[data-table="events-and-claims"] tbody tr');
    const after = await rows.count();
    expect(after > 0, `no ${type} rows`);
    for (const cell of await rows.locator('td:first-child').allTextContents()) {
      expect(cell.trim() === type, `a ${cell} row under type=${type}`);
    }
    expect(after <= before, 'filtering added rows');
    await page.screenshot({ path: path.join(options.out, '2d-faceted-search.png'), fullPage: true });
    await readmeShot(page, page.locator('#activity form.facets'), 'facets.png');
    await readmeShot(page, page.locator('table[data-table="events-and-claims"]'), 'facets-table.png', 520);
  });

  await step('the table downloads as CSV equal to the SPARQL answer to its query', async () => {
    const shown = await page.locator('table[data-table="events-and-claims"] tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.locator('table[data-table="events-and-claims"] a.csv').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const query = await (await page.request.get(
      await page.locator('table[data-table="events-and-claims"] a.rq').evaluate((a) => a.href))).text();
    expect(query.includes('SELECT'), 'the .rq link gives no query');
    const answer = await page.request.post(`${options.url}/kg/sparql`, {
      headers: { 'Content-Type': 'application/sparql-query', Accept: 'text/csv' }, data: query });
    expect(answer.ok(), `the endpoint answered ${answer.status()}`);
    const expected = parseCsv(await answer.text());
    const got = parseCsv(csv);
    expect(got.length > 1, 'the CSV has no rows');
    expect(JSON.stringify(got) === JSON.stringify(expected),
      `the CSV (${got.length - 1} rows) differs from the SPARQL answer (${expected.length - 1} rows)`);
    if (shown < 100) expect(got.length - 1 === shown, `the page shows ${shown} rows, the CSV has ${got.length - 1}`);
    const editor = await page.locator('table[data-table="events-and-claims"] a.editor').getAttribute('href');
    expect(editor.includes('#/dataset/kg/query?query='), 'no query editor link');
    await page.goto(page.url().replace(/\?.*$/, '') + `?q=${encodeURIComponent(options.term)}`);
  });

  await step('entity page shows a highlighted mention', async () => {
    await Promise.all([page.waitForURL(/\/page\/entity\//),
      page.locator('h2:has-text("Entities") + ul.results a').first().click()]);
    const mark = page.locator('blockquote.src mark.hit').first();
    await mark.waitFor({ state: 'visible' });
    const box = await mark.boundingBox();
    expect(box && box.width > 0 && box.height > 0, 'the mention mark has no size');
    const marked = (await mark.textContent()).trim();
    expect(marked.length > 0, 'empty mark');
    const background = await mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent', 'the mark is not highlighted');
    await page.screenshot({ path: path.join(options.out, '3-entity.png'), fullPage: true });
  });

  await step('document page shows its text with linked mentions', async () => {
    await Promise.all([page.waitForURL(/\/page\/document\//),
      page.locator('blockquote.src + p.meta a').first().click()]);
    await page.locator('.doc').waitFor({ state: 'visible' });
    expect(await page.locator('.doc a.m').count() > 0, 'no mention marked in the document text');
    expect((await page.locator('dl.facts').textContent()).includes('Named graph'), 'named graph not shown');
    await page.screenshot({ path: path.join(options.out, '4-document.png'), fullPage: true });
  });

  await step('claim page shows the claim in its sentence', async () => {
    let claimLink = page.locator('#claims + table a[href*="/id/claim/"]');
    if (await claimLink.count() === 0) {
      // This document has no claims: find one in the document list that has.
      await page.goto(`${options.url}/tigris/documents`);
      const documents = await page.locator('main table a').evaluateAll((links) => links.map((a) => a.href));
      for (const document of documents.slice(0, 50)) {
        await page.goto(document);
        claimLink = page.locator('#claims + table a[href*="/id/claim/"]');
        if (await claimLink.count() > 0) break;
      }
    }
    expect(await claimLink.count() > 0, 'no document with a claim');
    await Promise.all([page.waitForURL(/\/page\/claim\//), claimLink.first().click()]);
    const claim = page.locator('blockquote.src mark.cl').first();
    await claim.waitFor({ state: 'visible' });
    expect((await page.locator('h1').textContent()).startsWith('Claim'), 'not a claim page');
    expect(await page.locator('#other-sources').isVisible(), 'no section for other sources');
    await page.screenshot({ path: path.join(options.out, '5-claim.png'), fullPage: true });
  });

  await step('the Fuseki UI opens clean, read-only and offline', async () => {
    // CI serves without admin credentials: a read-only dataset. Opening the query view asks
    // /$/stats/kg (a 403 there shows a red error) and prefix.cc (offline: must not leave).
    for (const view of ['/#/', '/#/dataset/kg/query']) {
      await page.goto(`${options.url}${view}`);
      await page.locator(view === '/#/' ? 'table' : '.CodeMirror').first().waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      const body = await page.locator('body').textContent();
      expect(!/Request failed|status code 4\d\d/.test(body), `an error shows on ${view}`);
      for (const label of ['add data', 'edit']) {
        const visible = await page.locator('a:visible, button:visible').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`, 'i') }).count();
        expect(visible === 0, `"${label}" is offered on ${view}`);
      }
    }
    await page.goto(`${options.url}/#/dataset/kg/upload`);
    await page.waitForURL(/#\/dataset\/kg\/query/);
    await page.screenshot({ path: path.join(options.out, '6-fuseki-ui.png'), fullPage: true });
  });

  await step('nothing was fetched from elsewhere and nothing failed in the console', async () => {
    expect(problems.length === 0, problems.join('; '));
  });
} catch (error) {
  exitCode = 1;
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots: ${options.out}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
