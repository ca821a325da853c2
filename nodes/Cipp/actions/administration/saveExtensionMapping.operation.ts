import { actionResult } from '../common/outputs';
import type { CippOperation } from '../types';

export const saveExtensionMapping: CippOperation = {
	resource: 'administration',
	value: 'saveExtensionMapping',
	name: 'Save Extension Mapping',
	action: "Save an extension's tenant mapping",
	description:
		'Replace how customer tenants map to companies (or fields) of a PSA/RMM extension: CIPP deletes the stored mapping of that extension and saves the rows given. Read the current rows with Get Extension Mapping first.',
	endpoint: 'ExecExtensionMapping',
	method: 'POST',
	access: 'write',
	role: 'CIPP.Extension.ReadWrite',
	parameters: [
		{
			property: {
				displayName: 'Mapping',
				name: 'addMapping',
				type: 'options',
				default: 'HaloPSA',
				options: [
					{ name: 'HaloPSA Clients', value: 'HaloPSA' },
					{ name: 'Hudu Companies', value: 'Hudu' },
					{ name: 'Hudu Fields', value: 'HuduFields' },
					{ name: 'NinjaOne Fields', value: 'NinjaOneFields' },
					{ name: 'NinjaOne Organizations', value: 'NinjaOne' },
					{ name: 'Sherweb Customers', value: 'Sherweb' },
				],
				description: 'Which mapping to replace',
			},
			send: { name: 'AddMapping', in: 'query' },
		},
		{
			property: {
				displayName: 'Mapping Rows',
				name: 'mappingRows',
				type: 'json',
				required: true,
				default: '[\n  { "TenantId": "", "IntegrationId": "", "IntegrationName": "" }\n]',
				description:
					'The complete mapping as a JSON list, one row per tenant: TenantId (the tenant ID), IntegrationId and IntegrationName (the company in the extension)',
			},
			asBody: true,
		},
	],
	output: actionResult(),
};
