// Drives Debian's chromium through the Tigris researcher pages of a running server, the way a
// researcher would: home page, search, an entity with its highlighted mentions, a document,
// a claim. Fails on any step that does not hold, on a console error, and on any request that
// leaves the server (the pages must work offline).
//
//   node browser-test.mjs SERVER_URL [--term WORD] [--out DIR]
//
// SERVER_URL is the server's root, e.g. http://localhost:3030. --term is what to search for
// (default "Iraq"); --out where the screenshots go (default: a folder in the system temp dir).
// CHROMIUM overrides the browser executable (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function parseArguments(argv) {
  const options = { url: null, term: 'Iraq', out: path.join(os.tmpdir(), 'tigris-browser-test') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--term') options.term = argv[++i];
    else if (argv[i] === '--out') options.out = argv[++i];
    else if (!options.url) options.url = argv[i];
  }
  if (!options.url) {
    console.error('usage: node browser-test.mjs SERVER_URL [--term WORD] [--out DIR]');
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
  page.setDefaultTimeout(20000);
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

  await step(`search for "${options.term}" finds an entity`, async () => {
    await page.locator('main form input[name=q]').fill(options.term);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.locator('main form button').click()]);
    expect(await page.locator('#result-count').isVisible(), 'no result count');
    const entities = page.locator('h2:has-text("Entities") + ul.results a');
    expect(await entities.count() > 0, `no entity found for "${options.term}"`);
    await page.screenshot({ path: path.join(options.out, '2-search.png'), fullPage: true });
  });

  await step('entity page shows a highlighted mention', async () => {
    await Promise.all([page.waitForURL(/\/id\/entity\//),
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
    await Promise.all([page.waitForURL(/\/id\/document\//),
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
    await Promise.all([page.waitForURL(/\/id\/claim\//), claimLink.first().click()]);
    const claim = page.locator('blockquote.src mark.cl').first();
    await claim.waitFor({ state: 'visible' });
    expect((await page.locator('h1').textContent()).startsWith('Claim'), 'not a claim page');
    expect(await page.locator('#other-sources').isVisible(), 'no section for other sources');
    await page.screenshot({ path: path.join(options.out, '5-claim.png'), fullPage: true });
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
