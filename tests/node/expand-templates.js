// Expands Adaptive Card templates with the official adaptivecards-templating SDK.
// stdin: [{ "name": "...", "template": {...}, "data": {...} }, ...]
// stdout: [{ "name": "...", "card": {...} | null, "error": "..." | null, "warnings": [...] }, ...]
// Used by the .NET conformance test: our engine must produce the same JSON for every template and sample.
'use strict';
const ACData = require('adaptivecards-templating');

function readStdin() {
  return require('fs').readFileSync(0, 'utf8');
}

const jobs = JSON.parse(readStdin());
const results = jobs.map(({ name, template, data }) => {
  try {
    const t = new ACData.Template(template);
    const card = t.expand({ $root: data });
    return { name, card, error: null, warnings: t.getLastTemplateExpansionWarnings() };
  } catch (e) {
    return { name, card: null, error: String(e && e.message || e), warnings: [] };
  }
});
process.stdout.write(JSON.stringify(results));
