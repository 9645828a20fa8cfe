// The generator's command (`npm run generate`): usage and exit codes in main.ts.
import { runGenerator } from './main.js';

process.exitCode = await runGenerator(process.argv.slice(2));
