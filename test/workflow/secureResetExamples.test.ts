/**
 * The "secure reset" examples (issue #7) run whole against the sandbox, with their notifications
 * arriving at local receivers: what arrived, where the temporary password went (and where it did
 * not), and what the sandbox saw.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { getSchema } from 'n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool';

import type { ToolCall } from '../harness/aiAgent';
import type { WorkflowResult } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { NODE_TYPE } from '../support/cippPackage';
import {
	chatMessage,
	exampleEnvironment,
	formSubmission,
	listenerPath,
	readExample,
	runExample,
	webhookCall,
	withScriptedAgent,
	type UploadedFile,
} from '../support/examples';
import { csvFile, resetCall, securityAlert, type CsvRow } from '../support/exampleSamples';
import { node } from '../support/workflows';

const { cloudUser, unknownUser, syncedUserWithWriteback, customDomainUser } = fixtures.scenarios;
const upnOf = (id: string) => fixtures.users.find((user) => user.id === id)?.userPrincipalName as string;

const environment = exampleEnvironment();
beforeEach(() => {
	environment.sandbox.clearLog();
	environment.smtp.mails.splice(0);
	environment.http.requests.splice(0);
});

/** The sandbox's ExecResetPass calls since the test began. */
const resetRequests = () => environment.sandbox.requests.filter((request) => request.endpoint === 'ExecResetPass');

/** The password the sandbox user now has (what ExecResetPass set), and whether it must be changed. */
function passwordOf(tenant: string, upn: string) {
	const profile = environment.sandbox.findUser(tenant, upn)?.passwordProfile;
	if (!profile) throw new Error(`${upn} has no password set by ExecResetPass`);
	return profile;
}

/** Everything the run recorded, as text: where a password must not appear. */
const runText = (result: WorkflowResult) => JSON.stringify(result.run.data);

