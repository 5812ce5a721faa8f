/**
 * End-to-end test in a real browser: code-server with the packaged .vsix installed (not the source
 * tree), driven through the UI like a person would. Screenshots of every step go to
 * test-output/e2e/, with the timings, close-ups for the README (`readme-*.png`) and the frames of its
 * GIF (gif/); `node scripts/readme-pictures.mjs` makes docs/images from them. Needs `npm run package`
 * first (npm run test:e2e does it). An agent stand-in (./agent) is installed beside Barista: it calls
 * Barista's chat tools as a chat agent would, since no language model runs here.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { packAgent } from './agent/pack';
import { installExtension, launchBrowser, makeScratch, repoRoot, startCodeServer, workbenchUrl } from './harness';

const OUT = path.join(repoRoot, 'test-output', 'e2e');
const FRAMES = path.join(OUT, 'gif');
const QUERY = 'retry a failed upload with exponential backoff';
const EXPECTED = 'app/src/upload/retry.ts';

interface Step {
  name: string;
  ms: number;
  screenshot?: string;
}

const steps: Step[] = [];
let shot = 0;

async function step(page: Page, name: string, fn: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await fn();
  } finally {
    const file = `${String(++shot).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path: path.join(OUT, file) }).catch(() => undefined);
    steps.push({ name, ms: Date.now() - t0, screenshot: file });
    console.log(`  ${name}: ${Date.now() - t0} ms (${file})`);
  }
}

let frame = 0;

/** One frame of the README's GIF (typing a query, the results, the opened result). */
async function gifFrame(page: Page): Promise<void> {
  await page.screenshot({ path: path.join(FRAMES, `${String(++frame).padStart(2, '0')}.png`) });
}

/** A close-up for the README: an element, or a region of the page. */
async function closeUp(page: Page, name: string, what: Locator | { x: number; y: number; width: number; height: number }): Promise<void> {
  const file = path.join(OUT, `readme-${name}.png`);
  if ('screenshot' in what) await what.screenshot({ path: file });
  else await page.screenshot({ path: file, clip: what });
}

/** How long a command may take to appear in the palette (the extension hosts start, under load, slowly). */
const COMMAND_APPEARS_MS = 90_000;

async function runCommand(page: Page, title: string): Promise<void> {
  // The palette lists the commands registered when it opened: one opened while the extension hosts
  // still start lacks theirs, so it is closed and opened again until the command is there.
  const widget = page.locator('.quick-input-widget');
  const deadline = Date.now() + COMMAND_APPEARS_MS;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      if (Date.now() > deadline)
        throw new Error(`the command "${title}" did not appear in the palette within ${COMMAND_APPEARS_MS / 1000} s: ${(e as Error).message}`);
      await page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });
    }
  }
  await page.keyboard.press('Enter');
}

/**
 * What Barista's quick pick title says once the results of `typed` are in: it names the query its
 * results answer, quoted, cut to 28 characters (src/extension/search.ts quoted()).
 */
function answeredTitle(typed: string): string {
  return `results for "${typed.length > 28 ? `${typed.slice(0, 27)}…` : typed}"`;
}

