import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { actionResult, parsedRecords } from '../common/readers';
import { alertTenant, searchIdProperty } from '../shared/alert';
import type { CippOperation } from '../types';

export const processAuditLogSearch: CippOperation = {
	resource: 'alert',
	value: 'processAuditLogSearch',
	name: 'Process Audit Log Search',
	action: "Run a search's records through the audit-log alert rules",
	description:
		"Queue an audit-log search's records for CIPP's audit-log alert rules, as if CIPP had found them itself; the rules' alerts follow when the search has finished",
	...writes('ExecAuditLogSearch', 'Tenant.Alert.ReadWrite'),
	parameters: [alertTenant('body'), requiredParameter(searchIdProperty, { name: 'SearchId', in: 'body' })],
	constants: { body: { Action: 'ProcessLogs' } },
	// CIPP answers ConvertTo-Json text.
	output: (response, context) =>
		actionResult({ queued: { followUp: 'Check Alert → Get Many Audit Log Searches (Processed) or Tenant → Get Many Audit Logs' } })(
			parsedRecords(response)[0],
			context,
		),
};
