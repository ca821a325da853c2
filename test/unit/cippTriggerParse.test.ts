/** The CIPP Trigger's body parsing, filters, secret check and config reshaping, on the shapes of cipp-alerts.md. */
import { auditUser } from '../../nodes/CippTrigger/alerts/audit';
import { parseAlertBody, UnusableBody } from '../../nodes/CippTrigger/alerts/parse';
import { checkAuth, sameSecret } from '../../nodes/CippTrigger/auth';
import { filtersFrom, passes } from '../../nodes/CippTrigger/filters';
import { pollOnce } from '../../nodes/CippTrigger/polling';
import { savableConfig } from '../../nodes/CippTrigger/registration';
import { triggerProperties } from '../../nodes/CippTrigger/description';
import { DEFAULT_MAX_BODY_MB } from '../../nodes/CippTrigger/options';

const options = { receivedAt: '2026-08-08T10:00:00.000Z', via: 'webhook' as const };
const row = {
	PartitionKey: '20260808',
	RowKey: 'r1',
	Timestamp: '2026-08-08T09:41:12.3456789+00:00',
	Tenant: 'None',
	API: 'Alerts',
	Message: 'Test for bob@contoso.com',
	Username: 'tech@msp.example',
	Severity: 'Alert',
	sentAsAlert: false,
	LogData: '',
};

describe('parseAlertBody', () => {
	test('a one-row logbook batch comes as the row itself, and is one item', () => {
		const [alert] = parseAlertBody(row, options);
		expect(alert).toMatchObject({
			alertType: 'logbook',
			alertId: 'r1',
			tenant: '',
			user: 'bob@contoso.com',
			actor: 'tech@msp.example',
			severity: 'Alert',
			schema: 'legacy',
		});
	});

	test('keys in any case, as PowerShell hashtables send them', () => {
		const [alert] = parseAlertBody(
			{
				title: 'contoso.com - Rule Edit Detected for jane@contoso.com',
				rawdata: { userid: 'jane@contoso.com', operation: 'Set-InboxRule', id: 'abc' },
			},
			options,
		);
		expect(alert).toMatchObject({
			alertType: 'auditLog',
			tenant: 'contoso.com',
			user: 'jane@contoso.com',
			operation: 'Set-InboxRule',
			alertId: 'abc',
		});
	});

	test("CIPP's fallback title names no tenant: the tenant ID stands in", () => {
		const [alert] = parseAlertBody(
			{ Title: 'A custom alert has occured', RawData: { OrganizationId: 'd3b07384-d9a0-4c9b-8f5e-2b6f1c0a9e11', UserId: 'x@contoso.com' } },
			options,
		);
		expect(alert.tenant).toBe('d3b07384-d9a0-4c9b-8f5e-2b6f1c0a9e11');
	});

	test('the envelope gives the logbook tenant AllTenants; the rows keep their own', () => {
		const alerts = parseAlertBody(
			{
				schemaVersion: '1.0',
				source: 'Logbook Notification',
				invoking: 'Push-SchedulerCIPPNotifications',
				title: 't',
				tenant: 'AllTenants',
				alertCount: 2,
				payload: [row, { ...row, RowKey: 'r2', Tenant: 'contoso.com' }],
			},
			options,
		);
		expect(alerts.map((alert) => [alert.tenant, alert.schema])).toEqual([
			['', 'standardized'],
			['contoso.com', 'standardized'],
		]);
	});

	test('a scripted alert with a plain-text finding keeps it as the message', () => {
		const [alert] = parseAlertBody(
			{
				tenantId: 't',
				Tenant: 'contoso.com',
				TaskInfo: { Name: 'Check', Command: 'Get-CIPPAlertQuotaUsed' },
				Results: 'Mailbox quota at 95%',
			},
			options,
		);
		expect(alert).toMatchObject({
			alertType: 'scriptedAlert',
			title: 'Alert - contoso.com - Check',
			raw: { message: 'Mailbox quota at 95%' },
			user: '',
		});
	});

	test('the same content gives the same id, other content another', () => {
		const drift = { Title: 'Drift', Tenant: 'contoso.com', AlertData: { Standard: 'A', 'Current Value': 1 } };
		const [first] = parseAlertBody(drift, options);
		const [again] = parseAlertBody(drift, { ...options, receivedAt: '2026-08-09T10:00:00.000Z' });
		const [other] = parseAlertBody({ ...drift, AlertData: { Standard: 'B' } }, options);
		expect(again.alertId).toBe(first.alertId);
		expect(other.alertId).not.toBe(first.alertId);
	});

	test.each([[null], [true], ['"text"'], [[1]]])('%p is refused', (body) => {
		expect(() => parseAlertBody(typeof body === 'string' ? JSON.parse(body) : body, options)).toThrow(UnusableBody);
	});
});

