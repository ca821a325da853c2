// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import type { INodeParameters } from 'n8n-workflow';

import { CippSandbox, fixtures } from '../sandbox';
import { HVE_BILLING_POLICY } from '../sandbox/endpoints/catalogue/mailbox/hve';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const alerts = `alerts@${tenant}`;
const account = locator('id', alerts);
const megan = fixtures.users.find((user) => user.id === fixtures.userIds.meganBowen)?.userPrincipalName ?? '';

describe('mailbox retention and HVE accounts: changes show in the lists, refusals fail the item', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	const createTag = (fields: INodeParameters) =>
		runOperation(sandbox, 'mailbox', 'createRetentionTag', { tenantFilter: contoso, retentionEnabled: true, ...fields });
	const names = async (operation: string, resource = 'mailbox') =>
		(await runOperation(sandbox, resource, operation, { tenantFilter: contoso, returnAll: true })).items.map((item) => item.json);

	test('a new tag is listed, linked by a new policy, applied to a mailbox; neither can then be deleted', async () => {
		const fields = { name: 'Inbox 90 Days', type: 'Inbox', retentionAction: 'DeleteAndAllowRecovery', ageLimitForRetention: 90 };
		const tag = await createTag({ ...fields, comment: 'Clears the inbox' });
		expect(tag.items[0].json.status).toBe('success');
		expect((await names('getManyRetentionTags')).find((row) => row.Name === 'Inbox 90 Days')).toMatchObject({
			Type: 'Inbox',
			AgeLimitForRetention: '90.00:00:00',
			Comment: 'Clears the inbox',
		});

		await runOperation(sandbox, 'mailbox', 'createRetentionPolicy', {
			tenantFilter: contoso,
			name: 'Sales',
			retentionTags: 'Inbox 90 Days',
		});
		await runOperation(sandbox, 'mailbox', 'updateRetentionPolicy', {
			tenantFilter: contoso,
			retentionPolicy: locator('list', 'Sales'),
			updateFields: { addTags: '1 Month Delete' },
		});
		expect((await names('getManyRetentionPolicies')).find((row) => row.Name === 'Sales')).toMatchObject({
			RetentionPolicyTagLinks: ['Inbox 90 Days', '1 Month Delete'],
		});

		const applied = await runOperation(sandbox, 'mailbox', 'setRetentionPolicy', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			retentionPolicy: locator('list', 'Sales'),
		});
		expect(applied.items[0].json.status).toBe('success');
		expect((await names('getMany')).find((row) => row.UPN === megan)).toMatchObject({ RetentionPolicy: 'Sales' });

		const policyInUse = await runOperation(sandbox, 'mailbox', 'deleteRetentionPolicy', {
			tenantFilter: contoso,
			retentionPolicy: locator('list', 'Sales'),
		});
		expect(policyInUse.requests[0].status).toBe(200);
		expect(policyInUse.error?.message).toMatch(/Cannot delete retention policy Sales - still assigned to mailboxes/);
		const tagInUse = await runOperation(sandbox, 'mailbox', 'deleteRetentionTag', {
			tenantFilter: contoso,
			retentionTag: locator('list', 'Inbox 90 Days'),
		});
		expect(tagInUse.error?.message).toMatch(/Cannot delete retention tag 'Inbox 90 Days' - still used in policies: Sales/);
		expect((await names('getManyRetentionTags')).map((row) => row.Name)).toContain('Inbox 90 Days');
	});

	test("CIPP's own check of a tag fails the item; a change with nothing or with both tag lists is refused before sending", async () => {
		const archiveInbox = await createTag({
			name: 'Inbox Archive',
			type: 'Inbox',
			retentionAction: 'MoveToArchive',
			ageLimitForRetention: 30,
		});
		expect(archiveInbox.requests[0].status).toBe(200);
		expect(archiveInbox.error?.message).toMatch(
			/RetentionAction 'MoveToArchive' can only be used with tag types: All, Personal, RecoverableItems/,
		);

		const both = await runOperation(sandbox, 'mailbox', 'updateRetentionPolicy', {
			tenantFilter: contoso,
			retentionPolicy: locator('list', 'Short Retention'),
			updateFields: { addTags: 'Never Delete', removeTags: '1 Week Delete' },
		});
		expect(both.requests).toEqual([]);
		expect(both.error?.message).toMatch(/drop the tags to add/);

		const nothing = await runOperation(sandbox, 'mailbox', 'updateRetentionTag', {
			tenantFilter: contoso,
			retentionTag: locator('list', '1 Week Delete'),
		});
		expect(nothing.requests).toEqual([]);
		expect(nothing.error?.message).toMatch(/nothing to change/);
	});

	test('a bare language is refused before sending; an unknown mailbox fails with CIPP words', async () => {
		const neutral = await runOperation(sandbox, 'mailbox', 'setLocale', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			locale: 'nl',
		});
		expect(neutral.requests).toEqual([]);
		const unknown = await runOperation(sandbox, 'mailbox', 'setLocale', {
			tenantFilter: contoso,
			mailbox: locator('upn', `nobody@${tenant}`),
			locale: 'de-DE',
		});
		expect(unknown.requests[0].status).toBe(500);
		expect(unknown.error?.message).toMatch(/Failed to set locale for nobody@/);
	});

	const get = async () =>
		(await runOperation(sandbox, 'mailbox', 'getHveAccount', { tenantFilter: contoso, hveAccount: account })).items[0].json;
	const listed = async () =>
		(await runOperation(sandbox, 'mailbox', 'getManyHveAccounts', { tenantFilter: contoso, returnAll: true })).items.map(
			(item) => item.json.primarySmtpAddress,
		);

	test('an account is created, renamed, billed and deleted', async () => {
		const created = await runOperation(sandbox, 'mailbox', 'createHveAccount', {
			tenantFilter: contoso,
			displayName: 'Alerts',
			primarySmtpAddress: alerts,
			password: 'Alerts-Pass-2026!',
		});
		expect(created.items[0].json.status).toBe('success');
		expect(await listed()).toContain(alerts);

		await runOperation(sandbox, 'mailbox', 'updateHveAccount', {
			tenantFilter: contoso,
			hveAccount: account,
			additionalFields: { displayName: 'System Alerts' },
		});
		await runOperation(sandbox, 'mailbox', 'assignHveBillingPolicy', {
			tenantFilter: contoso,
			hveAccount: account,
			billingPolicyId: HVE_BILLING_POLICY,
		});
		expect(await get()).toMatchObject({ displayName: 'System Alerts', BillingPolicyId: HVE_BILLING_POLICY });

		await runOperation(sandbox, 'mailbox', 'removeHveBillingPolicy', { tenantFilter: contoso, hveAccount: account });
		expect(await get()).toMatchObject({ BillingPolicyId: null });

		await runOperation(sandbox, 'mailbox', 'deleteHveAccount', { tenantFilter: contoso, hveAccount: account });
		expect(await listed()).not.toContain(alerts);
	});

	test('a taken address fails with CIPP words; an update with nothing to change is refused before sending', async () => {
		const taken = await runOperation(sandbox, 'mailbox', 'createHveAccount', {
			tenantFilter: contoso,
			displayName: 'Newsletter again',
			primarySmtpAddress: `newsletter@${tenant}`,
			password: 'Another-Pass-2026!',
		});
		expect(taken.requests[0].status).toBe(403);
		expect(taken.error?.message).toMatch(/Failed to create HVE user: The proxy address/);

		const nothing = await runOperation(sandbox, 'mailbox', 'updateHveAccount', {
			tenantFilter: contoso,
			hveAccount: locator('id', `newsletter@${tenant}`),
		});
		expect(nothing.requests).toEqual([]);
		expect(nothing.error?.message).toMatch(/nothing to change/);
	});

	test('a restore request is listed, suspended and removed; a taken name and an unknown request fail with Exchange words', async () => {
		const target = locator('upn', megan);
		const restore = {
			tenantFilter: contoso,
			sourceMailbox: '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
			mailbox: target,
			requestName: 'Restore-Lee',
		};
		expect((await runOperation(sandbox, 'mailbox', 'createRestoreRequest', restore)).items[0].json.status).toBe('success');
		const identity = `${megan}\\Restore-Lee`;
		await runOperation(sandbox, 'mailbox', 'suspendRestoreRequest', { tenantFilter: contoso, restoreRequest: locator('list', identity) });
		expect((await names('getManyMailboxRestores', 'tool')).find((row) => row.Identity === identity)).toMatchObject({ Status: 'Suspended' });

		const taken = await runOperation(sandbox, 'mailbox', 'createRestoreRequest', restore);
		expect(taken.requests[0].status).toBe(200);
		expect(taken.error?.message).toMatch(/The name "Restore-Lee" is already being used/);

		await runOperation(sandbox, 'mailbox', 'deleteRestoreRequest', { tenantFilter: contoso, restoreRequest: locator('list', identity) });
		expect((await names('getManyMailboxRestores', 'tool')).map((row) => row.Identity)).not.toContain(identity);
		const gone = await runOperation(sandbox, 'mailbox', 'resumeRestoreRequest', {
			tenantFilter: contoso,
			restoreRequest: locator('list', identity),
		});
		expect(gone.error?.message).toMatch(/couldn't be found/);
	});
});
