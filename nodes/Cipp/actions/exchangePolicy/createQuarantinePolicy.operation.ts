import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { actionResult } from '../common/readers';
import { QUARANTINE_BOOLEANS, quarantinePermissions, selectedTenantParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const createQuarantinePolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'createQuarantinePolicy',
	name: 'Create Quarantine Policy',
	action: 'Create a quarantine policy',
	description:
		'Create a quarantine policy; each permission you do not add is off, and without Release recipients cannot release or request release',
	...writes('AddQuarantinePolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [
		selectedTenantParameter,
		requiredLine('Name', 'name', 'The policy name', 'Name', { placeholder: 'e.g. Request release only' }),
		quarantinePermissions,
	],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		// CIPP passes each to a [bool] parameter, which refuses a missing value: off unless added.
		const request = { ...context.request, body: { ...Object.fromEntries(QUARANTINE_BOOLEANS.map((name) => [name, false])), ...body } };
		return createQuarantinePolicy.output(await context.call(request, createQuarantinePolicy.role), context);
	},
};