/** Waits until the quick pick shows the results of `typed` (not those of what was typed before). */
async function resultsOf(page: Page, typed: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: answeredTitle(typed) }).waitFor({ state: 'visible', timeout: 30_000 });
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function texts(rows: Locator, n: number): Promise<string[]> {
  const count = Math.min(await rows.count(), n);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push((await rows.nth(i).getAttribute('aria-label')) ?? (await rows.nth(i).innerText()));
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(FRAMES, { recursive: true });
  const vsixDir = path.join(repoRoot, 'out', 'vsix');
  const target = `${process.platform}-${process.arch}`;
  const vsix = readdirSync(vsixDir).find((f) => f.endsWith('.vsix') && f.includes(target));
  check(vsix, `no .vsix for ${target} in out/vsix: run npm run package first`);

  // No secondary side bar: here it would only hold an empty chat view, beside every screenshot.
  const scratch = makeScratch({ 'workbench.secondarySideBar.defaultVisibility': 'hidden' });
  const t0 = Date.now();
  installExtension(scratch, path.join(vsixDir, vsix));
  installExtension(scratch, await packAgent(scratch.dir));
  steps.push({ name: 'install-vsix', ms: Date.now() - t0 });
  console.log(`  install-vsix: ${Date.now() - t0} ms (${vsix} and the agent stand-in)`);
  const server = await startCodeServer(scratch);
  const { browser, page } = await launchBrowser(scratch);
  try {
    await step(page, 'workbench', async () => {
      await page.goto(workbenchUrl(server, scratch.workspace));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    });

    await step(page, 'walkthrough', async () => {
      // What a first-time user is shown: the walkthrough, opened by its id as the Welcome page does.
      await runCommand(page, 'Barista E2E: Open the Barista Walkthrough');
      const page1 = page.locator('.gettingStartedContainer');
      await page1.getByText('Get started with Barista').first().waitFor({ state: 'visible', timeout: 30_000 });
      for (const title of ['Search by meaning', 'Find similar code', 'Choose quality or speed', 'See what the index is doing', 'Let agents search'])
        check(await page1.getByText(title, { exact: true }).count(), `the walkthrough shows the step "${title}"`);
      // The open step's markdown (media/walkthrough/search.md) renders in a webview of its own.
      const media = page1.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('h1');
      await media.first().waitFor({ state: 'visible', timeout: 30_000 });
      check((await media.first().innerText()) === 'Search by meaning', 'the first step shows its markdown');
    });

    await step(page, 'index-ready', async () => {
      await runCommand(page, 'View: Close All Editors');
      // The status bar item's accessible label says when the index is ready, and at which size.
      const ready = page.locator('[aria-label^="Barista: index ready"]').first();
      await ready.waitFor({ state: 'attached', timeout: 180_000 });
      const label = await ready.getAttribute('aria-label');
      console.log(`    status bar: ${label}`);
      // Its tooltip says why this size: a close-up of the item with it.
      await ready.hover();
      const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Barista' }).first();
      await hover.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => console.log('    (no tooltip shown on hover)'));
      const viewport = page.viewportSize()!;
      await closeUp(page, 'status-bar', { x: 0, y: viewport.height - 240, width: 760, height: 240 });
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
    });

    let expectedRank = -1;
    await step(page, 'search-results', async () => {
      await runCommand(page, 'Barista: Search');
      // Typing starts once Barista's quick pick has replaced the command palette.
      const input = page.locator('.quick-input-widget input[placeholder^="Describe the code"]');
      await input.waitFor({ state: 'visible' });
      await gifFrame(page);
      // Typed in a few bursts, a GIF frame after each: results come as one types.
      const words = QUERY.split(' ');
      for (let i = 0; i < words.length; i += 2) {
        await input.pressSequentially(`${i ? ' ' : ''}${words.slice(i, i + 2).join(' ')}`, { delay: 15 });
        // Each frame shows the results of what is typed so far.
        await resultsOf(page, words.slice(0, i + 2).join(' '));
        await gifFrame(page);
      }
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await resultsOf(page, QUERY);
      await rows.filter({ hasText: EXPECTED }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await gifFrame(page);
      await closeUp(page, 'quick-pick', page.locator('.quick-input-widget'));
      const top = await texts(rows, 3);
      console.log(`    top results:\n      ${top.join('\n      ')}`);
      expectedRank = top.findIndex((t) => t.includes(EXPECTED));
      check(expectedRank >= 0, `${EXPECTED} is not among the first 3 results`);
    });

    await step(page, 'search-opened', async () => {
      for (let i = 0; i < expectedRank; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const tab = page.locator('.tabs-container .tab.active');
      await page.locator('.tabs-container .tab.active[aria-label*="retry.ts"]').waitFor({ timeout: 15_000 });
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 });
      console.log(`    active tab: ${await tab.getAttribute('aria-label')}`);
      await page.locator('.codelens-decoration a', { hasText: 'Find similar' }).first().waitFor({ state: 'visible', timeout: 60_000 });
      await gifFrame(page);
    });

    await step(page, 'similar-peek', async () => {
      const lenses = page.locator('.codelens-decoration a', { hasText: 'Find similar' });
      await lenses.first().waitFor({ state: 'visible', timeout: 60_000 });
      // The lens right above `function retryUpload`: the last one above that line on screen.
      const line = page.locator('.view-line', { hasText: 'function retryUpload' }).first();
      await line.waitFor({ state: 'visible' });
      const lineTop = (await line.boundingBox())!.y;
      let target: Locator | undefined;
      let best = -Infinity;
      for (let i = 0; i < (await lenses.count()); i++) {
        const box = await lenses.nth(i).boundingBox();
        if (box && box.y < lineTop && box.y > best) {
          best = box.y;
          target = lenses.nth(i);
        }
      }
      check(target, 'a "Find similar" lens above retryUpload');
      const editor = (await page.locator('.editor-instance').first().boundingBox())!;
      await closeUp(page, 'codelens', { x: editor.x, y: Math.max(editor.y, best - 110), width: Math.min(editor.width, 760), height: 230 });
      await target.click();
      const peek = page.locator('.peekview-widget');
      await peek.waitFor({ state: 'visible', timeout: 30_000 });
      const rows = peek.locator('.ref-tree .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
      const listed = await texts(rows, 10);
      console.log(`    peek lists ${await rows.count()} rows:\n      ${listed.join('\n      ')}`);
      check(
        listed.some((t) => t.includes('fetch.ts')),
        'the peek lists the look-alike in lib/download/fetch.ts',
      );
    });

    await step(page, 'results-panel', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.peekview-widget').waitFor({ state: 'hidden', timeout: 15_000 });
      await runCommand(page, 'Barista: Show Results');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const hits = frame.locator('button.hit');
      await hits.first().waitFor({ state: 'visible', timeout: 30_000 });
      const count = await hits.count();
      const first = await hits.first().getAttribute('aria-label');
      console.log(`    panel shows ${count} results; first: ${first}`);
      check(count > 0, 'the panel lists results');
      check(await frame.locator('select#language').count(), 'the panel has filters');
    });

    await step(page, 'panel-filter-keyboard', async () => {
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('select#kind').selectOption('code');
      await frame.locator('button.hit').first().focus();
      await page.keyboard.press('ArrowDown');
      const focused = await frame.locator('button.hit:focus').getAttribute('aria-label');
      check(focused && focused.startsWith('2.'), `arrow down moves to the second result (focused: ${focused})`);
      // "2. symbol, path/to/file.ts:12, typescript code, score 0.123": Enter opens that file.
      const file = /, ([^,]+):\d+, /.exec(focused)?.[1]?.split('/').pop();
      check(file, `the second result names its file (${focused})`);
      await page.keyboard.press('Enter');
      // Opened, with the focus in its editor: what comes next must not have the focus taken from it.
      await page.locator(`.tabs-container .tab.active[aria-label*="${file}"]`).waitFor({ timeout: 15_000 });
      await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 15_000 });
    });

    await step(page, 'chat-tool-result', async () => {
      // A chat agent's call of barista_search, made by the agent stand-in through vscode.lm.invokeTool.
      await runCommand(page, 'Barista E2E: Call a Barista Chat Tool');
      const tools = page.locator('.quick-input-list .monaco-list-row');
      await tools.filter({ hasText: 'barista_similar' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('.quick-input-widget input').fill('barista_search');
      await tools.first().filter({ hasText: 'barista_search' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      const input = page.locator('.quick-input-widget input[placeholder="{ JSON }"]');
      await input.waitFor({ state: 'visible' });
      await input.fill(JSON.stringify({ query: QUERY, k: 5 }));
      await page.keyboard.press('Enter');
      const answer = page
        .locator('.editor-instance .view-lines')
        .filter({ hasText: /what\s*the\s*agent\s*reads/ })
        .first();
      await answer.waitFor({ state: 'visible', timeout: 30_000 });
      const text = (await answer.innerText()).replace(/\u00a0/g, ' ');
      console.log(`    tool answer:\n      ${text.split('\n').slice(4, 9).join('\n      ')}`);
      check(!/error:/.test(text), `the tool answered without an error:\n${text}`);
      check(/\d+\s+results\s+for/.test(text) && text.includes(EXPECTED), `the tool's answer names ${EXPECTED}:\n${text}`);
    });
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    scratch.remove();
    const total = Date.now() - started;
    writeFileSync(path.join(OUT, 'timings.json'), JSON.stringify({ totalMs: total, steps }, null, 2));
    console.log(`end-to-end: ${(total / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, OUT)}/`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`end-to-end test failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
