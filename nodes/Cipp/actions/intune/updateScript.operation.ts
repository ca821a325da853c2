import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { deleteScript } from './deleteScript.operation';
import type { CippOperation, OutputContext, Validator } from '../types';

const [scriptId, scriptType] = deleteScript.parameters.filter((parameter) => ['scriptId', 'scriptType'].includes(parameter.property.name));

const EXAMPLE = '{"description": "Sets the time zone", "runAsAccount": "system"}';

/** The Graph properties to change, as one JSON object (CIPP passes the text on as the PATCH body). */
const changes: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, EXAMPLE);
	if (!isRecord(parsed) || Object.keys(parsed).length === 0) {
		validate.invalid(check, 'Changes must be a JSON object with at least one property.', `Enter e.g. ${EXAMPLE}.`);
	}
	return JSON.stringify(parsed);
};

/** CIPP answers the PATCH's empty result: HTTP 200 is the success (a failure is HTTP 400 with a text). */
function updated(_response: unknown, context: OutputContext): IDataObject[] {
	return [{ status: 'success', message: `Updated ${String(context.values.scriptType)} script ${String(context.values.scriptId)}` }];
}

export const updateScript: CippOperation = {
	resource: 'intune',
	value: 'updateScript',
	name: 'Update Script',
	action: 'Update an Intune script',
	description: "Change an Intune script's properties or content (scriptContent as Base64) with a JSON of the Graph properties to change",
	...writes('EditIntuneScript', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		{ ...scriptId, send: { ...scriptId.send!, name: 'ScriptId' } },
		scriptType,
		{
			property: {
				displayName: 'Changes',
				name: 'changes',
				type: 'json',
				required: true,
				default: '',
				description: `The Graph properties to change, e.g. ${EXAMPLE}`,
			},
			send: { name: 'IntuneScript', in: 'body' },
			validate: changes,
		},
	],
	output: updated,
};
