import { writes } from '../common/endpoints';
import { dateField, required } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import { alertTenant } from '../shared/alert';
import type { CippOperation } from '../types';

export const createAuditLogSearch: CippOperation = {
	resource: 'alert',
	value: 'createAuditLogSearch',
	name: 'Create Audit Log Search',
	action: 'Start a unified audit log search',
	description:
		"Start a Microsoft 365 unified audit log search of every record of a tenant in a time window (Graph's search runs for minutes); returns the new search, with its ID, in details",
	...writes('ExecAuditLogSearch', 'Tenant.Alert.ReadWrite'),
	parameters: [
		alertTenant('body'),
		required(dateField('Start Time', 'StartTime', 'Start of the window searched', 'StartTime')),
		required(dateField('End Time', 'EndTime', 'End of the window searched', 'EndTime')),
	],
	output: (response, context) => {
		const [item] = actionResult()(response, context);
		return [{ ...item, details: isRecord(response) ? (response.details ?? null) : null }];
	},
};
