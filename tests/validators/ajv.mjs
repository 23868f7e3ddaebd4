// Validates every .json file in a folder with Ajv (JSON Schema draft 2020-12, default options,
// so strict mode as most users meet it) against data/schema.json; prints one line per file:
// its name, a tab, and "accepted" or "refused".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaPath, folder] = process.argv.slice(2);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const validate = new Ajv2020().compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
  let verdict = 'refused';
  try {
    const text = utf8.decode(readFileSync(join(folder, name))).replace(/^\uFEFF/, '');
    verdict = validate(JSON.parse(text)) ? 'accepted' : 'refused';
  } catch {
    // Not UTF-8 JSON: no validator can accept it.
  }
  console.log(`${name}\t${verdict}`);
}
