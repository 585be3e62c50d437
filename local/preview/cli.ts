/**
 * `npm start` (after the build): starts the preview from the command line.
 *
 *   npm start                                      http://localhost:8080
 *   PORT=9000 npm start   or   npm start -- --port 9000
 *   npm start -- --host 0.0.0.0 --allow-network    other machines too (prints a warning)
 *   npm start -- --state /tmp/try.json             another workbook file
 *
 * Bad arguments get a message and exit code 2, never a stack trace.
 */
import { DEFAULT_STATE_PATH, NetworkRefused, startPreview } from './server.ts';
import { isLoopback } from './host-guard.ts';
import { parseArgs, USAGE, type Args } from './cli-args.ts';

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  try {
    const statePath = args.statePath ?? DEFAULT_STATE_PATH;
    const preview = await startPreview({ port: args.port, host: args.host, allowNetwork: args.allowNetwork, statePath });
    if (!isLoopback(args.host)) {
      process.stderr.write(`\nWARNING: listening on ${args.host}:${args.port}. Anyone on this network who can reach this machine can read and edit the workbook and run the add-on's code. Stop it (Ctrl+C) when you are done.\n\n`);
    }
    process.stdout.write(`Goalpost preview: ${preview.url}\nWorkbook saved in ${statePath}\n`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void preview.close().then(() => process.exit(0)));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message = error instanceof NetworkRefused ? e.message
      : e.code === 'EADDRINUSE' ? `Port ${args.port} is in use: stop what uses it, or pick another (PORT=9000 npm start).`
      : e.code === 'EADDRNOTAVAIL' ? `${args.host} is not an address of this machine.`
      : e.message;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

await main();
