import { buildDist } from '../scripts/build.ts';

/** Tests read dist/Code.js: build it once so it always matches the source under test. */
export default async function setup(): Promise<void> {
  await buildDist();
}
