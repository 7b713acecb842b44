// Renders Adaptive Cards with the official adaptivecards renderer in real Chromium at a given width and reports, per
// card, every text that overflows its container and every word broken mid-word (a word whose letters lie on two
// lines; a break after a hyphen or slash is allowed). Optionally writes a screenshot per card.
//
//   stdin:  { "width": 360, "screenshotDir": null | "docs/cards", "cards": [ { "name": "...", "card": {...} } ] }
//   stdout: [ { "name": "...", "problems": [ "..." ] } ]
//
// Chromium: /usr/bin/chromium or CHROMIUM_PATH. Same Teams-like host config and markdown handling as render-cards.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'teams-host-config.json'), 'utf8'));

function pageCss(width) {
  return `
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: ${hostConfig.fontFamily}; }
  #card { width: ${width}px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; white-space: normal; }
  .ac-selectable { cursor: pointer; }
  .ac-textBlock p, .ac-richTextBlock p { margin: 0; }
`;
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const width = input.width || 360;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 120000,
  });
  const results = [];
  try {
    const page = await browser.newPage({ viewport: { width: width + 32, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html lang="de"><head><meta charset="utf-8"><style>${pageCss(width)}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    await page.addScriptTag({ path: require('path').join(__dirname, 'card-markdown.js') });
    for (const { name, card } of input.cards) {
      const problems = await page.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        AC.AdaptiveCard.onProcessMarkdown = window.cardMarkdown;
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        adaptiveCard.parse(card, new AC.SerializationContext());
        const host = document.getElementById('card');
        host.innerHTML = '';
        host.appendChild(adaptiveCard.render());

        const found = [];
        const hostRect = host.getBoundingClientRect();
        const visible = el => el.getClientRects().length > 0;
        const texts = [...host.querySelectorAll('.ac-textBlock, .ac-richTextBlock, button')].filter(visible);
        for (const el of texts) {
          const label = (el.textContent || '').trim().slice(0, 60);
          if (el.scrollWidth > el.clientWidth + 1) {
            found.push(`overflow (${el.scrollWidth} > ${el.clientWidth} px): "${label}"`);
          }
          const rect = el.getBoundingClientRect();
          if (rect.right > hostRect.right + 1 || rect.left < hostRect.left - 1) {
            found.push(`outside the card (${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(hostRect.left)}–${Math.round(hostRect.right)} px): "${label}"`);
          }
        }
        // Mid-word breaks: every word part (between spaces, hyphens and slashes) must lie on one line.
        const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement || !visible(node.parentElement)) {
            continue;
          }
          const text = node.textContent;
          const part = /[^\s\-\/–]+/g;
          for (let m = part.exec(text); m; m = part.exec(text)) {
            if (m[0].length < 2) {
              continue;
            }
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
            if (tops.size > 1) {
              found.push(`word broken mid-word: "${m[0]}"`);
            }
          }
        }
        return found;
      }, { card, hostConfig });
      if (input.screenshotDir) {
        fs.mkdirSync(input.screenshotDir, { recursive: true });
        await page.locator('#card').screenshot({ path: path.join(input.screenshotDir, `${name}.png`), timeout: 60000 });
      }
      results.push({ name, problems });
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => { console.error(e); process.exit(1); });
