// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const ids = fixtures.userIds;
const upnOf = (id: string) => fixtures.users.find((user) => user.id === id)?.userPrincipalName ?? '';
const adele = cloudUser.upn;
const megan = upnOf(ids.meganBowen);
const grady = upnOf(ids.gradyArchie);

describeCatalogue('mailbox', {
	getMany: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxes', query: { tenantFilter: tenant } },
		output: (items) => {
			const row = items.find((item) => item.json.UPN === adele)?.json;
			expect(row).toMatchObject({
				recipientTypeDetails: 'UserMailbox',
				HiddenFromAddressListsEnabled: false,
				LicensedForLitigationHold: true,
			});
			expect(items.map((item) => item.json.UPN)).not.toContain(upnOf(ids.janeGuest));
		},
	},
	setHiddenFromGal: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', megan), hidden: true },
		request: { method: 'POST', endpoint: 'ExecHideFromGAL', body: { tenantFilter: tenant, ID: megan, HideFromGAL: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully hidden ${megan} from GAL.` }),
	},
	setLitigationHold: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), removeHold: false, additionalFields: { days: 2555 } },
		request: {
			method: 'POST',
			endpoint: 'ExecSetLitigationHold',
			body: { tenantFilter: tenant, Identity: adele, UPN: adele, disable: false, days: 2555 },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Litigation hold for ${adele} with Id ${adele} has been set to True for 2555 days`,
			}),
	},
	setRetentionHold: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), removeHold: true },
		request: {
			method: 'POST',
			endpoint: 'ExecSetRetentionHold',
			body: { tenantFilter: tenant, Identity: adele, UPN: adele, disable: true },
		},
		output: ([item]) => expect(item.json.message).toBe(`Retention hold for ${adele} with Id ${adele} has been set to False`),
	},
	enableAutoExpandingArchive: {
		parameters: { tenantFilter: contoso, mailbox: locator('id', ids.meganBowen) },
		request: {
			method: 'POST',
			endpoint: 'ExecEnableAutoExpandingArchive',
			body: { tenantFilter: tenant, ID: ids.meganBowen, username: ids.meganBowen },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully enabled auto-expanding archive for ${ids.meganBowen}`),
	},
	setCopyForSent: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', megan), keepCopy: true },
		request: { method: 'POST', endpoint: 'ExecCopyForSent', body: { tenantFilter: tenant, ID: megan, messageCopyState: true } },
		output: ([item]) =>
			expect(item.json.message).toBe(`Successfully set message copy for 'Send as' as True and 'Sent on behalf' as True on ${megan}.`),
	},
	setQuota: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), quotaType: 'IssueWarningQuota', quota: '45GB' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetMailboxQuota',
			body: { tenantfilter: tenant, user: adele, quota: '45GB', IssueWarningQuota: true },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Changed IssueWarningQuota for ${adele} - ` }),
	},
	setRecipientLimits: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), recipientLimit: 100 },
		request: {
			method: 'POST',
			endpoint: 'ExecSetRecipientLimits',
			body: { tenantFilter: tenant, Identity: adele, userid: adele, recipientLimit: 100 },
		},
		output: ([item]) => expect(item.json.message).toBe(`Recipient limit for ${adele} has been set to 100`),
	},
	getManyCasSettings: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxCAS', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.find((item) => item.json.PrimarySmtpAddress === adele)?.json).toMatchObject({ ImapEnabled: true, PopEnabled: true }),
	},
	startManagedFolderAssistant: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele) },
		request: { method: 'POST', endpoint: 'ExecStartManagedFolderAssistant', body: { tenantFilter: tenant, Id: adele } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully started Managed Folder Assistant for mailbox ${adele}.`),
	},
});

describe('mailbox settings: changes show in the lists, refusals fail the item', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	const mailboxRow = async (upn: string) => {
		const run = await runOperation(sandbox, 'mailbox', 'getMany', { tenantFilter: contoso, returnAll: true });
		return run.items.find((item) => item.json.UPN === upn)?.json;
	};

	test('hiding a mailbox, holds and copy for sent show in Get Many', async () => {
		await runOperation(sandbox, 'mailbox', 'setHiddenFromGal', { tenantFilter: contoso, mailbox: locator('upn', megan), hidden: true });
		await runOperation(sandbox, 'mailbox', 'setLitigationHold', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			removeHold: false,
		});
		await runOperation(sandbox, 'mailbox', 'setCopyForSent', { tenantFilter: contoso, mailbox: locator('upn', megan), keepCopy: true });
		expect(await mailboxRow(megan)).toMatchObject({
			HiddenFromAddressListsEnabled: true,
			LitigationHoldEnabled: true,
			LitigationHoldDuration: 'Unlimited',
			MessageCopyForSentAsEnabled: true,
			MessageCopyForSendOnBehalfEnabled: true,
		});
		await runOperation(sandbox, 'mailbox', 'setHiddenFromGal', { tenantFilter: contoso, mailbox: locator('upn', megan), hidden: false });
		expect(await mailboxRow(megan)).toMatchObject({ HiddenFromAddressListsEnabled: false });
	});

	test("litigation hold on a mailbox without the licence fails the item with Exchange's words", async () => {
		const run = await runOperation(sandbox, 'mailbox', 'setLitigationHold', {
			tenantFilter: contoso,
			mailbox: locator('upn', grady),
			removeHold: false,
		});
		expect(run.error?.message).toMatch(/Could not set litigation hold for .* doesn't have the license/);
	});

	test('a quota above the next one is refused by Exchange: CIPP answers HTTP 200, the item fails', async () => {
		const run = await runOperation(sandbox, 'mailbox', 'setQuota', {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			quotaType: 'IssueWarningQuota',
			quota: '120GB',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Could not adjust mailbox quota for/);
	});

	test('a size Exchange cannot read and a recipient limit out of range are refused before sending', async () => {
		const quota = await runOperation(sandbox, 'mailbox', 'setQuota', {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			quotaType: 'ProhibitSendQuota',
			quota: 'lots',
		});
		expect(quota.requests).toHaveLength(0);
		expect(quota.error?.message).toMatch(/Size/);
		const limit = await runOperation(sandbox, 'mailbox', 'setRecipientLimits', {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			recipientLimit: 5000,
		});
		expect(limit.requests).toHaveLength(0);
	});

	test("an unknown mailbox fails the item with Exchange's not-found text", async () => {
		const run = await runOperation(sandbox, 'mailbox', 'setHiddenFromGal', {
			tenantFilter: contoso,
			mailbox: locator('upn', 'nobody@contoso.onmicrosoft.com'),
			hidden: true,
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/couldn't be found/);
	});
});
