import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { classificationProperty, determinationProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const updateMdoAlert: CippOperation = {
	resource: 'security',
	value: 'updateMdoAlert',
	name: 'Update MDO Alert',
	action: 'Update a Defender for Office 365 alert',
	description: 'Change the status, classification and determination or the assignee of a Microsoft Defender for Office 365 alert',
	...writes('ExecSetMdoAlert', 'Security.Incident.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Alert ID',
				name: 'alertId',
				placeholder: 'e.g. fa2b7a8c9d4e4f3a9b1c2d3e4f5a6b7c',
				description: 'The alert ID from Security & Compliance → Get Many MDO Alerts',
			},
			{ name: 'GUID', in: 'body' },
		),
		additionalFields([
			text('Assign To', 'assignedTo', 'The user principal name of the analyst to assign the alert to', 'Assigned', {
				placeholder: 'e.g. analyst@contoso.com',
				check: validate.user,
			}),
			{ property: classificationProperty, send: { name: 'Classification', in: 'body' } },
			{ property: determinationProperty, send: { name: 'Determination', in: 'body' } },
			choiceField('Status', 'status', '', 'Status', 'resolved', choices({ 'In Progress': 'inProgress', New: 'new', Resolved: 'resolved' })),
		]),
	],
	output: actionResult(),
};
