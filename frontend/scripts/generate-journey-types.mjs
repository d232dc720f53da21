// Generates TypeScript types for journey graphs from journeys/schema/journey.schema.json, the
// single source of truth (the backend validates with the same file). Never edit the output.
// With --check it only verifies that the committed file is current (run by `make lint`).
import { compileFromFile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const schema = resolve(here, '../../journeys/schema/journey.schema.json');
const out = resolve(here, '../src/journeys/graph.gen.ts');

const ts = await compileFromFile(schema, {
  bannerComment:
    '/* Generated from journeys/schema/journey.schema.json by `npm run generate:journey-types`. Do not edit. */',
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true },
});
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== ts) {
    console.error('src/journeys/graph.gen.ts is stale: run `npm run generate:journey-types`');
    process.exit(1);
  }
  console.log('journey graph types are up to date');
} else {
  writeFileSync(out, ts);
  console.log(`wrote ${out}`);
}
