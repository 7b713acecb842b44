// Validates a Teams app manifest offline with the official @microsoft/app-manifest package, against the schema
// bundled in the package for the manifest's own manifestVersion (never downloaded).
// Usage: NODE_PATH=tests/node/node_modules node validate-teams-manifest.js path/to/manifest.json
// Prints one JSON object: { manifestVersion, newestBundledVersion, errors: [...] }.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

// @microsoft/app-manifest 1.1.2 requires fs-extra without declaring it as a dependency; when it is not installed,
// give it the two functions schema validation uses (pathExists, readFile) from node's fs.
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (request !== 'fs-extra') {
    return originalResolve.call(this, request, ...rest);
  }
  try {
    return originalResolve.call(this, request, ...rest);
  } catch {
    const shim = path.join(os.tmpdir(), `integrationbot-fs-extra-shim-${process.pid}.js`);
    fs.writeFileSync(shim, "const fs=require('fs');module.exports={...fs,readFile:fs.promises.readFile,pathExists:p=>fs.promises.access(p).then(()=>true,()=>false)};");
    return shim;
  }
};

const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main() {
  const manifestPath = process.argv[2];
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, ''));
  const schemasRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
  const bundled = fs.readdirSync(schemasRoot)
    .filter(name => /^v\d+\.\d+$/.test(name))
    .map(name => name.substring(1))
    .sort((a, b) => {
      const [aMajor, aMinor] = a.split('.').map(Number);
      const [bMajor, bMinor] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
  const schemaFile = path.join(schemasRoot, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(schemaFile)) {
    throw new Error(`No bundled schema for manifestVersion ${manifest.manifestVersion}; bundled: ${bundled.join(', ')}`);
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  process.stdout.write(JSON.stringify({
    manifestVersion: manifest.manifestVersion,
    newestBundledVersion: bundled[bundled.length - 1],
    errors,
  }));
}

main().catch(error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
