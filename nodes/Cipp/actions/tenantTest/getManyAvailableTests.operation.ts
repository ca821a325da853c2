import { reads } from '../common/endpoints';
import { isRecord, records } from '../common/readers';
import { parsedBody } from '../shared/standard';
import type { CippOperation } from '../types';

const SUITES = ['IdentityTests', 'DevicesTests', 'CustomTests'];

export const getManyAvailableTests: CippOperation = {
	resource: 'tenantTest',
	value: 'getManyAvailableTests',
	name: 'Get Many Available Tests',
	action: 'Get the tests CIPP can run',
	description:
		'List every test CIPP can run (built-in identity and device tests, and custom tests), one item per test with ID, name, category and suite (IdentityTests, DevicesTests or CustomTests)',
	...reads('ListAvailableTests', 'CIPP.Dashboard.Read'),
	list: true,
	parameters: [],
	output: (response) => {
		const body = parsedBody(response);
		if (!isRecord(body)) return records(body);
		return SUITES.flatMap((suite) => records(body[suite] ?? []).map((test) => ({ ...test, suite })));
	},
};
