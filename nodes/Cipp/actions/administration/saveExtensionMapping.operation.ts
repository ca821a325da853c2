import type { IDataObject } from 'n8n-workflow';

import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { toJson } from '../request';
import type { CippOperation, Validator } from '../types';

/** The mapping as JSON: a list of rows, or an object where CIPP keys the mapping by field. */
const mappingRows: Validator = (value, check) => {
	const rows = toJson(value, check);
	if (typeof rows !== 'object' || rows === null) {
		validate.invalid(check, 'expected a JSON list or object.', `Enter the rows as JSON in "${check.field}", e.g. [{"key": "value"}].`);
	}
	return rows;
};

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
			validate: mappingRows,
		},
	],
	output: actionResult(),
	// CIPP reads the whole body as the mapping, so the rows are the body rather than one field of it.
	run: async (context) => {
		const answer = await context.call({ ...context.request, body: context.values.mappingRows as IDataObject[] }, saveExtensionMapping.role);
		return saveExtensionMapping.output(answer, context);
	},
};
