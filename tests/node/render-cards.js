// Documentation generator (not a CI test): renders Adaptive Cards with the official adaptivecards renderer in real
// Chromium and writes one PNG per card.
//
//   scripts/card-samples.sh (writes artifacts/cards/*.json, then runs this script)
//   node tests/node/render-cards.js [inputDir=artifacts/cards] [outputDir=docs/cards]
//
// Input files: { "card": {...}, "text": "...", "speak": "..." } as written by scripts/card-samples.sh.
// Chromium: /usr/bin/chromium (apt-get install -y chromium) or CHROMIUM_PATH.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const repoRoot = path.resolve(__dirname, '..', '..');
const inputDir = path.resolve(process.argv[2] || path.join(repoRoot, 'artifacts', 'cards'));
const outputDir = path.resolve(process.argv[3] || path.join(repoRoot, 'docs', 'cards'));
const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'teams-host-config.json'), 'utf8'));
const cardWidth = 640;

// Teams-like chrome around the card: a message bubble with buttons styled like Teams' secondary buttons.
const pageCss = `
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: ${hostConfig.fontFamily}; }
  #card { width: ${cardWidth}px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; white-space: normal; }
  .ac-pushButton:hover { background: #F5F5F5; }
  .ac-selectable { cursor: pointer; }
  .ac-textBlock p, .ac-richTextBlock p { margin: 0; }
`;

async function main() {
  const files = fs.readdirSync(inputDir).filter(f => f.endsWith('.json')).sort();
  if (files.length === 0) {
    throw new Error(`no cards in ${inputDir}: run the generator test first (see header)`);
  }
  fs.mkdirSync(outputDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 120000,
  });
  try {
    const page = await browser.newPage({ viewport: { width: cardWidth + 32, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html lang="de"><head><meta charset="utf-8"><style>${pageCss}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    await page.addScriptTag({ path: require('path').join(__dirname, 'card-markdown.js') });
    for (const file of files) {
      const { card } = JSON.parse(fs.readFileSync(path.join(inputDir, file), 'utf8'));
      const problems = await page.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        AC.AdaptiveCard.onProcessMarkdown = window.cardMarkdown;
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        const context = new AC.SerializationContext();
        adaptiveCard.parse(card, context);
        const host = document.getElementById('card');
        host.innerHTML = '';
        host.appendChild(adaptiveCard.render());
        return context.eventCount;
      }, { card, hostConfig });
      if (problems > 0) {
        console.warn(`${file}: ${problems} parse event(s)`);
      }
      const png = path.join(outputDir, file.replace(/\.json$/, '.png'));
      await page.locator('#card').screenshot({ path: png, timeout: 60000 });
      console.log(`rendered ${path.relative(repoRoot, png)}`);

      // Show that "Mehr anzeigen" really toggles: click the first one and render the expanded card as well.
      const more = page.locator('#card button', { hasText: 'Mehr anzeigen' });
      if (await more.count() > 0) {
        const before = await page.locator('#card').boundingBox();
        await more.first().click();
        const after = await page.locator('#card').boundingBox();
        if (!(after.height > before.height)) {
          throw new Error(`${file}: "Mehr anzeigen" did not expand the card`);
        }
        const expanded = png.replace(/\.png$/, '-expanded.png');
        await page.locator('#card').screenshot({ path: expanded, timeout: 60000 });
        console.log(`rendered ${path.relative(repoRoot, expanded)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