test('the user of an audit record: role-change target over the acting admin; no application GUID', () => {
	expect(auditUser({ UserId: 'admin@contoso.com', ObjectId: 'bob@contoso.com', Operation: 'Add member to role.' })).toBe('bob@contoso.com');
	expect(auditUser({ UserId: 'jane@contoso.com', ObjectId: '00000002-0000-0ff1-ce00-000000000000' })).toBe('jane@contoso.com');
	expect(auditUser({ UserId: 'ServicePrincipal_x', UserKey: '9a8b7c6d-1111-4222-8333-444455556666', CIPPUserKey: 'bob@contoso.com' })).toBe(
		'bob@contoso.com',
	);
	expect(auditUser({ UserId: 'NT AUTHORITY\\SYSTEM (Microsoft.Exchange.Servicehost)' })).toBe('');
});

test('filters: severities and operations only sort alerts that have them', () => {
	const [audit] = parseAlertBody({ Title: 'contoso.com - x', RawData: { Operation: 'New-InboxRule' } }, options);
	const [log] = parseAlertBody(row, options);
	const filters = filtersFrom({ severities: ['error'], operations: 'UserLoggedIn' });
	expect(passes(audit, filtersFrom({ severities: ['error'] }))).toBe(true);
	expect(passes(log, filtersFrom({ operations: 'UserLoggedIn' }))).toBe(true);
	expect([passes(audit, filters), passes(log, filters)]).toEqual([false, false]);
	expect(passes(log, filtersFrom({ tenants: 'contoso.com' }))).toBe(false);
});

test('secrets: compared whole; an empty expected secret never matches', () => {
	expect(sameSecret('abc', 'abc')).toBe(true);
	expect(sameSecret('abcd', 'abc')).toBe(false);
	expect(sameSecret('', '')).toBe(false);
	const secret = { secret: 's'.repeat(20), username: 'cipp', headerName: 'X-Key' };
	expect(checkAuth('basic', { authorization: `Basic ${Buffer.from(`cipp:${'s'.repeat(20)}`).toString('base64')}` }, secret)).toBe(
		'accepted',
	);
	expect(checkAuth('bearer', { authorization: `Basic x` }, secret)).toBe('missing');
	expect(checkAuth('apiKey', { 'x-key': 'nope' }, secret)).toBe('wrong');
});

test("the notification settings reshaped for saving: objects where CIPP reads .value, no 'None' log type, markers kept", () => {
	const config = savableConfig({
		webhook: 'https://a',
		webhookAuthType: 'Bearer',
		Severity: ['Alert'],
		logsToInclude: ['None'],
		webhookAuthToken: 'SentToKeyVault',
		UseStandardizedSchema: true,
	});
	expect(config).toMatchObject({
		webhookAuthType: { value: 'Bearer' },
		Severity: [{ value: 'Alert', label: 'Alert' }],
		logsToInclude: [],
		webhookAuthToken: 'SentToKeyVault',
		UseStandardizedSchema: true,
	});
});

test('polling: an id seen in an earlier window is not repeated; a row still being processed is neither put out nor marked seen', async () => {
	const now = Date.parse('2026-08-08T10:00:00Z');
	const stored = (id: string) => ({
		LogId: id,
		Tenant: 'contoso.com',
		Title: 't',
		Timestamp: '2026-08-08T09:00:00',
		Data: { Title: 't', RawData: { Id: id, CreationTime: '2026-08-08T09:00:00' } },
	});
	const answers = [[stored('a')], [stored('a'), stored('b'), { LogId: 'c', Title: 'Processing', Data: null }]];
	const asked: string[] = [];
	const read = async (_endpoint: string, qs: Record<string, unknown>) => {
		asked.push(String(qs.RelativeTime));
		return { Results: answers.shift() };
	};
	const request = { sources: ['auditLog' as const], severities: [], includePastHours: 0 };
	const first = await pollOnce(read, undefined, request, now);
	expect(first.alerts).toEqual([]);
	const second = await pollOnce(read, first.cursor, request, now + 15 * 60_000);
	expect(second.alerts.map((alert) => alert.alertId)).toEqual(['b']);
	expect(asked).toEqual(['120m', '75m']);
	expect(Object.keys(second.cursor.audit).sort()).toEqual(['a', 'b']);
});

test('the Max Body Size shown in the editor is the one the trigger falls back to', () => {
	const options = triggerProperties.find((property) => property.name === 'options');
	const maxBody = options?.options?.find((option) => 'name' in option && option.name === 'maxBodySizeMb') as
		| { default?: unknown }
		| undefined;
	expect(maxBody?.default).toBe(DEFAULT_MAX_BODY_MB);
});
