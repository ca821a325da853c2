import { writes } from '../common/endpoints';
import { choices, requiredParameter, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const updateAlert: CippOperation = {
	resource: 'security',
	value: 'updateAlert',
	name: 'Update Alert',
	action: 'Update the status of a security alert',
	description:
		"Set the status of a Microsoft Graph security alert (new, in progress, resolved). Microsoft needs the alert's provider and vendor, found in its RawResult.vendorInformation.",
	...writes('ExecSetSecurityAlert', 'Security.Alert.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Alert ID',
				name: 'alertId',
				placeholder: 'e.g. da637551227677560813_-961444813',
				description: 'The alert ID from Security & Compliance → Get Many Alerts',
			},
			{ name: 'GUID', in: 'body' },
		),
		requiredParameter(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'resolved',
				options: choices({ 'In Progress': 'inProgress', New: 'newAlert', Resolved: 'resolved' }),
			},
			{ name: 'Status', in: 'body' },
		),
		requiredText(
			{
				displayName: 'Provider',
				name: 'provider',
				placeholder: 'e.g. Microsoft Defender ATP',
				description: "The alert's RawResult.vendorInformation.provider",
			},
			{ name: 'Provider', in: 'body' },
		),
		requiredParameter(
			{
				displayName: 'Vendor',
				name: 'vendor',
				type: 'string',
				default: 'Microsoft',
				placeholder: 'e.g. Microsoft',
				description: "The alert's RawResult.vendorInformation.vendor",
			},
			{ name: 'Vendor', in: 'body' },
		),
	],
	output: actionResult(),
};
