// Drives the Web Chat page of a running IntegrationBot like a visitor (NOT part of `dotnet test`):
// welcome appears, the seed question gets Stuttgart's card, a card button asks a follow-up, a typed follow-up
// ("Und in Frankfurt?") is answered from context, an example-question chip works; then checks that no activity is
// duplicated, no card failed to render, no console error occurred, and saves screenshots.
// Usage: node tests/blackbox/webchat-drive.js [URL] [OUTDIR]   (default http://127.0.0.1:4400/ and /tmp/qa-webchat)
// Needs `npm ci` in tests/node (playwright-core) and chromium at /usr/bin/chromium (CHROMIUM to override).
'use strict';
const path = require('path');
const fs = require('fs');
const { chromium } = require(path.join(__dirname, '..', 'node', 'node_modules', 'playwright-core'));

const url = process.argv[2] || 'http://127.0.0.1:4400/';
const out = process.argv[3] || '/tmp/qa-webchat';
const problems = [];
const fail = (m) => { problems.push(m); console.log('FAIL', m); };

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'de-DE', viewport: { width: 1200, height: 1000 } });
    page.setDefaultTimeout(60000);
    page.on('console', (m) => { if (m.type() === 'error') fail(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => fail(`page error: ${e.message}`));
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(url);

    const bot = page.locator('[role="group"][aria-roledescription="message"], .webchat__stacked-layout--from-bot, .webchat__bubble:not(.webchat__bubble--from-user)');
    const user = page.locator('.webchat__bubble--from-user');
    const cards = page.locator('.ac-adaptiveCard');
    const box = page.locator('input[data-id="webchat-sendbox-input"], textarea[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');

    await cards.first().waitFor();
    const welcome = await cards.first().innerText();
    console.log('welcome card:', welcome.slice(0, 120).replace(/\n/g, ' | '));
    if (!/Willkommen|Hallo|So können Sie/i.test(welcome)) fail('welcome card text unexpected');
    await page.screenshot({ path: path.join(out, '1-welcome.png') });

    async function ask(text) {
      const nCards = await cards.count();
      await box.fill(text);
      await box.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, nCards, { timeout: 60000 });
      await page.waitForTimeout(800);
      return cards.last();
    }

    let card = await ask('Wo ist Integration in Stuttgart angebunden?');
    let text = await card.innerText();
    if (!text.includes('Geschäftskreis des Oberbürgermeisters')) fail('seed card lacks Stuttgart entry');
    await page.screenshot({ path: path.join(out, '2-seed.png') });

    const buttons = card.locator('.ac-pushButton:not([aria-expanded])');
    const titles = await buttons.allInnerTexts();
    console.log('seed card buttons:', titles);
    const nCards = await cards.count();
    const nUser = await user.count();
    await buttons.filter({ hasText: 'vergleich' }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, nCards, { timeout: 60000 });
    await page.waitForTimeout(800);
    if ((await user.count()) !== nUser + 1) fail(`button click showed ${(await user.count()) - nUser} user messages (want 1)`);
    console.log('after click, user said:', (await user.last().innerText()).trim());
    text = await cards.last().innerText();
    console.log('comparison card:', text.slice(0, 160).replace(/\n/g, ' | '));
    await page.screenshot({ path: path.join(out, '3-click.png') });

    card = await ask('Und in Frankfurt?');
    text = await card.innerText();
    console.log('follow-up card:', text.slice(0, 160).replace(/\n/g, ' | '));
    if (!/Frankfurt/.test(text)) fail('follow-up card does not mention Frankfurt');
    await page.screenshot({ path: path.join(out, '4-followup.png') });

    // An example chip above the chat.
    const chip = page.locator('.examples__question').nth(2);
    const before = await cards.count();
    await chip.click();
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 60000 });
    await page.waitForTimeout(800);
    console.log('chip card:', (await cards.last().innerText()).slice(0, 120).replace(/\n/g, ' | '));

    // Duplicates: the same card text twice in a row, or any user message shown twice.
    const cardTexts = await cards.allInnerTexts();
    for (let i = 1; i < cardTexts.length; i++) if (cardTexts[i] === cardTexts[i - 1]) fail(`card ${i} duplicated`);
    const userTexts = (await user.allInnerTexts()).map((t) => t.trim());
    console.log('user messages:', userTexts);
    for (let i = 1; i < userTexts.length; i++) if (userTexts[i] === userTexts[i - 1]) fail(`user message ${i} duplicated`);
    const bodyText = await page.locator('#webchat').innerText();
    for (const bad of ['${', '<p>', '<u>', 'undefined', '[object Object]', 'null']) if (bodyText.includes(bad)) fail(`page shows ${bad}`);
    const errors = await page.locator('.webchat__activity-status--send-failed, .webchat__connectivityStatus, [class*="error"]').allInnerTexts();
    if (errors.some((e) => e.trim())) fail(`error indicators: ${errors.join(' / ')}`);
    if (failed.length) fail(`failed requests: ${failed.join(', ')}`);
    console.log(`${cardTexts.length} cards, ${userTexts.length} user messages`);
    await page.screenshot({ path: path.join(out, '5-end.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(problems.length ? `${problems.length} problems` : 'OK');
  process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