test.each([
	'security-alert-reset.workflow.json',
	'helpdesk-form-reset.workflow.json',
	'bulk-reset-from-csv.workflow.json',
	'ai-agent-reset.workflow.json',
])('%s explains itself in a sticky note', (file) => {
	const notes = readExample(file).nodes.filter((candidate) => candidate.type === 'n8n-nodes-base.stickyNote');
	expect(notes).toHaveLength(1);
	expect(String(notes[0].parameters.content)).toMatch(/^## .+\n[\s\S]{200,}/);
});

describe('security alert webhook → reset + revoke → chat message', () => {
	const example = readExample('security-alert-reset.workflow.json');
	const run = async (alert: IDataObject) =>
		await runExample(example, { node: 'Security alert', items: webhookCall(node(example, 'Security alert'), alert) }, environment);

	test('the user is reset, signed out and verified; the chat gets one message naming the user and the outcome, without the password', async () => {
		const result = await run(securityAlert({ tenant: cloudUser.tenant, userPrincipalName: cloudUser.upn }));
		expect(result.error).toBeUndefined();

		expect(resetRequests()).toHaveLength(1);
		expect(resetRequests()[0].body).toEqual(expect.objectContaining({ MustChange: true }));
		expect(environment.sandbox.requests.filter((request) => request.endpoint === 'ExecRevokeSessions')).toHaveLength(1);
		const password = passwordOf(cloudUser.tenant, cloudUser.upn);
		expect(password.forceChangePasswordNextSignIn).toBe(true);

		const [reset] = result.output('Reset Password');
		expect(reset.json).toEqual(expect.objectContaining({ status: 'success', userId: cloudUser.upn, mustChangePassword: true }));
		expect(reset.json).not.toHaveProperty('temporaryPassword');
		expect(reset.json).not.toHaveProperty('maskedTemporaryPassword');

		expect(environment.http.requests).toHaveLength(1);
		const [message] = environment.http.requests;
		expect(message.method).toBe('POST');
		expect(message.url).toBe(listenerPath('Post to chat'));
		expect(message.headers['content-type']).toMatch(/application\/json/);
		const text = (message.json as { text: string }).text;
		expect(text).toContain(cloudUser.upn);
		expect(text).toContain('Impossible travel activity');
		expect(text).toMatch(/password reset success, sessions revoked: done, reset verified: confirmed/);
		expect(message.body).not.toContain(password.password);
		expect(runText(result)).not.toContain(password.password);

		expect(result.responses).toEqual([
			expect.objectContaining({ statusCode: 200, body: expect.objectContaining({ userPrincipalName: cloudUser.upn, outcome: 'success' }) }),
		]);
		expect(environment.smtp.mails).toHaveLength(0);
	});

	test('a reset that fails is posted to the chat as a failure, and the alert sender hears "failed"', async () => {
		const resetsBefore = environment.sandbox.resetCount();
		const result = await run(securityAlert({ tenant: unknownUser.tenant, userPrincipalName: unknownUser.upn }));
		expect(result.error).toBeUndefined();
		expect(environment.sandbox.resetCount()).toBe(resetsBefore);
		const [reset] = result.output('Reset Password');
		expect(reset.json.error).toEqual(expect.any(String));

		expect(environment.http.requests).toHaveLength(1);
		const text = (environment.http.requests[0].json as { text: string }).text;
		expect(text).toContain(unknownUser.upn);
		expect(text).toContain('FAILED');
		expect(text).toContain(reset.json.error as string);
		expect(result.responses).toEqual([
			expect.objectContaining({ body: expect.objectContaining({ userPrincipalName: unknownUser.upn, outcome: 'failed' }) }),
		]);
	});
});

describe('helpdesk form → reset → temporary password to the manager by email', () => {
	const example = readExample('helpdesk-form-reset.workflow.json');
	const run = async (tenant: string, upn: string) =>
		await runExample(
			example,
			{
				node: 'Helpdesk form',
				items: formSubmission(node(example, 'Helpdesk form'), { 'Tenant domain': tenant, 'User email': upn, 'Ticket number': '48213' }),
			},
			environment,
		);

	test("the manager gets exactly one mail with the temporary password CIPP set, and it is the user's password now", async () => {
		const adele = fixtures.users.find((user) => user.userPrincipalName === cloudUser.upn);
		const manager = fixtures.users.find((user) => user.id === adele?.managerId);
		if (!adele || !manager) throw new Error('fixture: the cloud user has a manager');
		const result = await run(cloudUser.tenant, cloudUser.upn);
		expect(result.error).toBeUndefined();

		const [reset] = result.output('Reset Password');
		const temporaryPassword = reset.json.temporaryPassword as string;
		expect(temporaryPassword).toEqual(expect.any(String));
		expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
		expect(passwordOf(cloudUser.tenant, cloudUser.upn)).toEqual({ password: temporaryPassword, forceChangePasswordNextSignIn: true });
		expect(resetRequests()).toHaveLength(1);

		expect(environment.smtp.mails).toHaveLength(1);
		const [mail] = environment.smtp.mails;
		expect(mail.to).toEqual([manager.userPrincipalName]);
		expect(mail.headers.to).toBe(manager.userPrincipalName);
		expect(mail.headers.subject).toBe(`Temporary password for ${adele.displayName} (ticket 48213)`);
		expect(mail.text).toContain(`Hello ${manager.displayName}`);
		expect(mail.text).toContain(`Temporary password: ${temporaryPassword}`);
		expect(mail.authenticatedAs).toBe(environment.smtp.credential().user);
		// The form's requester and the chat get nothing.
		expect(environment.http.requests).toHaveLength(0);
		expect(result.output('Tell the service desk')).toHaveLength(0);
	});

	test('a user without a manager is not reset; the service desk is told, without any password', async () => {
		const megan = fixtures.users.find((user) => user.id === fixtures.userIds.meganBowen);
		if (!megan || megan.managerId) throw new Error('fixture: Megan Bowen has no manager');
		const before = environment.sandbox.findUser(cloudUser.tenant, megan.userPrincipalName)?.passwordProfile;
		const result = await run(cloudUser.tenant, megan.userPrincipalName);
		expect(result.error).toBeUndefined();

		expect(resetRequests()).toHaveLength(0);
		expect(result.run.data.resultData.runData['Reset Password']).toBeUndefined();
		expect(environment.sandbox.findUser(cloudUser.tenant, megan.userPrincipalName)?.passwordProfile).toEqual(before);
		expect(environment.smtp.mails).toHaveLength(1);
		const [mail] = environment.smtp.mails;
		expect(mail.to).toEqual(['servicedesk@yourmsp.example']);
		expect(mail.headers.subject).toContain(`Password NOT reset for ${megan.userPrincipalName}`);
		expect(mail.text).toContain('no manager');
		expect(mail.text).not.toMatch(/temporary password:/i);
	});
});

describe('bulk reset from an uploaded CSV file', () => {
	const example = readExample('bulk-reset-from-csv.workflow.json');
	const rows: CsvRow[] = [
		{ tenant: cloudUser.tenant, userPrincipalName: cloudUser.upn },
		{ tenant: 'woodgrove.onmicrosoft.com', userPrincipalName: upnOf(fixtures.userIds.benWalters) },
		{ tenant: unknownUser.tenant, userPrincipalName: unknownUser.upn },
		{ tenant: syncedUserWithWriteback.tenant, userPrincipalName: syncedUserWithWriteback.upn },
		{ tenant: customDomainUser.tenant, userPrincipalName: customDomainUser.upn },
	];
	const BAD_ROW = 2;
	const run = async (file: UploadedFile) =>
		await runExample(
			example,
			{
				node: 'Upload CSV',
				items: formSubmission(node(example, 'Upload CSV'), { 'Send results to': 'technician@northstarit.com' }, { 'Users CSV': file }),
			},
			environment,
		);

	test('the reset node shows its concurrency and continues on error', () => {
		const reset = node(example, 'Reset Passwords');
		expect(reset.type).toBe(NODE_TYPE);
		expect((reset.parameters.options as IDataObject).concurrency).toBeGreaterThan(1);
		expect(reset.onError).toBe('continueRegularOutput');
	});

	test('one output per CSV row, paired to it; the bad row is an error item; the requester gets the summary', async () => {
		const result = await run(csvFile(rows));
		expect(result.error).toBeUndefined();

		expect(result.output('Extract CSV').map((item) => item.json)).toEqual(rows);
		const outputs = result.output('Reset Passwords');
		expect(outputs.map((item) => item.pairedItem)).toEqual(rows.map((_, index) => ({ item: index })));
		const byRow = (index: number): INodeExecutionData['json'] => outputs[index].json;
		expect(byRow(BAD_ROW)).toEqual(expect.objectContaining({ error: expect.any(String) }));
		expect(byRow(BAD_ROW)).not.toHaveProperty('temporaryPassword');
		const good = rows.map((row, index) => ({ row, index })).filter(({ index }) => index !== BAD_ROW);
		for (const { row, index } of good) {
			expect(byRow(index)).toEqual(expect.objectContaining({ userId: row.userPrincipalName, temporaryPassword: expect.any(String) }));
			expect(byRow(index)).not.toHaveProperty('error');
			expect(passwordOf(row.tenant, row.userPrincipalName).password).toBe(byRow(index).temporaryPassword);
		}
		expect(byRow(3).status).toBe('pending');
		// The unknown user is found missing before any reset is sent.
		const resetIds = resetRequests().map((request) => (request.body as IDataObject).ID as string);
		expect(resetIds.sort()).toEqual(good.map(({ row }) => row.userPrincipalName).sort());

		expect(environment.smtp.mails).toHaveLength(1);
		const [mail] = environment.smtp.mails;
		expect(mail.to).toEqual(['technician@northstarit.com']);
		expect(mail.headers.subject).toBe(`Bulk password reset: ${good.length} of ${rows.length} users reset`);
		expect(mail.text).toContain(`Reset: ${good.length - 1}`);
		expect(mail.text).toContain('Pending (password writeback): 1');
		expect(mail.text).toContain('Failed: 1');
		const lines = mail.text.split(/\r?\n/);
		for (const { row, index } of good) {
			expect(lines).toContain(
				`${row.userPrincipalName} (${row.tenant}): ${byRow(index).status as string}, temporary password: ${byRow(index).temporaryPassword as string}`,
			);
		}
		expect(lines).toContain(`${unknownUser.upn} (${unknownUser.tenant}): FAILED: ${byRow(BAD_ROW).error as string}`);
		expect(environment.http.requests).toHaveLength(0);
	});
});

describe('AI Agent with the CIPP node as a tool: Reset Password only with must-change on', () => {
	const example = readExample('ai-agent-reset.workflow.json');
	const tool = node(example, 'Reset Password');
	const user = { tenant: cloudUser.tenant, userPrincipalName: upnOf(fixtures.userIds.alexWilber) };
	const run = async (calls: ToolCall[]) => {
		const result = await runExample(
			withScriptedAgent(example, calls),
			{ node: 'When chat message received', items: chatMessage(node(example, 'When chat message received'), 'Reset Alex Wilber') },
			environment,
		);
		expect(result.error).toBeUndefined();
		return result.output('AI Agent').map((item) => item.json);
	};

	test("the example's tool node is the CIPP node's tool variant, and its $fromAI keys make the schema an agent fills in", () => {
		expect(tool.type).toBe(`${NODE_TYPE}Tool`);
		expect(example.connections[tool.name].ai_tool?.[0]?.[0]?.node).toBe('AI Agent');
		const schema = getSchema(tool);
		expect(Object.keys(schema.shape).sort()).toEqual(['mustChangePassword', 'tenant', 'userPrincipalName']);
		expect(schema.shape.mustChangePassword._def.typeName).toBe('ZodBoolean');
		expect(schema.shape.tenant._def.typeName).toBe('ZodString');
		expect(schema.shape.userPrincipalName._def.typeName).toBe('ZodString');
		for (const key of Object.keys(schema.shape) as Array<keyof typeof schema.shape>) {
			expect({ key, optional: schema.shape[key].isOptional() }).toEqual({ key, optional: false });
			expect(schema.shape[key].description).toEqual(expect.any(String));
		}
		expect(schema.shape.mustChangePassword.description).toMatch(/must be true/i);
		expect(tool.parameters.passwordOutput).not.toBe('include');
	});

	test('with mustChangePassword true the agent gets the reset, without the password, and the sandbox saw MustChange true', async () => {
		const [call] = await run([resetCall('Reset_Password', { ...user, mustChangePassword: true })]);
		expect(call.tools).toEqual(['Reset_Password']);
		expect(call.error).toBeUndefined();
		const [answer] = call.response as IDataObject[];
		expect(answer).toEqual(expect.objectContaining({ status: 'success', userId: user.userPrincipalName, mustChangePassword: true }));
		expect(answer).not.toHaveProperty('temporaryPassword');

		expect(resetRequests()).toHaveLength(1);
		expect(resetRequests()[0].body).toEqual(expect.objectContaining({ MustChange: true }));
		const password = passwordOf(user.tenant, user.userPrincipalName);
		expect(password.forceChangePasswordNextSignIn).toBe(true);
		expect(JSON.stringify(call)).not.toContain(password.password);
	});

	const nodeRefusal = /an AI agent may only reset a password that the user must change[\s\S]*mustChangePassword set to true/;
	test.each([
		['mustChangePassword false (the node refuses)', { ...user, mustChangePassword: false }, {}, nodeRefusal],
		['no mustChangePassword (the tool schema refuses)', { ...user }, {}, /did not match expected schema[\s\S]*mustChangePassword/],
		['no mustChangePassword, schema check skipped (the node refuses)', { ...user }, { skipSchemaCheck: true }, nodeRefusal],
	])('%s: a clear error goes back to the agent, and no reset reaches CIPP', async (_, args, options, refusal) => {
		const [call] = await run([resetCall('Reset_Password', args, options)]);
		expect(call.response).toBeUndefined();
		expect(call.error).toMatch(refusal);
		expect(resetRequests()).toHaveLength(0);
		expect(environment.sandbox.findUser(user.tenant, user.userPrincipalName)?.passwordProfile?.forceChangePasswordNextSignIn).not.toBe(
			false,
		);
	});
});
