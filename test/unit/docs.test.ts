import { readFileSync } from 'node:fs';

import { README, readmeWithOperations } from '../../scripts/operationsDoc';

test("the README lists every operation as the definitions say (run `npm run docs` after changing one)", () => {
	const readme = readFileSync(README, 'utf8');
	expect(readme).toBe(readmeWithOperations(readme));
});
