/** Stops `npm run deploy` with a clear message before clasp push when no script is bound. */
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8')) as { scriptId?: string; rootDir?: string };
if (!config.scriptId) {
  console.error(
    '.clasp.json has no scriptId: bind a script first, with\n' +
      '  npx clasp create-script --type sheets --title Goalpost --rootDir dist\n' +
      "or copy an existing script's id (Extensions › Apps Script › Project settings) into .clasp.json.",
  );
  process.exit(1);
}
if (config.rootDir !== 'dist') {
  console.error(`.clasp.json rootDir is "${config.rootDir}": it must be "dist", the folder npm run build writes.`);
  process.exit(1);
}
