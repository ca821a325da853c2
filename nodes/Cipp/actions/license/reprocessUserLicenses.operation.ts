import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const reprocessUserLicenses: CippOperation = {
	resource: 'license',
	value: 'reprocessUserLicenses',
	name: 'Reprocess User Licenses',
	action: "Reprocess a user's group-based licences",
	description:
		"Ask Entra ID to re-evaluate a user's group-based licence assignments, e.g. after fixing a usage location or a licence conflict. Entra updates the states shortly after.",
	...writes('ExecReprocessUserLicenses', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body', encoding: 'graphId' }),
		{
			property: {
				displayName: 'User Principal Name',
				name: 'userPrincipalName',
				type: 'string',
				default: '',
				placeholder: 'e.g. jane.doe@contoso.com',
				description: "The user's principal name, used only in CIPP's message",
			},
			send: { name: 'userPrincipalName', in: 'body' },
			optional: true,
		},
	],
	output: actionResult(),
};
