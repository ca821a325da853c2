import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import { scriptParameter } from '../shared/customScript';
import type { CippOperation } from '../types';

export const run: CippOperation = {
	resource: 'customScript',
	value: 'run',
	name: 'Run',
	action: 'Run a custom script for a tenant',
	description:
		'Run a custom script against a tenant now and return what it returned: results, the status it set (cippStatus) and its Markdown; the result is not stored as a test result',
	...writes('ExecCustomScript', 'CIPP.Tests.ReadWrite'),
	parameters: [
		scriptParameter('ScriptGuid'),
		tenantParameter('body', { name: 'TenantFilter' }),
		additionalFields([
			{
				property: {
					displayName: 'Parameters (JSON)',
					name: 'parameters',
					type: 'json',
					default: '{}',
					description: 'Values the script reads as parameters',
				},
				send: { name: 'Parameters', in: 'body', encoding: 'json' },
			},
		]),
	],
	output: (response) => {
		const body: IDataObject = isRecord(response) ? response : {};
		return [
			{
				scriptGuid: body.ScriptGuid ?? null,
				tenant: body.Tenant ?? null,
				cippStatus: body.CIPPStatus ?? null,
				markdown: body.CIPPResultMarkdown ?? null,
				results: body.Results ?? null,
			},
		];
	},
};
