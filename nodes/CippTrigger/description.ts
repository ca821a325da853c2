import type { INodeProperties } from 'n8n-workflow';

const webhookOnly = { show: { mode: ['webhook'] } };
const pollOnly = { show: { mode: ['poll'] } };

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Webhook',
				value: 'webhook',
				description: 'CIPP posts each alert to this trigger as it sends it (Settings → Notifications → Webhook URL)',
			},
			{
				name: 'Polling',
				value: 'poll',
				description:
					'The trigger reads the audit-log alerts and the logbook CIPP stored, on a schedule; catches what a webhook missed while n8n was down',
			},
		],
		default: 'webhook',
	},
	{
		displayName:
			'In CIPP, open Settings → Notifications, paste the Production URL above as Webhook URL, pick the same Webhook Endpoint Authentication and secret as here, and save. CIPP sends alerts of every kind to that one URL.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
		displayOptions: webhookOnly,
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		noDataExpression: true,
		displayOptions: webhookOnly,
		options: [
			{ name: 'Bearer Token', value: 'bearer', description: 'CIPP sends the secret as a bearer token in the Authorization header' },
			{ name: 'Basic Auth', value: 'basic', description: 'CIPP sends Authorization: Basic with the user name and the secret' },
			{ name: 'API Key Header', value: 'apiKey', description: 'CIPP sends the secret in a header of your choice' },
			{
				name: 'None (Insecure)',
				value: 'none',
				description: 'Anyone who learns the URL can start this workflow; CIPP signs nothing',
			},
		],
		default: 'bearer',
		description:
			'What CIPP must send with each alert (CIPP: Webhook Endpoint Authentication). CIPP signs nothing, so this secret is all that proves an alert came from CIPP.',
	},
	{
		displayName: 'Set Up CIPP Automatically',
		name: 'registerInCipp',
		type: 'boolean',
		default: false,
		displayOptions: webhookOnly,
		description:
			"Whether to point CIPP's notification webhook at this trigger on activation (URL and authentication, other settings kept) and restore the previous URL on deactivation. Needs a CIPP API client with the CIPP.AppSettings.ReadWrite permission (admin role).",
	},
	{
		displayName:
			'CIPP has a single webhook URL for all its alerts. Turning this on takes it over: whatever received CIPP alerts until now gets none while this workflow is active.',
		name: 'takeoverNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { mode: ['webhook'], registerInCipp: [true] } },
	},
	{
		displayName: 'Poll Times',
		name: 'pollSchedule',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Poll Time' },
		default: { item: [{ mode: 'everyX', value: 15, unit: 'minutes' }] },
		displayOptions: pollOnly,
		description: 'How often to read CIPP. CIPP writes audit-log alerts every 15 minutes and logbook notifications hourly.',
		options: [
			{
				name: 'item',
				displayName: 'Item',
				values: [
					{
						displayName: 'Mode',
						name: 'mode',
						type: 'options',
						options: [
							{ name: 'Every Minute', value: 'everyMinute' },
							{ name: 'Every Hour', value: 'everyHour' },
							{ name: 'Every X', value: 'everyX' },
						],
						default: 'everyX',
					},
					{
						displayName: 'Minute',
						name: 'minute',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 59 },
						displayOptions: { show: { mode: ['everyHour'] } },
						default: 0,
						description: 'The minute of the hour to poll at',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 1000 },
						displayOptions: { show: { mode: ['everyX'] } },
						default: 15,
						description: 'Every how many minutes or hours to poll',
					},
					{
						displayName: 'Unit',
						name: 'unit',
						type: 'options',
						displayOptions: { show: { mode: ['everyX'] } },
						options: [
							{ name: 'Minutes', value: 'minutes' },
							{ name: 'Hours', value: 'hours' },
						],
						default: 'minutes',
					},
				],
			},
		],
	},
	{
		// n8n schedules a trigger's poll() by the parameter `pollTimes`, for every node that has
		// poll(). In webhook mode this one is empty, so n8n schedules nothing.
		displayName: 'Poll Times (Effective)',
		name: 'pollTimes',
		type: 'hidden',
		default: '={{ $parameter["mode"] === "poll" ? $parameter["pollSchedule"] : { "item": [] } }}',
	},
	{
		displayName: 'Read From',
		name: 'pollSources',
		type: 'multiOptions',
		displayOptions: pollOnly,
		options: [
			{ name: 'Audit-Log Alerts (ListAuditLogs)', value: 'auditLog' },
			{ name: 'Logbook (ListLogs)', value: 'logbook' },
		],
		default: ['auditLog', 'logbook'],
		description:
			'What CIPP keeps and can be read back. Scripted alerts, drift and baselines are only ever posted; the webhook is the only way to get them.',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Only alerts that pass every filter set start the workflow; CIPP still gets a 2xx for the others',
		options: [
			{
				displayName: 'Alert Types',
				name: 'alertTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Audit-Log Alert', value: 'auditLog' },
					{ name: 'Baseline', value: 'baseline' },
					{ name: 'Custom Test', value: 'customTest' },
					{ name: 'Drift', value: 'drift' },
					{ name: 'Extension (Sherweb)', value: 'extension' },
					{ name: 'Logbook', value: 'logbook' },
					{ name: 'Scheduled Task', value: 'scheduledTask' },
					{ name: 'Scripted Alert', value: 'scriptedAlert' },
					{ name: 'Standards Notification', value: 'standards' },
					{ name: 'Test Alert', value: 'testAlert' },
					{ name: 'Unknown Source', value: 'unknown' },
					{ name: 'User Offboarding', value: 'userOffboarding' },
				],
				default: [],
			},
			{
				displayName: 'Tenants',
				name: 'tenants',
				type: 'string',
				default: '',
				placeholder: 'e.g. contoso.onmicrosoft.com, fabrikam.com',
				description: "Default domains or tenant IDs, comma-separated. Alerts that name no tenant (CIPP's own logbook rows) do not pass.",
			},
			{
				displayName: 'Severities',
				name: 'severities',
				type: 'multiOptions',
				options: [
					{ name: 'Alert', value: 'alert' },
					{ name: 'Critical', value: 'critical' },
					{ name: 'Error', value: 'error' },
					{ name: 'High (Custom Test Risk)', value: 'high' },
					{ name: 'Info', value: 'info' },
					{ name: 'Low (Custom Test Risk)', value: 'low' },
					{ name: 'Medium (Custom Test Risk)', value: 'medium' },
					{ name: 'Warning', value: 'warning' },
				],
				default: [],
				description:
					'Applies to alerts that carry a severity (logbook rows, custom tests); audit-log and scripted alerts have none and pass',
			},
			{
				displayName: 'Audit-Log Operations',
				name: 'operations',
				type: 'string',
				default: '',
				placeholder: 'e.g. New-InboxRule, UserLoggedIn, Add member to role.',
				description: 'Office 365 operations, comma-separated; applies to audit-log alerts only',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Body Size (MB)',
				name: 'maxBodySizeMb',
				type: 'number',
				typeOptions: { minValue: 0.1, numberPrecision: 1 },
				// DEFAULT_MAX_BODY_MB (options.ts says why); a literal, which n8n's linter can read in the built file.
				default: 8,
				displayOptions: { show: { '/mode': ['webhook'] } },
				description: 'Larger bodies are refused with 413. n8n itself refuses anything above N8N_PAYLOAD_SIZE_MAX (16 MB by default).',
			},
			{
				displayName: 'Include Past Hours',
				name: 'includePastHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				displayOptions: { show: { '/mode': ['poll'] } },
				description: 'On first activation, also put out the alerts of the last N hours; 0 starts from now',
			},
		],
	},
];
