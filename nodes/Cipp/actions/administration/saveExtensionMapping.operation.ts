import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext, Validator } from '../types';
import { choiceField, choices, inQuery } from '../common/fields';

/** The mapping as JSON: a list of rows, or an object where CIPP keys the mapping by field. */
const mappingRows: Validator = (value, check) => {
	const rows = validate.parsedJson(value, check);
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
		'Replace how customer tenants map to companies of a PSA/RMM extension (CIPP deletes the stored mapping of that extension and saves the rows given; read the current rows with Get Extension Mapping first), or set field mappings (Hudu Fields, NinjaOne Fields: only the fields given change)',
	...writes('ExecExtensionMapping', 'CIPP.Extension.ReadWrite'),
	parameters: [
		choiceField(
			'Mapping',
			'addMapping',
			'Which mapping to replace',
			inQuery('AddMapping'),
			'HaloPSA',
			choices({
				'HaloPSA Clients': 'HaloPSA',
				'Hudu Companies': 'Hudu',
				'Hudu Fields': 'HuduFields',
				'NinjaOne Fields': 'NinjaOneFields',
				'NinjaOne Organizations': 'NinjaOne',
				'Sherweb Customers': 'Sherweb',
			}),
		),
		{
			property: {
				displayName: 'Mapping Rows',
				name: 'mappingRows',
				type: 'json',
				required: true,
				default: '[\n  { "TenantId": "", "IntegrationId": "", "IntegrationName": "" }\n]',
				description:
					'Tenant mappings: the complete mapping as a JSON list, one row per tenant: TenantId (the tenant ID), IntegrationId and IntegrationName (the company in the extension). Hudu Fields and NinjaOne Fields: one JSON object keyed by CIPP field name, e.g. {"Users": {"value": "2", "label": "People"}}; fields left out keep their mapping.',
			},
			validate: mappingRows,
		},
	],
	output: actionResult(),
	// CIPP reads the whole body as the mapping, so the rows are the body rather than one field of it.
	run: async (context) => {
		const answer = await context.call({ ...context.request, body: checkedBody(context) }, saveExtensionMapping.role);
		return saveExtensionMapping.output(answer, context);
	},
};

const FIELD_MAPPINGS = ['HuduFields', 'NinjaOneFields'];

const refuse = (context: StepContext, problem: string, fix: string): never =>
	validate.invalid({ node: context.node, field: 'Mapping Rows', itemIndex: context.itemIndex, access: 'write' }, problem, fix);

/**
 * Field mappings are one object, {"<CIPP field>": {"value", "label"}}: CIPP saves one row per
 * property and deletes nothing, so a list would be saved as the list's own properties (Length,
 * Count, ...) and report success. Tenant mappings are rows keyed by tenant ID, which CIPP's
 * readers join on the tenant's customerId: anything else maps no tenant.
 */
function checkedBody(context: StepContext): IDataObject | IDataObject[] {
	const rows = context.values.mappingRows as IDataObject | IDataObject[];
	if (FIELD_MAPPINGS.includes(String(context.values.addMapping))) {
		if (Array.isArray(rows)) {
			refuse(
				context,
				"field mappings are one JSON object, not a list: CIPP would save the list's own properties (Length, Count, ...) and say it succeeded.",
				'Enter {"<CIPP field name>": {"value": "<id in the extension>", "label": "<its name>"}}.',
			);
		}
		return rows;
	}
	const list = Array.isArray(rows) ? rows : [rows];
	for (const row of list) {
		if (!validate.isGuid(String((row as IDataObject | null)?.TenantId ?? ''))) {
			refuse(
				context,
				`every row needs TenantId, the tenant ID (a GUID); got ${JSON.stringify((row as IDataObject | null)?.TenantId ?? null)}.`,
				'Use the tenant ID (customerId) from Tenant → Get Many or Get Extension Mapping.',
			);
		}
	}
	return list;
}
