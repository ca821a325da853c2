import { readFileSync } from 'node:fs';

import { DESCRIPTION_BUDGET_PER_OPERATION, descriptionSize, README, readmeWithOperations } from '../../scripts/operationsDoc';

test('the README lists every operation as the definitions say (run `npm run docs` after changing one)', () => {
	const readme = readFileSync(README, 'utf8');
	expect(readme).toBe(readmeWithOperations(readme));
});

test('the node description stays within its budget per operation, and the AI-tool variant with it', () => {
	const size = descriptionSize();
	expect(size.perOperation).toBeLessThanOrEqual(DESCRIPTION_BUDGET_PER_OPERATION);
	expect(size.toolPerOperation).toBeLessThanOrEqual(DESCRIPTION_BUDGET_PER_OPERATION);
});
