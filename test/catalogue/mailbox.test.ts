// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { HVE_BILLING_POLICY } from '../sandbox/endpoints/catalogue/mailbox/hve';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const ids = fixtures.userIds;
const upnOf = (id: string) => fixtures.users.find((user) => user.id === id)?.userPrincipalName ?? '';
const adele = cloudUser.upn;
/** The sandbox's one High Volume Email account of a tenant. */
const hveSender = `newsletter@${tenant}`;
/** The Exchange GUID of a soft-deleted mailbox, the usual source of a restore. */
const deletedMailbox = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
/** The sandbox's one restore request, into Adele's mailbox, and a change to it. */
const seededRestore = `${adele}\\MailboxRestore`;
const restoreCall = (Action: string) =>
	({ method: 'POST', endpoint: 'ExecMailboxRestore', body: { TenantFilter: tenant, Action, Identity: seededRestore } }) as const;
const megan = upnOf(ids.meganBowen);
const grady = upnOf(ids.gradyArchie);
const alex = upnOf(ids.alexWilber);
const reception = upnOf(ids.contosoReception);
/** The sandbox's one starter rule ("Newsletters") of a mailbox, as Get-InboxRule names it. */
const ruleOf = (id: string) => `${id}\\${BigInt(`0x${stableGuid(`${id}/rule/0`).replace(/-/g, '').slice(0, 15)}`)}`;
const adelesRule = ruleOf(ids.adeleVance);
/** The sandbox's phone of a mailbox (ActiveSync deviceID and Guid). */
const phoneOf = (id: string) => ({ deviceId: stableGuid(`${id}/eas`).replace(/-/g, '').toUpperCase(), guid: stableGuid(`${id}/eas/guid`) });

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
	getManyForwarding: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxForwarding', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				expect.objectContaining({ UPN: reception, RecipientTypeDetails: 'SharedMailbox', ForwardingType: 'Internal', ForwardTo: megan }),
			]),
	},
	getManySharedWithSignIn: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSharedMailboxAccountEnabled', query: { tenantFilter: tenant } },
		// Someone turned sign-in back on for the shared Reception mailbox.
		setup: (sandbox) => {
			const user = sandbox.findUser(tenant, reception);
			if (user) user.accountEnabled = true;
		},
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([expect.objectContaining({ UserPrincipalName: reception, accountEnabled: true })]),
	},
	getGlobalAddressList: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGlobalAddressList', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.find((item) => item.json.PrimarySmtpAddress === adele)?.json).toMatchObject({ HiddenFromAddressListsEnabled: false });
			const names = items.map((item) => String(item.json.DisplayName));
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		},
	},
	getManyActiveSyncDevices: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListActiveSyncDevices', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.find((item) => item.json.userPrincipalName === adele)?.json).toMatchObject({
				deviceID: phoneOf(ids.adeleVance).deviceId,
			}),
	},
	getManyAntiPhishingPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAntiPhishingFilters', query: { tenantFilter: tenant } },
		output: (items) => expect(items[1].json).toMatchObject({ RuleName: 'Rule 2', State: 'Enabled' }),
	},
	getManyMalwarePolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMalwareFilters', query: { tenantFilter: tenant } },
		output: (items) => expect(items[0].json).toMatchObject({ IsDefault: true, RuleName: null }),
	},
	getManySafeAttachmentsPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSafeAttachmentsFilters', query: { tenantFilter: tenant } },
		output: (items) => expect(items).toHaveLength(2),
	},
	runCmdlet: {
		parameters: {
			tenantFilter: contoso,
			cmdlet: 'Get-Mailbox',
			additionalFields: { cmdParams: `{"Identity": "${adele}"}`, select: 'UserPrincipalName,RecipientTypeDetails' },
			returnAll: true,
		},
		request: {
			method: 'POST',
			endpoint: 'ListExoRequest',
			body: {
				TenantFilter: tenant,
				Cmdlet: 'Get-Mailbox',
				cmdParams: { Identity: adele },
				Select: 'UserPrincipalName,RecipientTypeDetails',
			},
		},
		output: (items) => expect(items.map((item) => item.json)).toEqual([{ UserPrincipalName: adele, RecipientTypeDetails: 'UserMailbox' }]),
	},
	createShared: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Sales Team',
			username: 'sales',
			domain: tenant,
			additionalFields: { addedAliases: `orders@${tenant}, quotes@${tenant}` },
		},
		request: {
			method: 'POST',
			endpoint: 'AddSharedMailbox',
			body: {
				tenantID: tenant,
				displayName: 'Sales Team',
				username: 'sales',
				domain: tenant,
				addedAliases: `orders@${tenant}\nquotes@${tenant}`,
			},
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([
				`Successfully created shared mailbox: sales@${tenant}.`,
				`Blocked sign-in for shared mailbox sales@${tenant}`,
				`Added aliases to sales@${tenant} : orders@${tenant},quotes@${tenant}`,
			]),
	},
	getManyPermissions: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), returnAll: true },
		request: { method: 'GET', endpoint: 'ListmailboxPermissions', query: { tenantFilter: tenant, userId: adele } },
		output: (items) =>
			expect(items.map((item) => item.json)).toContainEqual({ User: 'NT AUTHORITY\\SELF', Permissions: 'FullAccess, ReadPermission' }),
	},
	updatePermissions: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			modification: 'Add',
			permissionLevels: ['FullAccess', 'SendAs'],
			trustees: megan,
			autoMap: false,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecModifyMBPerms',
			body: {
				tenantFilter: tenant,
				userID: adele,
				permissions: [{ UserID: [megan], PermissionLevel: 'FullAccess,SendAs', Modification: 'Add', AutoMap: false }],
			},
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([
				`Granted ${megan} FullAccess to ${adele} with automapping False`,
				`Granted ${megan} SendAs permissions to ${adele}`,
			]),
	},
	getManyRules: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxRules', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.find((item) => item.json.Identity === adelesRule)?.json).toMatchObject({ Name: 'Newsletters', Tenant: tenant });
			expect(items.map((item) => item.json.Name)).not.toContain('No rules found');
		},
	},
	setRule: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), ruleId: locator('id', adelesRule), enabled: false },
		request: {
			method: 'POST',
			endpoint: 'ExecSetMailboxRule',
			body: { TenantFilter: tenant, userPrincipalName: adele, ruleId: adelesRule, ruleName: adelesRule, Disable: true },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully set mailbox rule ${adelesRule} for ${adele} to Disabled`),
	},
	deleteRule: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', alex), ruleId: locator('id', ruleOf(ids.alexWilber)) },
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveMailboxRule',
			body: { TenantFilter: tenant, userPrincipalName: alex, ruleId: ruleOf(ids.alexWilber), ruleName: ruleOf(ids.alexWilber) },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully deleted mailbox rule ${ruleOf(ids.alexWilber)} for ${alex}`),
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
	setMaxMessageSize: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), additionalFields: { maxSendSize: 50, maxReceiveSize: 60 } },
		request: {
			method: 'POST',
			endpoint: 'ExecSetMailboxEmailSize',
			body: { tenantFilter: tenant, id: adele, UPN: adele, maxSendSize: 50, maxReceiveSize: 60 },
		},
		output: ([item]) => expect(item.json.message).toBe(`Set mailbox email max size for ${adele} to Send: 50MB Receive: 60MB`),
	},
	getManyMobileDevices: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxMobileDevices', query: { tenantFilter: tenant, Mailbox: adele } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				deviceAccessState: 'Allowed',
				deviceID: phoneOf(ids.adeleVance).deviceId,
				Guid: phoneOf(ids.adeleVance).guid,
			}),
	},
	setMobileDevice: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			deviceAction: 'block',
			deviceId: phoneOf(ids.adeleVance).deviceId,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecMailboxMobileDevices',
			query: { tenantFilter: tenant, Userid: adele, deviceid: phoneOf(ids.adeleVance).deviceId, Quarantine: 'true' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Blocked Active Sync Device for ${adele}` }),
	},
	getOutOfOffice: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele) },
		request: { method: 'GET', endpoint: 'ListOoO', query: { tenantFilter: tenant, userid: adele } },
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ AutoReplyState: 'Disabled', StartTime: null });
		},
	},
	getManyRestrictedUsers: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListRestrictedUsers', query: { tenantFilter: tenant } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ SenderAddress: alex, BlockType: 'External recipient limit exceeded', ExternalCount: '1207' }),
	},
	removeRestrictedUser: {
		parameters: { tenantFilter: contoso, senderAddress: alex },
		request: { method: 'POST', endpoint: 'ExecRemoveRestrictedUser', body: { tenantFilter: tenant, SenderAddress: alex } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully removed ${alex} from the restricted users list.`),
	},
	getManyCasSettings: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxCAS', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.find((item) => item.json.PrimarySmtpAddress === adele)?.json).toMatchObject({ ImapEnabled: true, PopEnabled: true }),
	},
	setCasSettings: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), additionalFields: { IMAPEnabled: false, POPEnabled: false } },
		request: {
			method: 'POST',
			endpoint: 'ExecSetCASMailbox',
			body: { tenantFilter: tenant, Identity: adele, DisplayName: adele, IMAPEnabled: false, POPEnabled: false },
		},
		output: ([item]) =>
			expect(item.json.message).toBe(`Successfully set CAS settings for ${adele} (IMAPEnabled = False, POPEnabled = False)`),
	},
	scheduleOutOfOffice: {
		parameters: {
			tenantFilter: contoso,
			users: `${adele}, ${megan}`,
			startDate: '2031-07-01T08:00:00Z',
			endDate: '2031-07-15T18:00:00Z',
			additionalFields: { internalMessage: 'On holiday', CreateOOFEvent: true },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecScheduleOOOVacation',
			body: {
				tenantFilter: tenant,
				Users: [
					{ value: adele, label: adele },
					{ value: megan, label: megan },
				],
				startDate: 1940659200,
				endDate: 1941904800,
				internalMessage: 'On holiday',
				CreateOOFEvent: true,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully scheduled OOO vacation mode for ${adele}, ${megan}.`),
	},
	scheduleForwarding: {
		parameters: {
			tenantFilter: contoso,
			users: adele,
			forwardOption: 'internalAddress',
			forwardInternal: megan,
			startDate: '2031-07-01T08:00:00Z',
			endDate: '2031-07-15T18:00:00Z',
			additionalFields: { KeepCopy: true },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecScheduleForwardingVacation',
			body: {
				tenantFilter: tenant,
				Users: [{ value: adele, label: adele }],
				forwardOption: 'internalAddress',
				ForwardInternal: { value: megan, label: megan },
				startDate: 1940659200,
				endDate: 1941904800,
				KeepCopy: true,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully scheduled forwarding vacation mode for ${adele}.`),
	},
	scheduleDelegateAccess: {
		parameters: {
			tenantFilter: contoso,
			mailboxOwners: adele,
			delegates: megan,
			permissionTypes: ['FullAccess', 'SendAs'],
			startDate: '2031-07-01T08:00:00Z',
			endDate: '2031-07-15T18:00:00Z',
			additionalFields: { calendarPermission: 'Reviewer' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecScheduleMailboxVacation',
			body: {
				tenantFilter: tenant,
				mailboxOwners: [{ value: adele, label: adele }],
				delegates: [{ value: megan, label: megan }],
				permissionTypes: ['FullAccess', 'SendAs'],
				startDate: 1940659200,
				endDate: 1941904800,
				calendarPermission: { value: 'Reviewer', label: 'Reviewer' },
				includeCalendar: true,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully scheduled mailbox vacation mode for ${megan} -> ${adele}.`),
	},
	getManyContactPermissions: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), returnAll: true },
		request: { method: 'GET', endpoint: 'ListContactPermissions', query: { tenantFilter: tenant, UserID: adele } },
		output: (items) => expect(items.map((item) => item.json.User)).toEqual(['Default', 'Anonymous']),
	},
	updateContactPermissions: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			modification: 'Add',
			users: megan,
			permissionLevel: 'Editor',
			folderName: 'Contacts',
			sendNotificationToUser: false,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecModifyContactPerms',
			body: {
				tenantFilter: tenant,
				userID: adele,
				permissions: [
					{ UserID: [megan], PermissionLevel: 'Editor', Modification: 'Add', FolderName: 'Contacts', SendNotificationToUser: false },
				],
			},
		},
		output: ([item]) => expect(item.json.message).toMatch(/now has Editor permissions on this folder/),
	},
	startManagedFolderAssistant: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele) },
		request: { method: 'POST', endpoint: 'ExecStartManagedFolderAssistant', body: { tenantFilter: tenant, Id: adele } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully started Managed Folder Assistant for mailbox ${adele}.`),
	},
	setLocale: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), locale: 'nl-NL' },
		request: { method: 'POST', endpoint: 'ExecSetMailboxLocale', body: { tenantFilter: tenant, user: adele, locale: 'nl-NL' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Set locale for ${adele} to nl-NL` }),
	},
	getManyRetentionPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecManageRetentionPolicies', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.Name)).toEqual(['Default MRM Policy', 'Short Retention', 'Old Project Policy']),
	},
	createRetentionPolicy: {
		parameters: { tenantFilter: contoso, name: 'Legal 10 Years', retentionTags: '1 Month Delete, Never Delete' },
		request: {
			method: 'POST',
			endpoint: 'ExecManageRetentionPolicies',
			body: {
				tenantFilter: tenant,
				CreatePolicies: [{ Name: 'Legal 10 Years', RetentionPolicyTagLinks: ['1 Month Delete', 'Never Delete'] }],
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully created retention policy: Legal 10 Years' }),
	},
	updateRetentionPolicy: {
		parameters: { tenantFilter: contoso, retentionPolicy: locator('list', 'Short Retention'), updateFields: { addTags: 'Never Delete' } },
		request: {
			method: 'POST',
			endpoint: 'ExecManageRetentionPolicies',
			body: { tenantFilter: tenant, ModifyPolicies: [{ Identity: 'Short Retention', AddTags: ['Never Delete'] }] },
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully modified retention policy: Short Retention'),
	},
	deleteRetentionPolicy: {
		parameters: { tenantFilter: contoso, retentionPolicy: locator('list', 'Old Project Policy') },
		request: {
			method: 'POST',
			endpoint: 'ExecManageRetentionPolicies',
			body: { tenantFilter: tenant, DeletePolicies: 'Old Project Policy' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted retention policy: Old Project Policy' }),
	},
	setRetentionPolicy: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', adele), retentionPolicy: locator('list', 'Short Retention') },
		request: {
			method: 'POST',
			endpoint: 'ExecSetMailboxRetentionPolicies',
			body: { tenantFilter: tenant, Mailboxes: [adele], PolicyName: 'Short Retention' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully applied retention policy 'Short Retention' to ${adele}`),
	},
	getManyRetentionTags: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecManageRetentionTags', query: { tenantFilter: tenant } },
		output: (items) => {
			const tag = items.find((item) => item.json.Name === '1 Month Delete')?.json;
			expect(tag).toMatchObject({ Type: 'Personal', AgeLimitForRetention: '30.00:00:00' });
		},
	},
	createRetentionTag: {
		parameters: {
			tenantFilter: contoso,
			name: '5 Year Archive',
			type: 'All',
			retentionAction: 'MoveToArchive',
			ageLimitForRetention: 1825,
			retentionEnabled: true,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecManageRetentionTags',
			body: {
				tenantFilter: tenant,
				CreateTags: [
					{ Name: '5 Year Archive', Type: 'All', AgeLimitForRetention: 1825, RetentionAction: 'MoveToArchive', RetentionEnabled: true },
				],
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				'Successfully created retention tag: 5 Year Archive (Type: All, Action: MoveToArchive, Age: 1825 days)',
			),
	},
	updateRetentionTag: {
		parameters: {
			tenantFilter: contoso,
			retentionTag: locator('list', '1 Week Delete'),
			updateFields: { ageLimitForRetention: 14, comment: 'Two weeks' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecManageRetentionTags',
			body: { tenantFilter: tenant, ModifyTags: [{ Identity: '1 Week Delete', AgeLimitForRetention: 14, Comment: 'Two weeks' }] },
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully modified retention tag: 1 Week Delete'),
	},
	deleteRetentionTag: {
		parameters: { tenantFilter: contoso, retentionTag: locator('list', '1 Year Delete') },
		request: { method: 'POST', endpoint: 'ExecManageRetentionTags', body: { tenantFilter: tenant, DeleteTags: '1 Year Delete' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted retention tag: 1 Year Delete' }),
	},
	getManyHveAccounts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListHVEAccounts', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				expect.objectContaining({ primarySmtpAddress: hveSender, recipientTypeDetails: 'HVEAccount' }),
			]),
	},
	getHveAccount: {
		parameters: { tenantFilter: contoso, hveAccount: locator('list', hveSender) },
		request: { method: 'GET', endpoint: 'ListHVEAccounts', query: { tenantFilter: tenant, Identity: hveSender } },
		output: ([item]) => expect(item.json).toMatchObject({ displayName: 'Newsletter', SMTPServer: 'smtp.hve.mx.microsoft', SMTPPort: 587 }),
	},
	createHveAccount: {
		parameters: { tenantFilter: contoso, displayName: 'Invoices', primarySmtpAddress: `invoices@${tenant}`, password: 'Sm7p-Pass-2026!' },
		request: {
			method: 'POST',
			endpoint: 'ExecHVEUser',
			body: {
				TenantFilter: tenant,
				Action: 'Create',
				DisplayName: 'Invoices',
				PrimarySmtpAddress: `invoices@${tenant}`,
				password: 'Sm7p-Pass-2026!',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully created HVE user: invoices@${tenant} No Conditional Access policies blocking basic authentication found.`,
				messages: [
					`Successfully created HVE user: invoices@${tenant}`,
					'No Conditional Access policies blocking basic authentication found.',
				],
			}),
	},
	updateHveAccount: {
		parameters: { tenantFilter: contoso, hveAccount: locator('list', hveSender), additionalFields: { replyTo: `marketing@${tenant}` } },
		request: {
			method: 'POST',
			endpoint: 'ExecHVEUser',
			body: { TenantFilter: tenant, Action: 'Edit', Identity: hveSender, ReplyTo: `marketing@${tenant}` },
		},
		output: ([item]) => expect(item.json.message).toBe(`Updated reply-to address for ${hveSender} to marketing@${tenant}`),
	},
	deleteHveAccount: {
		// The account Create HVE Account made.
		parameters: { tenantFilter: contoso, hveAccount: locator('id', `invoices@${tenant}`) },
		request: { method: 'POST', endpoint: 'ExecHVEUser', body: { TenantFilter: tenant, Action: 'Remove', Identity: `invoices@${tenant}` } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully removed HVE account: invoices@${tenant}`),
	},
	getManyHveBillingPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListHVEAccounts', query: { tenantFilter: tenant, ListBillingPolicies: 'true' } },
		output: (items) => expect(items[0].json).toMatchObject({ ResourceType: 'HVE' }),
	},
	assignHveBillingPolicy: {
		parameters: { tenantFilter: contoso, hveAccount: locator('list', hveSender), billingPolicyId: HVE_BILLING_POLICY },
		request: {
			method: 'POST',
			endpoint: 'ExecHVEUser',
			body: {
				TenantFilter: tenant,
				Action: 'AssignBillingPolicy',
				Identity: hveSender,
				BillingPolicyId: { value: HVE_BILLING_POLICY, label: HVE_BILLING_POLICY },
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Assigned billing policy ${HVE_BILLING_POLICY} to ${hveSender}`),
	},
	removeHveBillingPolicy: {
		parameters: { tenantFilter: contoso, hveAccount: locator('list', hveSender) },
		request: {
			method: 'POST',
			endpoint: 'ExecHVEUser',
			body: { TenantFilter: tenant, Action: 'RemoveBillingPolicy', Identity: hveSender },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Removed billing policy from ${hveSender}` }),
	},
	createRestoreRequest: {
		parameters: { tenantFilter: contoso, sourceMailbox: deletedMailbox, mailbox: locator('upn', adele), requestName: 'Restore-Lee' },
		request: {
			method: 'POST',
			endpoint: 'ExecMailboxRestore',
			body: {
				TenantFilter: tenant,
				SourceMailbox: { value: deletedMailbox, label: deletedMailbox },
				TargetMailbox: { value: adele, label: adele },
				RequestName: 'Restore-Lee',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: 'Mailbox restore request created successfully',
				restoreRequest: { Identity: `${adele}\\Restore-Lee`, Status: 'Queued' },
			}),
	},
	suspendRestoreRequest: {
		parameters: { tenantFilter: contoso, restoreRequest: locator('list', seededRestore) },
		request: restoreCall('Suspend'),
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Mailbox restore request suspended successfully' }),
	},
	resumeRestoreRequest: {
		parameters: { tenantFilter: contoso, restoreRequest: locator('list', seededRestore) },
		request: restoreCall('Resume'),
		output: ([item]) => expect(item.json.message).toBe('Mailbox restore request resumed successfully'),
	},
	deleteRestoreRequest: {
		parameters: { tenantFilter: contoso, restoreRequest: locator('list', seededRestore) },
		request: restoreCall('Remove'),
		output: ([item]) => expect(item.json.message).toBe('Mailbox restore request removed successfully'),
	},
	getManyMailTestResults: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ExecMailTest' },
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items[1].json).toMatchObject({
				From: 'billing@fabrikam.example',
				AuthResult: [{ Name: 'spf', Status: 'softfail' }, {}, { Name: 'dmarc', Status: 'fail' }],
			});
		},
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

	test('turning IMAP off shows in Get Many Client Access Settings; an empty change and turning SMTP AUTH on are refused', async () => {
		await runOperation(sandbox, 'mailbox', 'setCasSettings', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			additionalFields: { IMAPEnabled: false, SmtpClientAuthenticationDisabled: true },
		});
		const list = await runOperation(sandbox, 'mailbox', 'getManyCasSettings', { tenantFilter: contoso, returnAll: true });
		expect(list.items.find((item) => item.json.PrimarySmtpAddress === megan)?.json).toMatchObject({
			ImapEnabled: false,
			PopEnabled: true,
			SmtpClientAuthenticationDisabled: true,
		});
		const empty = await runOperation(sandbox, 'mailbox', 'setCasSettings', { tenantFilter: contoso, mailbox: locator('upn', megan) });
		expect(empty.requests[0].status).toBe(400);
		expect(empty.error?.message).toMatch(/No CAS protocol settings were supplied/);
		const smtpOn = await runOperation(sandbox, 'mailbox', 'setCasSettings', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			additionalFields: { SmtpClientAuthenticationDisabled: false },
		});
		expect(smtpOn.requests).toHaveLength(0);
		expect(smtpOn.error?.message).toMatch(/can only turn SMTP client authentication off/);
	});

	test('a scheduled vacation appears as two tasks in Get Many Scheduled Items; an end before the start is refused', async () => {
		await runOperation(sandbox, 'mailbox', 'scheduleForwarding', {
			tenantFilter: contoso,
			users: grady,
			forwardOption: 'ExternalAddress',
			forwardExternal: 'grady@fabrikam.com',
			startDate: '2031-08-01T08:00:00Z',
			endDate: '2031-08-10T08:00:00Z',
			reference: 'TICKET-42',
		});
		const tasks = await runOperation(sandbox, 'administration', 'getManyScheduledItems', { returnAll: true });
		const ours = tasks.items.map((item) => item.json).filter((task) => String(task.Name).includes(grady));
		expect(ours.map((task) => [task.Name, task.ScheduledTime, task.Reference])).toEqual(
			expect.arrayContaining([
				[`Add Forwarding Vacation Mode: ${grady} -> grady@fabrikam.com`, expect.anything(), 'TICKET-42'],
				[`Remove Forwarding Vacation Mode: ${grady}`, expect.anything(), 'TICKET-42'],
			]),
		);
		const backwards = await runOperation(sandbox, 'mailbox', 'scheduleOutOfOffice', {
			tenantFilter: contoso,
			users: grady,
			startDate: '2031-08-10T08:00:00Z',
			endDate: '2031-08-01T08:00:00Z',
		});
		expect(backwards.requests).toHaveLength(0);
		expect(backwards.error?.message).toMatch(/ends before it starts/);
	});

	test('a contacts permission shows in Get Many Contact Permissions; an unknown user fails the item with every message', async () => {
		await runOperation(sandbox, 'mailbox', 'updateContactPermissions', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			modification: 'Add',
			users: alex,
			permissionLevel: 'Reviewer',
		});
		const list = await runOperation(sandbox, 'mailbox', 'getManyContactPermissions', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			returnAll: true,
		});
		expect(list.items.map((item) => [item.json.User, item.json.AccessRights])).toContainEqual(['Alex Wilber', ['Reviewer']]);
		const run = await runOperation(sandbox, 'mailbox', 'updateContactPermissions', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			modification: 'Add',
			users: `${grady}, nobody@contoso.onmicrosoft.com`,
			permissionLevel: 'Reviewer',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to set contact permissions for nobody@contoso.onmicrosoft.com/);
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

	test('granting Full Access shows in Get Many Permissions; removing it takes it out again', async () => {
		const permissions = async () => {
			const run = await runOperation(sandbox, 'mailbox', 'getManyPermissions', {
				tenantFilter: contoso,
				mailbox: locator('upn', megan),
				returnAll: true,
			});
			return run.items.map((item) => item.json);
		};
		const change = (modification: string) =>
			runOperation(sandbox, 'mailbox', 'updatePermissions', {
				tenantFilter: contoso,
				mailbox: locator('upn', megan),
				modification,
				permissionLevels: ['FullAccess', 'SendOnBehalf'],
				trustees: alex,
			});
		const granted = await change('Add');
		expect(granted.requests[0].body).toMatchObject({ permissions: [{ Modification: 'Add', AutoMap: true }] });
		expect(await permissions()).toEqual(
			expect.arrayContaining([
				{ User: alex, Permissions: 'FullAccess' },
				{ User: alex, Permissions: 'SendOnBehalf' },
			]),
		);
		const removed = await change('Remove');
		expect(removed.requests[0].body).toMatchObject({ permissions: [{ Modification: 'Remove' }] });
		expect(removed.requests[0].body).not.toMatchObject({ permissions: [{ AutoMap: expect.anything() }] });
		expect((await permissions()).map((row) => row.User)).not.toContain(alex);
	});

	test("Update Permissions: CIPP's HTTP-200 answers for an unknown mailbox or user fail the item", async () => {
		const unknownMailbox = await runOperation(sandbox, 'mailbox', 'updatePermissions', {
			tenantFilter: contoso,
			mailbox: locator('upn', 'nobody@contoso.onmicrosoft.com'),
			modification: 'Add',
			permissionLevels: ['FullAccess'],
			trustees: alex,
		});
		expect(unknownMailbox.requests[0].status).toBe(200);
		expect(unknownMailbox.error?.message).toMatch(/Could not find user nobody@contoso\.onmicrosoft\.com/);
		const unknownTrustee = await runOperation(sandbox, 'mailbox', 'updatePermissions', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			modification: 'Remove',
			permissionLevels: ['SendAs'],
			trustees: 'ghost@contoso.onmicrosoft.com',
		});
		expect(unknownTrustee.error?.message).toMatch(/Error processing SendAs for ghost@contoso\.onmicrosoft\.com/);
	});

	test('inbox rules: the cache loads, then lists rules; a change shows only once the hourly cache is refreshed', async () => {
		const list = async () =>
			(await runOperation(sandbox, 'mailbox', 'getManyRules', { tenantFilter: locator('list', 'AllTenants'), returnAll: true })).items;
		const first = await list();
		expect(first.map((item) => item.json)).toEqual([
			expect.objectContaining({ status: 'loading', message: 'Loading data for AllTenants. Please check back in 1 minute' }),
		]);
		const rules = await list();
		const rule = rules.find((item) => item.json.Identity === ruleOf(ids.meganBowen))?.json;
		expect(rule).toMatchObject({ Name: 'Newsletters', Enabled: true, Tenant: tenant });
		const set = await runOperation(sandbox, 'mailbox', 'setRule', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			ruleId: locator('id', ruleOf(ids.meganBowen)),
			enabled: false,
		});
		expect(set.error).toBeUndefined();
		expect((await list()).find((item) => item.json.Identity === ruleOf(ids.meganBowen))?.json.Enabled).toBe(true);
	});

	test("an unknown rule: Enable or Disable fails with CIPP's unhandled HTTP 500, Delete with its Results", async () => {
		const set = await runOperation(sandbox, 'mailbox', 'setRule', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			ruleId: locator('id', 'No such rule'),
			enabled: true,
		});
		expect(set.requests[0].status).toBe(500);
		expect(set.error?.message).toMatch(/Could not set mailbox rule No such rule for .* to Enabled/);
		const removed = await runOperation(sandbox, 'mailbox', 'deleteRule', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			ruleId: locator('id', 'No such rule'),
		});
		expect(removed.error?.message).toMatch(/Failed to delete rule for/);
	});

	test('a shared mailbox on a domain the tenant does not have is refused by Exchange', async () => {
		const run = await runOperation(sandbox, 'mailbox', 'createShared', {
			tenantFilter: contoso,
			displayName: 'Info',
			username: 'info',
			domain: 'example.org',
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Failed to create shared mailbox\. .*accepted domain/);
	});

	test('blocking a phone shows in Get Many Mobile Devices; deleting it takes it off the list', async () => {
		const phone = phoneOf(ids.meganBowen);
		const devices = async () =>
			(
				await runOperation(sandbox, 'mailbox', 'getManyMobileDevices', {
					tenantFilter: contoso,
					mailbox: locator('upn', megan),
					returnAll: true,
				})
			).items;
		await runOperation(sandbox, 'mailbox', 'setMobileDevice', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			deviceAction: 'block',
			deviceId: phone.deviceId,
		});
		expect((await devices())[0].json).toMatchObject({ deviceID: phone.deviceId, deviceAccessState: 'Blocked' });
		const deleted = await runOperation(sandbox, 'mailbox', 'setMobileDevice', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			deviceAction: 'delete',
			deviceGuid: phone.guid,
		});
		expect(deleted.requests[0].query).toEqual({ tenantFilter: tenant, Userid: megan, guid: phone.guid, Delete: 'true' });
		expect(deleted.items[0].json.message).toBe(`Deleted Active Sync Device for ${megan}`);
		expect((await devices()).map((item) => item.json.deviceID)).not.toContain(phone.deviceId);
		const again = await runOperation(sandbox, 'mailbox', 'setMobileDevice', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			deviceAction: 'delete',
			deviceGuid: phone.guid,
		});
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Failed to delete Mobile Device/);
	});

	test('Get Out of Office shows what User → Set Out of Office set', async () => {
		await runOperation(sandbox, 'user', 'setOutOfOffice', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			autoReplyState: 'Enabled',
			additionalFields: { InternalMessage: 'Back Monday.' },
		});
		const run = await runOperation(sandbox, 'mailbox', 'getOutOfOffice', { tenantFilter: contoso, mailbox: locator('upn', megan) });
		expect(run.items.map((item) => item.json)).toEqual([
			expect.objectContaining({ AutoReplyState: 'Enabled', InternalMessage: 'Back Monday.' }),
		]);
	});

	test('a removed restricted user is gone from the list; a size over 150 MB is refused before sending', async () => {
		await runOperation(sandbox, 'mailbox', 'removeRestrictedUser', { tenantFilter: contoso, senderAddress: alex });
		const list = await runOperation(sandbox, 'mailbox', 'getManyRestrictedUsers', { tenantFilter: contoso, returnAll: true });
		expect(list.items.map((item) => item.json.SenderAddress)).not.toContain(alex);
		const size = await runOperation(sandbox, 'mailbox', 'setMaxMessageSize', {
			tenantFilter: contoso,
			mailbox: locator('upn', adele),
			additionalFields: { maxSendSize: 151 },
		});
		expect(size.requests).toHaveLength(0);
	});

	test('Set Max Message Size without a size: CIPP answers HTTP 500 and the item fails with its words', async () => {
		const run = await runOperation(sandbox, 'mailbox', 'setMaxMessageSize', { tenantFilter: contoso, mailbox: locator('upn', adele) });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/No max send or receive size provided/);
	});

	test('forwarding set through User → Set Email Forwarding, and a shared mailbox that can sign in, show in the reports', async () => {
		await runOperation(sandbox, 'user', 'setEmailForward', {
			tenantFilter: contoso,
			mailbox: locator('upn', megan),
			forwardOption: 'externalAddress',
			additionalFields: { ForwardExternal: 'megan@example.org', KeepCopy: true },
		});
		const forwarding = await runOperation(sandbox, 'mailbox', 'getManyForwarding', { tenantFilter: contoso, returnAll: true });
		expect(forwarding.items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ UPN: megan, ForwardingType: 'External', ForwardTo: 'megan@example.org', DeliverToMailboxAndForward: true }),
		);
		await runOperation(sandbox, 'user', 'convertMailbox', { tenantFilter: contoso, mailbox: locator('upn', grady), mailboxType: 'Shared' });
		const shared = await runOperation(sandbox, 'mailbox', 'getManySharedWithSignIn', { tenantFilter: contoso, returnAll: true });
		expect(shared.items.map((item) => item.json.UserPrincipalName)).toEqual([grady]);
		expect(forwarding.items.map((item) => item.json.UPN)).toContain(reception);
	});

	test('Run Read-Only Cmdlet: a cmdlet that changes something is refused before sending; a failing one fails the item', async () => {
		const write = await runOperation(sandbox, 'mailbox', 'runCmdlet', { tenantFilter: contoso, cmdlet: 'Set-Mailbox', returnAll: true });
		expect(write.requests).toHaveLength(0);
		const failing = await runOperation(sandbox, 'mailbox', 'runCmdlet', {
			tenantFilter: contoso,
			cmdlet: 'Get-Mailbox',
			additionalFields: { cmdParams: '{"Identity": "nobody@contoso.onmicrosoft.com"}' },
			returnAll: true,
		});
		expect(failing.requests[0].status).toBe(200);
		expect(failing.error?.message).toMatch(/couldn't be found/);
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
