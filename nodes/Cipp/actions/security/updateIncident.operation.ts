import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, choiceField, choices, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { classificationProperty, determinationProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const updateIncident: CippOperation = {
	resource: 'security',
	value: 'updateIncident',
	name: 'Update Incident',
	action: 'Update a Defender incident',
	description:
		'Change the status, severity, classification and determination of a Microsoft Defender XDR incident, or add a resolving comment. Redirected incidents cannot be changed; update the incident they point to.',
	...writes('ExecSetSecurityIncident', 'Security.Incident.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Incident ID',
				name: 'incidentId',
				placeholder: 'e.g. 1742',
				description: 'The incident ID from Security & Compliance → Get Many Incidents',
			},
			{ name: 'GUID', in: 'body' },
		),
		additionalFields([
			{ property: classificationProperty, send: { name: 'Classification', in: 'body' } },
			{
				property: {
					displayName: 'Comment',
					name: 'comment',
					type: 'string',
					default: '',
					typeOptions: { rows: 3 },
					description: 'A resolving comment to add to the incident',
				},
				send: { name: 'Comment', in: 'body', validate: validate.longText },
			},
			{ property: determinationProperty, send: { name: 'Determination', in: 'body' } },
			choiceField(
				'Severity',
				'severity',
				'',
				asLabelValue('Severity'),
				'medium',
				choices({ High: 'high', Informational: 'informational', Low: 'low', Medium: 'medium' }),
			),
			choiceField(
				'Status',
				'status',
				'',
				'Status',
				'resolved',
				choices({ Active: 'active', 'In Progress': 'inProgress', Resolved: 'resolved' }),
			),
		]),
	],
	// With no field CIPP sends an empty PATCH and answers "Set  for incident <id>".
	refusals: [/^Set\s+for incident/],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		if (!['Classification', 'Comment', 'Determination', 'Severity', 'Status'].some((field) => field in body)) {
			validate.invalid(
				{ node: context.node, field: 'Additional Fields', itemIndex: context.itemIndex, access: 'write' },
				'nothing to change: CIPP would send an empty update and still answer "Set for incident".',
				'Add at least one of Status, Severity, Classification with Determination, or Comment.',
			);
		}
		return updateIncident.output(await context.call(context.request, updateIncident.role), context);
	},
};
