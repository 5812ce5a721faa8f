/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The results panel's page (media/results.js, in the HTML the panel makes) in headless Chromium:
 * chunk text, symbols, paths and titles holding markup and `javascript:` show as text; no element,
 * handler or link comes out of them, with the page's content security policy and without it.
 * Needs Chromium (scripts/code-server/setup.sh installs it; BARISTA_CHROMIUM names another).
 */
import '../unit/fakeVscode';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PanelMessage } from '../../../src/extension/panel';
import type { Hit } from '../../../src/extension/protocol';
import { panelInFakeView, WEBVIEW_ORIGIN } from '../unit/fakeView';

const repo = path.resolve(__dirname, '../../..');
const chromiumPath = process.env.BARISTA_CHROMIUM ?? '/usr/bin/chromium';

const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
const JS_URL = 'javascript:window.__pwned="url"';
const HOSTILE = [SCRIPT, IMG, JS_URL];

function hostileHit(i: number): Hit {
  return {
    folder: `file:///ws${i}`,
    path: `${HOSTILE[i]}/x${i}.py`,
    language: `<b>lang${i}</b>`,
    kind: 'code',
    startLine: 1,
    endLine: 3,
    symbol: `${HOSTILE[(i + 1) % 3]} upload`,
    score: 0.9 - i / 10,
    text: `def upload():\n    ${HOSTILE[(i + 2) % 3]} upload\n    return "${IMG}"`,
    snippet: { line: 2, text: HOSTILE[(i + 2) % 3] },
  };
}

let browser: Browser;
before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: run scripts/code-server/setup.sh (or set BARISTA_CHROMIUM)`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
});
after(async () => browser?.close());

/** The panel's page loaded at WEBVIEW_ORIGIN, with a stand-in for the webview API that records what the page posts. */
async function openPanel(html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${WEBVIEW_ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'panel.html') return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.join(repo, 'media', name);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: name.endsWith('.js') ? 'text/javascript' : 'text/css', body: readFileSync(file) });
  });
  // A string, not a function: the test's compiler would add helpers the page does not have.
  await page.addInitScript(`window.__sent = [];
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent.push(m), getState: () => undefined, setState: () => undefined });`);
  await page.goto(`${WEBVIEW_ORIGIN}/panel.html`);
  await page.waitForFunction(() => (window as unknown as { __sent: { type: string }[] }).__sent.some((m) => m.type === 'ready'));
  return page;
}

async function renderHostile(html: string): Promise<void> {
  const p = panelInFakeView(repo);
  p.show({ title: `Search: ${SCRIPT}`, query: `${IMG} upload`, hits: [0, 1, 2].map(hostileHit), sizes: [], ms: 3 });
  const message = p.posted.at(-1) as PanelMessage;
  assert.equal(message.type, 'results');
  const page = await openPanel(html);
  try {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    await page.waitForSelector('#results li');
    await page.waitForTimeout(200);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      elements: [...document.querySelectorAll('#results *, #title *, #info *')].map((e) => e.tagName.toLowerCase()),
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      links: document.querySelectorAll('a, [href^="javascript"], [src^="javascript"]').length,
      title: document.getElementById('title')!.textContent,
      symbols: [...document.querySelectorAll('.symbol')].map((e) => e.textContent),
      paths: [...document.querySelectorAll('.path')].map((e) => e.textContent),
      code: [...document.querySelectorAll('.snippet')].map((e) => e.textContent),
      options: [...document.querySelectorAll('option')].map((e) => e.textContent),
    }));
    assert.equal(seen.pwned, undefined, 'no script of the results ran');
    assert.deepEqual([...new Set(seen.elements)].sort(), ['button', 'div', 'li', 'mark', 'pre', 'span'], 'only the elements the page makes');
    assert.equal(seen.handlers, 0, 'no event handler attribute anywhere');
    assert.equal(seen.links, 0, 'no link');
    assert.equal(seen.title, `Search: ${SCRIPT}`);
    assert.deepEqual(
      seen.symbols,
      [0, 1, 2].map((i) => hostileHit(i).symbol),
      'symbols as text',
    );
    for (let i = 0; i < 3; i++) {
      assert.ok(seen.paths[i].includes(hostileHit(i).path), `path ${i} as text: ${seen.paths[i]}`);
      assert.ok(seen.code[i].includes(HOSTILE[(i + 2) % 3]), `chunk text ${i} as text: ${seen.code[i]}`);
    }
    assert.ok(seen.options.includes('<b>lang0</b>'), 'languages in the filter as text');

    // Clicking a result asks the extension to open it by index; the page itself goes nowhere.
    await page.click('#results li:nth-child(3) button');
    const sent = await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
    assert.deepEqual(sent.at(-1), { type: 'open', index: 2 });
    assert.equal(page.url(), `${WEBVIEW_ORIGIN}/panel.html`);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
  } finally {
    await page.close();
  }
}

test('markup and javascript: URLs in results render as text, under the panel content security policy', async () => {
  const html = panelInFakeView(repo).html;
  assert.match(html, /Content-Security-Policy/);
  await renderHostile(html);
});

test('and without the policy: the page escapes by itself', async () => {
  const html = panelInFakeView(repo).html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.doesNotMatch(html, /Content-Security-Policy/);
  await renderHostile(html);
});
