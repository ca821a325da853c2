import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { quarantinePolicyParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const deleteQuarantinePolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'deleteQuarantinePolicy',
	name: 'Delete Quarantine Policy',
	action: 'Delete a quarantine policy',
	description: 'Delete a custom quarantine policy (built-in policies cannot be deleted)',
	...writes('RemoveQuarantinePolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [tenantParameter('body', { name: 'TenantFilter' }), quarantinePolicyParameter],
	output: actionResult(),
	run: async (context) => {
		// CIPP names the policy in its answer from Name; the picker gives the name as Identity.
		const body = context.request.body as IDataObject;
		const request = { ...context.request, body: { ...body, Name: body.Identity } };
		return deleteQuarantinePolicy.output(await context.call(request, deleteQuarantinePolicy.role), context);
	},
};
