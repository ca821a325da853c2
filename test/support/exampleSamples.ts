/**
 * A sample input for every example that a trigger other than the Manual Trigger starts: what the
 * alert sender, the form or the chat would hand the trigger. examples.test.ts runs each example
 * with its sample; secureResetExamples.test.ts varies them.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ToolCall } from '../harness/aiAgent';
import type { PinData, WorkflowJson } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { parseAlertBody } from '../../nodes/CippTrigger/alerts/parse';
import { chatMessage, formSubmission, webhookCall, withScriptedAgent } from './examples';
import { node } from './workflows';

const { cloudUser } = fixtures.scenarios;

/** A Sentinel/Defender-style alert about a cloud user, as a SIEM's webhook action posts it. */
export function securityAlert(overrides: IDataObject = {}): IDataObject {
	return {
		alertId: 'da638912345678901234_-1234567890',
		title: 'Impossible travel activity',
		severity: 'High',
		tenant: cloudUser.tenant,
		userPrincipalName: cloudUser.upn,
		detectedAt: '2026-11-22T07:41:09Z',
		...overrides,
	};
}

export interface CsvRow {
	tenant: string;
	userPrincipalName: string;
}

export const csvFile = (rows: CsvRow[]) => ({
	fileName: 'users.csv',
	mimeType: 'text/csv',
	content: ['tenant,userPrincipalName', ...rows.map((row) => `${row.tenant},${row.userPrincipalName}`)].join('\n'),
});

/** The call a model makes to reset a user's password through the example's tool node. */
export function resetCall(toolName: string, args: IDataObject, options: Partial<ToolCall> = {}): ToolCall {
	return { tool: toolName, args, ...options };
}

export interface SampleRun {
	workflow: WorkflowJson;
	trigger: { node: string; items: PinData[string] };
}

type Sample = (workflow: WorkflowJson) => SampleRun;

/** What the CIPP Trigger puts out for an audit-log alert about a cloud user (a legacy body, as CIPP posts it). */
export function cippAuditAlertItems(): PinData[string] {
	const body = {
		Title: `${cloudUser.tenant} - New forwarding or redirect Rule Detected for ${cloudUser.upn}`,
		ActionUrl: null,
		ActionText: null,
		IP: '203.0.113.45',
		AlertComment: '',
		ActionsTaken: null,
		PotentialLocationInfo: { CountryOrRegion: 'NL', City: 'Amsterdam', Proxy: false, Hosting: true, ASName: 'EXAMPLE-AS' },
		RawData: {
			CreationTime: '2026-11-22T07:41:09',
			Id: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890',
			Operation: 'New-InboxRule',
			OrganizationId: cloudUser.tenantId,
			UserId: cloudUser.upn,
			ObjectId: `${cloudUser.tenant}\\Forward all`,
			ForwardTo: 'x@evil.example',
		},
		AuditRecord: {},
	};
	return parseAlertBody(body, { receivedAt: '2026-11-22T08:00:00.000Z', via: 'webhook' }).map((alert) => ({ json: alert }));
}

/** What the CIPP Trigger puts out when a poll finds two new logbook errors. */
export function cippLogbookItems(): PinData[string] {
	const row = (message: string, severity: string) => ({
		DateTime: '2026-11-22T07:41:09.1234567+00:00',
		Tenant: cloudUser.tenant,
		API: 'ExecResetPass',
		Message: message,
		User: 'CIPP',
		Severity: severity,
		LogData: '',
		TenantID: cloudUser.tenantId,
		RowKey: `row-${message.length}-${severity}`,
		DateFilter: '20261122',
	});
	return parseAlertBody(
		[row('Failed to reset password for Nancy Davolio', 'Error'), row('Token refresh failed for the partner tenant', 'Critical')],
		{
			receivedAt: '2026-11-22T08:05:00.000Z',
			via: 'poll',
		},
	).map((alert) => ({ json: { ...alert, schema: 'stored' } }));
}

const samples: Record<string, Sample> = {
	'cipp-alert-reset-chat.workflow.json': (workflow) => ({ workflow, trigger: { node: 'CIPP Trigger', items: cippAuditAlertItems() } }),
	'logbook-errors-digest.workflow.json': (workflow) => ({ workflow, trigger: { node: 'CIPP Trigger', items: cippLogbookItems() } }),
	'security-alert-reset.workflow.json': (workflow) => ({
		workflow,
		trigger: { node: 'Security alert', items: webhookCall(node(workflow, 'Security alert'), securityAlert()) },
	}),
	'helpdesk-form-reset.workflow.json': (workflow) => ({
		workflow,
		trigger: {
			node: 'Helpdesk form',
			items: formSubmission(node(workflow, 'Helpdesk form'), {
				'Tenant domain': cloudUser.tenant,
				'User email': cloudUser.upn,
				'Ticket number': '48213',
			}),
		},
	}),
	'bulk-reset-from-csv.workflow.json': (workflow) => ({
		workflow,
		trigger: {
			node: 'Upload CSV',
			items: formSubmission(
				node(workflow, 'Upload CSV'),
				{ 'Send results to': 'technician@northstarit.com' },
				{ 'Users CSV': csvFile([{ tenant: cloudUser.tenant, userPrincipalName: cloudUser.upn }]) },
			),
		},
	}),
	'ai-agent-reset.workflow.json': (workflow) => ({
		workflow: withScriptedAgent(workflow, [
			resetCall('Reset_Password', { tenant: cloudUser.tenant, userPrincipalName: cloudUser.upn, mustChangePassword: true }),
		]),
		trigger: {
			node: 'When chat message received',
			items: chatMessage(node(workflow, 'When chat message received'), `Please reset the password of ${cloudUser.upn}`),
		},
	}),
};

/** The sample run of an example started by a trigger other than the Manual Trigger. */
export function sampleRun(file: string, workflow: WorkflowJson): SampleRun | undefined {
	return samples[file]?.(workflow);
}
