// Validates Adaptive Cards with the official adaptivecards SDK (parse + validateProperties; no DOM needed).
// stdin: [{ "name": "...", "card": {...} }, ...]
// stdout: [{ "name": "...", "messages": ["..."] }, ...]  (empty messages = valid)
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

function validate(card) {
  const messages = [];
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  // Validate against the schema version the card declares (1.5 for Teams), not the SDK's latest.
  context.targetVersion = AC.Versions.v1_5;
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    messages.push(`parse: ${e.message}`);
  }
  const results = adaptiveCard.validateProperties();
  for (const e of results.validationEvents) {
    messages.push(`validate: ${e.message}`);
  }
  return messages;
}

const jobs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const results = jobs.map(({ name, card }) => {
  try {
    return { name, messages: validate(card) };
  } catch (e) {
    return { name, messages: [`exception: ${e && e.message || e}`] };
  }
});
process.stdout.write(JSON.stringify(results));
