/** Prints every house rule the tree breaks (the same checks as test/architecture.test.ts). */
import { allViolations } from '../test/support/architecture';

const only = process.argv[2];
const found = allViolations().filter((line) => only === undefined || line.includes(only));
for (const line of found) console.log(line);
console.log(`${found.length} broken`);
process.exitCode = found.length === 0 ? 0 : 1;
