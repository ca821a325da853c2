import '../support/logCapture';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { allOperations } from '../../nodes/Cipp/actions/operations';
import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { entraObjectId } from '../sandbox/endpoints/catalogue/user/directoryReads';
import { runWorkflow } from '../harness/runWorkflow';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { cippPackage } from '../support/cippPackage';
import { cippWorkflow, locator, sandboxCredential } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { cloudUser, syncedUserWithWriteback, customDomainUser, cloudUserInWritebackOffTenant } = fixtures.scenarios;
const ids = fixtures.userIds;
const contoso = locator('domain', cloudUser.tenant);
const woodgrove = locator('domain', customDomainUser.tenant);
const upnOf = (id: string) => fixtures.users.find((user) => user.id === id)?.userPrincipalName ?? '';
const itAdmins = stableGuid(`${fixtures.tenantIds.contoso}/group/IT Admins`);
const unix = (iso: string) => Date.parse(iso) / 1000;
/** Adele's laptop: its Entra object ID (what CIPP's ListUserDevices answers as ID and ExecDeviceDelete takes) and its Entra device ID. */
const adelesLaptop = fixtures.devices.find((device) => device.deviceName === 'CONTOSO-LT-0142')!;
const laptopObjectId = entraObjectId(adelesLaptop);
const userAdministrator = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const standardUser = stableGuid('UserDefaultTemplate/Standard User');
const exchangeBreakFix = stableGuid('JITAdminTemplate/Exchange Break-Fix');
const exchangeAdministrator = '29232cdf-9323-42fd-ade2-1d097af3e4de';
const contosoGlobalAdmin = stableGuid('JITAdminTemplate/Contoso Global Admin (1 hour)');
const createdGuid = /GUID:? ([0-9a-f-]{36})/;
/** The first bytes of a JPEG file, enough for the node's and CIPP's checks. */
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]).toString('base64');
const bulkRow = (mailNickName: string, displayName: string) => ({ mailNickName, domain: cloudUser.tenant, displayName });
const formerEmployee = stableGuid(`${fixtures.tenantIds.contoso}/deleted/former.employee`);

describeCatalogue('user', {
	resetPassword: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), mustChangePassword: false },
		request: { method: 'POST', endpoint: 'ExecResetPass', body: { tenantFilter: cloudUser.tenant, ID: cloudUser.upn, MustChange: false } },
		// Role check, reset, revoke, verify: the safe defaults (test/workflow/safeReset.test.ts).
		calls: ['ListGraphRequest', 'ExecResetPass', 'ExecRevokeSessions', 'ListGraphRequest'],
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				mustChangePassword: false,
				complete: true,
				steps: { verify: { status: 'confirmed' } },
			}),
	},
	getPasswordResetStatus: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), changedSince: '2026-01-01T00:00:00Z' },
		request: {
			method: 'GET',
			endpoint: 'ListGraphRequest',
			query: {
				tenantFilter: cloudUser.tenant,
				Endpoint: `users/${cloudUser.upn}`,
				$select: 'id,userPrincipalName,displayName,accountEnabled,onPremisesSyncEnabled,lastPasswordChangeDateTime',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'confirmed', changedSince: '2026-01-01T00:00:00.000Z', accountEnabled: true }),
	},
	get: {
		parameters: { tenantFilter: contoso, userId: locator('id', cloudUser.userId) },
		request: { method: 'GET', endpoint: 'ListUsers', query: { tenantFilter: cloudUser.tenant, UserID: cloudUser.userId } },
		output: ([item]) => expect(item.json.userPrincipalName).toBe(cloudUser.upn),
	},
	getAll: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListUsers', query: { tenantFilter: cloudUser.tenant } },
		output: (items) => expect(items.length).toBeGreaterThan(5),
	},
	revokeSessions: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn) },
		request: {
			method: 'POST',
			endpoint: 'ExecRevokeSessions',
			body: { tenantFilter: cloudUser.tenant, id: cloudUser.upn, Username: cloudUser.upn },
		},
		output: ([item], sandbox) => {
			expect(item.json).toEqual({ status: 'success', message: `Successfully revoked sessions for ${cloudUser.upn}` });
			expect(sandbox.findUser(cloudUser.tenant, cloudUser.upn)?.signInSessionsValidFromDateTime).toEqual(expect.any(String));
		},
	},
	create: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Jane Doe',
			username: 'jane.doe',
			domain: cloudUser.tenant,
			additionalFields: {
				jobTitle: 'Sales Manager',
				usageLocation: 'US',
				licenses: '3b555118-da6a-4418-894f-7df1e2096870',
				MustChangePass: true,
				copyFrom: cloudUser.upn,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'AddUser',
			body: {
				tenantFilter: cloudUser.tenant,
				DisplayName: 'Jane Doe',
				username: 'jane.doe',
				Domain: cloudUser.tenant,
				jobTitle: 'Sales Manager',
				usageLocation: { value: 'US', label: 'US' },
				licenses: { value: '3b555118-da6a-4418-894f-7df1e2096870', label: '3b555118-da6a-4418-894f-7df1e2096870' },
				MustChangePass: true,
				copyFrom: { value: cloudUser.upn, label: cloudUser.upn },
				PrimDomain: { value: cloudUser.tenant, label: cloudUser.tenant },
			},
		},
		output: ([item], sandbox) => {
			const upn = `jane.doe@${cloudUser.tenant}`;
			expect(item.json).toMatchObject({ status: 'success', userPrincipalName: upn, copyField: expect.stringMatching(/^.{14}$/) });
			expect(item.json.message).toContain('Password: [see copyField]');
			expect(item.json.message).not.toContain(String(item.json.copyField));
			expect(item.json.messages).toEqual(
				expect.arrayContaining([expect.stringMatching(/^Successfully set licenses for jane\.doe@/), 'Added user to group: All Staff']),
			);
			const user = sandbox.findUser(cloudUser.tenant, upn);
			expect(user).toMatchObject({ jobTitle: 'Sales Manager', usageLocation: 'US', id: item.json.id });
			expect(user?.passwordProfile).toEqual({ password: item.json.copyField, forceChangePasswordNextSignIn: true });
		},
	},
	update: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('id', ids.meganBowen),
			username: 'megan.bowen',
			domain: cloudUser.tenant,
			additionalFields: { displayName: 'Megan Bowen', jobTitle: 'Head of Marketing', AddToGroups: itAdmins },
		},
		request: {
			method: 'POST',
			endpoint: 'EditUser',
			body: {
				tenantFilter: cloudUser.tenant,
				id: ids.meganBowen,
				username: 'megan.bowen',
				Domain: cloudUser.tenant,
				DisplayName: 'Megan Bowen',
				jobTitle: 'Head of Marketing',
				AddToGroups: [{ value: itAdmins, label: itAdmins }],
			},
		},
		output: ([item], sandbox) => {
			expect(item.json).toMatchObject({
				status: 'success',
				messages: ['Success. The user has been edited.', `Success. Megan Bowen has been added to ${itAdmins}`],
			});
			expect(sandbox.findUser(cloudUser.tenant, ids.meganBowen)?.jobTitle).toBe('Head of Marketing');
		},
	},
	delete: {
		parameters: { tenantFilter: woodgrove, userId: locator('id', ids.benWalters) },
		request: { method: 'POST', endpoint: 'RemoveUser', body: { tenantFilter: customDomainUser.tenant, ID: ids.benWalters } },
		output: ([item], sandbox) => {
			expect(item.json).toEqual({ status: 'success', message: `Successfully deleted user with ID: '${ids.benWalters}'` });
			expect(sandbox.findUser(customDomainUser.tenant, ids.benWalters)).toBeUndefined();
		},
	},
	createGuest: {
		parameters: {
			tenantFilter: contoso,
			mail: 'sam.partner@fabrikam.com',
			sendInvite: true,
			additionalFields: { displayName: 'Sam Partner' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddGuest',
			body: { tenantFilter: cloudUser.tenant, mail: 'sam.partner@fabrikam.com', sendInvite: true, displayName: 'Sam Partner' },
		},
		output: ([item], sandbox) => {
			expect(item.json).toEqual({ status: 'success', message: 'Invited Guest Sam Partner with Email Invite' });
			expect(sandbox.findUser(cloudUser.tenant, `sam.partner_fabrikam.com#EXT#@${cloudUser.tenant}`)).toMatchObject({
				userType: 'Guest',
				externalUserState: 'PendingAcceptance',
			});
		},
	},
	disable: {
		parameters: { tenantFilter: woodgrove, userId: locator('upn', customDomainUser.upn) },
		request: {
			method: 'POST',
			endpoint: 'ExecDisableUser',
			body: { tenantFilter: customDomainUser.tenant, ID: customDomainUser.upn, Enable: false },
		},
		output: ([item], sandbox) => {
			expect(item.json.message).toBe(`Successfully set account enabled state to False for ${customDomainUser.upn}`);
			expect(sandbox.findUser(customDomainUser.tenant, customDomainUser.upn)?.accountEnabled).toBe(false);
		},
	},
	enable: {
		parameters: { tenantFilter: woodgrove, userId: locator('id', ids.allanDeyoung) },
		request: {
			method: 'POST',
			endpoint: 'ExecDisableUser',
			body: { tenantFilter: customDomainUser.tenant, ID: ids.allanDeyoung, Enable: true },
		},
		output: ([item], sandbox) => {
			expect(item.json.message).toBe(`Successfully set account enabled state to True for ${ids.allanDeyoung}`);
			expect(sandbox.findUser(customDomainUser.tenant, ids.allanDeyoung)?.accountEnabled).toBe(true);
		},
	},
	restoreDeleted: {
		parameters: { tenantFilter: woodgrove, deletedItemId: ids.benWalters },
		request: { method: 'POST', endpoint: 'ExecRestoreDeleted', body: { tenantFilter: customDomainUser.tenant, ID: ids.benWalters } },
		output: ([item], sandbox) => {
			expect(item.json.message).toBe(`Successfully restored deleted item with ID: '${ids.benWalters}'`);
			expect(sandbox.findUser(customDomainUser.tenant, ids.benWalters)?.deletedDateTime).toBeNull();
		},
	},
	clearImmutableId: {
		setup: (sandbox) => {
			const user = sandbox.findUser(cloudUserInWritebackOffTenant.tenant, cloudUserInWritebackOffTenant.upn);
			if (user) user.onPremisesImmutableId = 'pTGlpmHHT0a9bFK3tR+2Ag==';
		},
		parameters: {
			tenantFilter: locator('domain', cloudUserInWritebackOffTenant.tenant),
			userId: locator('upn', cloudUserInWritebackOffTenant.upn),
		},
		// The user is read first: CIPP would restore a deleted one silently.
		calls: ['ListGraphRequest', 'ExecClrImmId'],
		request: {
			method: 'POST',
			endpoint: 'ExecClrImmId',
			body: { tenantFilter: cloudUserInWritebackOffTenant.tenant, ID: cloudUserInWritebackOffTenant.upn },
		},
		output: ([item], sandbox) => {
			expect(item.json.message).toBe(`Successfully cleared immutable ID for user ${cloudUserInWritebackOffTenant.upn}`);
			expect(sandbox.findUser(cloudUserInWritebackOffTenant.tenant, cloudUserInWritebackOffTenant.upn)?.onPremisesImmutableId).toBeNull();
		},
	},
	createTemporaryAccessPass: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('upn', upnOf(ids.leeGu)),
			additionalFields: { lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: '2026-12-01T09:00:00Z' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCreateTAP',
			body: {
				tenantFilter: cloudUser.tenant,
				ID: upnOf(ids.leeGu),
				lifetimeInMinutes: 120,
				isUsableOnce: true,
				startDateTime: unix('2026-12-01T09:00:00Z'),
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({ status: 'success', temporaryAccessPass: expect.stringMatching(/^.{10}$/) });
			expect(item.json.message).toBe(
				`The TAP for ${upnOf(ids.leeGu)} is [see temporaryAccessPass] - This TAP is usable for the next 120 minutes (one-time use only) starting at 2026-12-01 09:00:00 UTC User ID: ${upnOf(ids.leeGu)}`,
			);
		},
	},
	deleteDevice: {
		parameters: { tenantFilter: contoso, deviceObjectId: laptopObjectId },
		request: {
			method: 'POST',
			endpoint: 'ExecDeviceDelete',
			body: { tenantFilter: cloudUser.tenant, ID: laptopObjectId, action: 'Delete' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Executed action Delete on ${laptopObjectId}` }),
	},
	dismissRisk: {
		parameters: { tenantFilter: contoso, userId: locator('id', ids.alexWilber), additionalFields: { userDisplayName: 'Alex Wilber' } },
		request: {
			method: 'POST',
			endpoint: 'ExecDismissRiskyUser',
			body: { tenantFilter: cloudUser.tenant, userId: ids.alexWilber, userDisplayName: 'Alex Wilber' },
		},
		output: ([item]) => expect(item.json.message).toBe('Successfully dismissed User Risk for user Alex Wilber. '),
	},
	resetMfa: {
		parameters: { tenantFilter: contoso, userId: locator('upn', upnOf(ids.meganBowen)) },
		request: { method: 'POST', endpoint: 'ExecResetMFA', body: { tenantFilter: cloudUser.tenant, ID: upnOf(ids.meganBowen) } },
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully removed MFA methods (microsoftAuthenticatorMethod, phoneMethod) for user ${upnOf(ids.meganBowen)}. User must supply MFA at next logon`,
			),
	},
	setPerUserMfa: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), state: 'Enforced' },
		// The user is read first: CIPP answers success for an unknown user.
		calls: ['ListGraphRequest', 'ExecPerUserMFA'],
		request: {
			method: 'POST',
			endpoint: 'ExecPerUserMFA',
			body: { tenantFilter: cloudUser.tenant, userPrincipalName: cloudUser.upn, State: { value: 'Enforced', label: 'Enforced' } },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully set Per user MFA State for ${cloudUser.upn}`),
	},
	sendMfaPush: {
		parameters: { tenantFilter: contoso, userPrincipalName: upnOf(ids.alexWilber) },
		request: { method: 'POST', endpoint: 'ExecSendPush', body: { TenantFilter: cloudUser.tenant, UserEmail: upnOf(ids.alexWilber) } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'success', message: expect.stringMatching(/^Received an MFA confirmation: Success/) }),
	},
	setEmailForward: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			forwardOption: 'internalAddress',
			additionalFields: { ForwardInternal: upnOf(ids.meganBowen), KeepCopy: true },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecEmailForward',
			body: {
				tenantFilter: cloudUser.tenant,
				userID: cloudUser.upn,
				forwardOption: 'internalAddress',
				ForwardInternal: { value: upnOf(ids.meganBowen), label: upnOf(ids.meganBowen) },
				KeepCopy: true,
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully set forwarding for ${cloudUser.upn} to Internal Address ${upnOf(ids.meganBowen)} with keeping a copy set to True`,
			),
	},
	setOutOfOffice: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('id', ids.alexWilber),
			autoReplyState: 'Scheduled',
			additionalFields: {
				InternalMessage: 'I am on leave until Friday.',
				StartTime: '2026-12-01T09:00:00Z',
				EndTime: '2026-12-05T17:00:00Z',
				AutoDeclineFutureRequestsWhenOOF: true,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetOoO',
			body: {
				tenantFilter: cloudUser.tenant,
				userId: ids.alexWilber,
				AutoReplyState: { value: 'Scheduled', label: 'Scheduled' },
				InternalMessage: 'I am on leave until Friday.',
				StartTime: unix('2026-12-01T09:00:00Z'),
				EndTime: unix('2026-12-05T17:00:00Z'),
				AutoDeclineFutureRequestsWhenOOF: true,
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(`Scheduled Out-of-office for ${ids.alexWilber} between 12/1/2026 9:00:00 AM and 12/5/2026 5:00:00 PM`),
	},
	convertMailbox: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', upnOf(ids.contosoReception)), mailboxType: 'Shared' },
		request: {
			method: 'POST',
			endpoint: 'ExecConvertMailbox',
			body: { tenantFilter: cloudUser.tenant, ID: upnOf(ids.contosoReception), MailboxType: 'Shared' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully converted ${upnOf(ids.contosoReception)} to a Shared mailbox`),
	},
	enableArchive: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', cloudUser.upn) },
		request: { method: 'POST', endpoint: 'ExecEnableArchive', body: { tenantFilter: cloudUser.tenant, id: cloudUser.upn } },
		output: ([item]) => expect(item.json.message).toBe(`Successfully set archive for ${cloudUser.upn} to True`),
	},
	offboard: {
		parameters: {
			tenantFilter: contoso,
			user: upnOf(ids.johannaLorenz),
			actions: { DisableSignIn: true, RevokeSessions: true, RemoveLicenses: true, forward: upnOf(ids.meganBowen) },
			additionalFields: { reference: 'TICKET-1234' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecOffboardUser',
			body: {
				tenantFilter: cloudUser.tenant,
				user: [{ value: upnOf(ids.johannaLorenz), label: upnOf(ids.johannaLorenz) }],
				DisableSignIn: true,
				RevokeSessions: true,
				RemoveLicenses: true,
				forward: { value: upnOf(ids.meganBowen), label: upnOf(ids.meganBowen) },
				reference: 'TICKET-1234',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: `Task Offboarding: ${upnOf(ids.johannaLorenz)} scheduled to run now`,
				followUp: expect.stringContaining('Get Many Scheduled Items'),
			}),
	},
	getGroups: {
		parameters: { tenantFilter: contoso, userId: locator('upn', upnOf(ids.alexWilber)), returnAll: true },
		request: { method: 'GET', endpoint: 'ListUserGroups', query: { tenantFilter: cloudUser.tenant, userId: upnOf(ids.alexWilber) } },
		output: (items) =>
			expect(items.map((item) => [item.json.DisplayName, item.json.groupType])).toEqual([
				['All Staff', 'Microsoft 365'],
				['Sales Team', 'Distribution List'],
			]),
	},
	getDevices: {
		parameters: { tenantFilter: contoso, userId: locator('id', ids.alexWilber), returnAll: true },
		request: { method: 'GET', endpoint: 'ListUserDevices', query: { tenantFilter: cloudUser.tenant, UserID: ids.alexWilber } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				expect.objectContaining({
					ID: entraObjectId({ azureADDeviceId: 'f43d7606-8f82-43f0-8f90-d61837ac4c32' }),
					EPMID: '351e61d7-fb0f-4e49-be8a-fb5a8c68feb0',
					isCompliant: false,
				}),
			]),
	},
	getConditionalAccessPolicies: {
		parameters: { tenantFilter: contoso, userId: locator('id', cloudUser.userId), returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListUserConditionalAccessPolicies',
			query: { tenantFilter: cloudUser.tenant, UserID: cloudUser.userId },
		},
		output: (items) =>
			expect(items.map((item) => item.json.displayName)).toEqual([
				'CA001 - Require MFA for all users',
				'CA002 - Block legacy authentication',
			]),
	},
	getSignInLogs: {
		parameters: { tenantFilter: contoso, userId: locator('id', ids.alexWilber), additionalFields: { top: 2 } },
		request: { method: 'GET', endpoint: 'ListUserSigninLogs', query: { tenantFilter: cloudUser.tenant, UserID: ids.alexWilber, top: '2' } },
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items.every((item) => item.json.userId === ids.alexWilber)).toBe(true);
			expect(String(items[0].json.createdDateTime) >= String(items[1].json.createdDateTime)).toBe(true);
		},
	},
	getCounts: {
		parameters: { tenantFilter: woodgrove },
		request: { method: 'GET', endpoint: 'ListUserCounts', query: { tenantFilter: customDomainUser.tenant } },
		output: ([item]) => expect(item.json).toEqual({ Users: 4, LicUsers: 3, Gas: 0, Guests: 0 }),
	},
	getManySignIns: {
		parameters: { tenantFilter: contoso, returnAll: true, additionalFields: { failedLogonsOnly: true, FailureThreshold: 3 } },
		request: {
			method: 'GET',
			endpoint: 'ListSignIns',
			query: { tenantFilter: cloudUser.tenant, failedLogonsOnly: 'true', FailureThreshold: '3' },
		},
		output: (items) => {
			expect(items).toHaveLength(4);
			items.forEach((item) =>
				expect(item.json).toMatchObject({ userId: ids.alexWilber, errorCode: 50126, locationcipp: 'Amsterdam - NL' }),
			);
		},
	},
	getManyInactive: {
		parameters: { tenantFilter: contoso, returnAll: true, additionalFields: { InactiveDays: 90 } },
		request: { method: 'GET', endpoint: 'ListInactiveAccounts', query: { tenantFilter: cloudUser.tenant, InactiveDays: '90' } },
		output: (items) =>
			expect(items.map((item) => item.json.userPrincipalName).sort()).toEqual(
				expect.arrayContaining([upnOf(ids.contosoAdmin), upnOf(ids.gradyArchie)]),
			),
	},
	getManyDeletedItems: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDeletedItems', query: { tenantFilter: cloudUser.tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.displayName, item.json.TargetType])).toEqual([
				['Former Employee', 'User'],
				['Project Falcon', 'Group'],
			]),
	},
	getManyMfaStates: {
		parameters: { tenantFilter: contoso, useReportDb: false, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMFAUsers', query: { tenantFilter: cloudUser.tenant, UseReportDB: 'false' } },
		output: (items) => {
			const megan = items.find((item) => item.json.ID === ids.meganBowen)?.json;
			expect(megan).toMatchObject({ MFARegistration: false, CoveredByCA: 'Enforced - All Apps', CoveredBySD: false });
			const adele = items.find((item) => item.json.ID === cloudUser.userId)?.json;
			expect(adele).toMatchObject({ PerUser: 'enforced', MFAMethods: ['microsoftAuthenticator', 'phone'] });
		},
	},
	checkCompromise: {
		parameters: { tenantFilter: contoso, userId: locator('upn', upnOf(ids.alexWilber)), refresh: false },
		request: {
			method: 'GET',
			endpoint: 'ExecBECCheck',
			query: {
				tenantFilter: cloudUser.tenant,
				overwrite: 'false',
				userid: ids.alexWilber,
				GUID: ids.alexWilber,
				userName: upnOf(ids.alexWilber),
			},
		},
		calls: ['ListGraphRequest', 'ExecBECCheck'],
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'queued',
				message: 'CIPP started the compromise check.',
				followUp: expect.stringContaining('run this operation again'),
			}),
	},
	remediateCompromise: {
		parameters: { tenantFilter: contoso, userId: locator('id', cloudUser.userId), passwordOutput: 'mask' },
		request: {
			method: 'POST',
			endpoint: 'ExecBECRemediate',
			body: { tenantFilter: cloudUser.tenant, userid: cloudUser.userId, username: cloudUser.upn },
		},
		calls: ['ListGraphRequest', 'ExecBECRemediate'],
		output: ([item]) => {
			expect(item.json).toMatchObject({ status: 'success', maskedTemporaryPassword: expect.stringMatching(/^..\*+..$/) });
			expect(item.json.temporaryPassword).toBeUndefined();
			expect((item.json.steps as Array<{ message: string }>).map((step) => step.message)).toEqual([
				`Successfully reset the password for , ${cloudUser.upn}. User must change password is set to True. The new password is [see maskedTemporaryPassword]`,
				`Successfully set account enabled state to False for ${cloudUser.upn}`,
				`Successfully revoked sessions for ${cloudUser.upn}`,
				expect.stringMatching(/^Successfully removed MFA methods \(.+\) for user /),
				`Successfully disabled 1 inbox rules for ${cloudUser.upn}`,
				expect.stringMatching(/^Successfully set OneDrive sharing to 'Disabled' for /),
			]);
		},
	},
	setPasswordExpiration: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), passwordPolicy: 'DisablePasswordExpiration' },
		request: {
			method: 'POST',
			endpoint: 'ExecPasswordNeverExpires',
			body: {
				tenantFilter: cloudUser.tenant,
				userId: cloudUser.upn,
				PasswordPolicy: { value: 'DisablePasswordExpiration', label: 'DisablePasswordExpiration' },
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully set PasswordPolicy for user  to DisablePasswordExpiration' }),
	},
	setDefaultMfaMethod: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), methodType: 'oath' },
		request: {
			method: 'POST',
			endpoint: 'ExecSetDefaultMFAMethod',
			body: { tenantFilter: cloudUser.tenant, ID: cloudUser.upn, MethodType: { value: 'oath', label: 'oath' } },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully set the default MFA method to oath for user ${cloudUser.upn}`,
			}),
	},
	getManyPerUserMfaStates: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListPerUserMFA', query: { tenantFilter: cloudUser.tenant, allUsers: 'true' } },
		output: (items) => {
			expect(items.length).toBeGreaterThan(5);
			expect(items.find((item) => item.json.id === cloudUser.userId)?.json).toEqual({
				userPrincipalName: cloudUser.upn,
				id: cloudUser.userId,
				perUserMfaState: 'enforced',
			});
		},
	},
	removeAdminRole: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('id', ids.leeGu),
			roleTemplateId: locator('list', userAdministrator),
			additionalFields: { roleName: 'User Administrator' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRemoveAdminRole',
			body: {
				tenantFilter: cloudUser.tenant,
				Users: [ids.leeGu],
				RoleTemplateId: { value: userAdministrator, label: userAdministrator },
				RoleName: { value: 'User Administrator', label: 'User Administrator' },
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully removed ${ids.leeGu} from admin role User Administrator.` }),
	},
	getMailboxRules: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', upnOf(ids.alexWilber)), returnAll: true },
		request: { method: 'GET', endpoint: 'ListUserMailboxRules', query: { tenantFilter: cloudUser.tenant, UserID: upnOf(ids.alexWilber) } },
		output: (items) => {
			expect(items.map((item) => item.json.Name)).toEqual(['.', 'Newsletters']);
			expect(items[0].json).toMatchObject({ Enabled: true, MoveToFolder: 'RSS Feeds', MarkAsRead: true });
		},
	},
	getTrustedBlockedSenders: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', cloudUser.upn), returnAll: true },
		request: { method: 'GET', endpoint: 'ListUserTrustedBlockedSenders', query: { tenantFilter: cloudUser.tenant, UserID: cloudUser.upn } },
		output: (items) =>
			expect(items.map((item) => [item.json.TypeProperty, item.json.Value])).toEqual([
				['TrustedSendersAndDomains', `payroll@${cloudUser.tenant}`],
				['TrustedSendersAndDomains', 'fabrikam.com'],
				['BlockedSendersAndDomains', 'offers@spam.example'],
			]),
	},
	removeTrustedBlockedSender: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			typeProperty: 'TrustedSendersAndDomains',
			value: 'fabrikam.com',
		},
		request: {
			method: 'POST',
			endpoint: 'RemoveTrustedBlockedSender',
			body: {
				tenantFilter: cloudUser.tenant,
				userPrincipalName: cloudUser.upn,
				typeProperty: 'TrustedSendersAndDomains',
				value: 'fabrikam.com',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully removed 'fabrikam.com' from TrustedSendersAndDomains for ${cloudUser.upn}`,
			}),
	},
	purgeDeletedItem: {
		parameters: { tenantFilter: contoso, deletedItemId: formerEmployee, additionalFields: { displayName: 'Former Employee' } },
		request: {
			method: 'POST',
			endpoint: 'RemoveDeletedObject',
			body: { tenantFilter: cloudUser.tenant, ID: formerEmployee, displayName: 'Former Employee' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully permanently deleted item with ID: '${formerEmployee}' Display Name: 'Former Employee'`,
			}),
	},
	updateAliases: {
		parameters: {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			additionalFields: { addAliases: `adele@${cloudUser.tenant}, a.vance@${cloudUser.tenant}` },
		},
		request: {
			method: 'POST',
			endpoint: 'EditUserAliases',
			body: { tenantFilter: cloudUser.tenant, id: cloudUser.upn, AddedAliases: `adele@${cloudUser.tenant}, a.vance@${cloudUser.tenant}` },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Success. Added new aliases to user.' }),
	},
	getManyBasicAuthSignIns: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListBasicAuth', query: { tenantFilter: cloudUser.tenant } },
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			expect(items[0].json).toMatchObject({ userPrincipalName: expect.stringContaining('@'), clientAppUsed: 'IMAP4' });
		},
	},
	getMailboxDetails: {
		parameters: { tenantFilter: contoso, mailbox: locator('upn', upnOf(ids.alexWilber)) },
		request: {
			method: 'GET',
			endpoint: 'ListUserMailboxDetails',
			query: { tenantFilter: cloudUser.tenant, UserID: upnOf(ids.alexWilber), userMail: upnOf(ids.alexWilber) },
		},
		calls: ['ListGraphRequest', 'ListUserMailboxDetails'],
		output: ([item]) =>
			expect(item.json).toMatchObject({ BlockedForSpam: true, RecipientTypeDetails: 'UserMailbox', MailboxImapEnabled: true }),
	},
	patch: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('upn', cloudUser.upn),
			properties: '{"employeeId": "1042", "officeLocation": "Building 3"}',
			additionalFields: { manager: upnOf(ids.meganBowen) },
		},
		request: {
			method: 'POST',
			endpoint: 'PatchUser',
			body: {
				employeeId: '1042',
				officeLocation: 'Building 3',
				tenantFilter: cloudUser.tenant,
				id: cloudUser.upn,
				manager: upnOf(ids.meganBowen),
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully patched 1 user and updated 1 manager assignment across 1 tenant',
			}),
	},
	getHistory: {
		parameters: { tenantFilter: contoso, objectId: cloudUser.userId, additionalFields: { days: 14 } },
		request: {
			method: 'GET',
			endpoint: 'ListObjectHistory',
			query: { tenantFilter: cloudUser.tenant, objectId: cloudUser.userId, days: '14' },
		},
		output: ([item]) => expect(item.json).toMatchObject({ resolvedAs: 'user', timeline: [] }),
	},
	grantJitAdmin: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('upn', upnOf(ids.meganBowen)),
			roleTemplateId: locator('list', exchangeAdministrator),
			endDate: '2030-01-31T18:00:00Z',
			expireAction: 'RemoveRoles',
			additionalFields: { reason: 'Mailbox migration', startDate: '2030-01-31T09:00:00Z' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecJITAdmin',
			body: {
				tenantFilter: cloudUser.tenant,
				userAction: 'select',
				existingUser: { value: upnOf(ids.meganBowen), label: upnOf(ids.meganBowen) },
				AdminRoles: { value: exchangeAdministrator, label: exchangeAdministrator },
				EndDate: unix('2030-01-31T18:00:00Z'),
				ExpireAction: { value: 'RemoveRoles', label: 'RemoveRoles' },
				reason: 'Mailbox migration',
				StartDate: unix('2030-01-31T09:00:00Z'),
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: `User: ${upnOf(ids.meganBowen)} Scheduling JIT Admin enable task for ${upnOf(ids.meganBowen)} Scheduling JIT Admin RemoveRoles task for ${upnOf(ids.meganBowen)}`,
			}),
	},
	getManyUserDefaultTemplates: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListNewUserDefaults', query: { TenantFilter: cloudUser.tenant } },
		output: (items) => expect(items.map((item) => item.json.templateName)).toEqual(['Contoso Sales', 'Standard User']),
	},
	deleteUserDefaultTemplate: {
		parameters: { templateId: locator('list', standardUser) },
		request: { method: 'POST', endpoint: 'RemoveUserDefaultTemplate', body: { ID: standardUser } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully deleted User Default Template with ID: ${standardUser}` }),
	},
	getManyJitAdminTemplates: {
		parameters: { tenantFilter: locator('list', 'AllTenants'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListJITAdminTemplates', query: { TenantFilter: 'AllTenants' } },
		output: (items) => expect(items.map((item) => item.json.templateName)).toEqual(['Exchange Break-Fix']),
	},
	deleteJitAdminTemplate: {
		parameters: { templateId: locator('id', exchangeBreakFix) },
		request: { method: 'POST', endpoint: 'RemoveJITAdminTemplate', body: { ID: exchangeBreakFix } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully deleted JIT Admin Template with ID: ${exchangeBreakFix}` }),
	},
	setSourceOfAuthority: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('id', syncedUserWithWriteback.userId),
			isCloudManaged: 'true',
			additionalFields: { displayName: 'Diego Siciliani' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetCloudManaged',
			body: {
				tenantFilter: cloudUser.tenant,
				ID: syncedUserWithWriteback.userId,
				isCloudManaged: 'true',
				displayName: 'Diego Siciliani',
				type: 'User',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully set User Diego Siciliani (${syncedUserWithWriteback.userId}) source of authority to cloud-managed`,
			}),
	},
	createJitAdminTemplate: {
		parameters: {
			tenantFilter: contoso,
			templateName: 'Helpdesk 4 hours',
			additionalFields: {
				defaultRoles: userAdministrator,
				defaultDuration: 'PT4H',
				defaultExpireAction: 'RemoveRoles',
				defaultForTenant: true,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'AddJITAdminTemplate',
			body: {
				tenantFilter: cloudUser.tenant,
				templateName: 'Helpdesk 4 hours',
				defaultRoles: [{ value: userAdministrator, label: userAdministrator }],
				defaultUseRoles: true,
				defaultDuration: 'PT4H',
				defaultExpireAction: { value: 'RemoveRoles', label: 'RemoveRoles' },
				defaultForTenant: true,
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Created JIT Admin Template 'Helpdesk 4 hours' with GUID /),
			});
			expect(item.json.templateId).toBe(createdGuid.exec(String(item.json.message))?.[1]);
		},
	},
	updateJitAdminTemplate: {
		parameters: { templateId: locator('list', contosoGlobalAdmin), additionalFields: { defaultDuration: 'PT2H' } },
		calls: ['ListJITAdminTemplates', 'EditJITAdminTemplate'],
		request: {
			method: 'POST',
			endpoint: 'EditJITAdminTemplate',
			body: {
				GUID: contosoGlobalAdmin,
				templateName: 'Contoso Global Admin (1 hour)',
				tenantFilter: cloudUser.tenant,
				defaultDuration: 'PT2H',
				defaultExpireAction: { value: 'DisableUser', label: 'Disable User' },
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Updated JIT Admin Template 'Contoso Global Admin (1 hour)' (GUID: ${contosoGlobalAdmin})`,
			}),
	},
	createUserDefaultTemplate: {
		parameters: {
			tenantFilter: contoso,
			templateName: 'Contoso Support',
			additionalFields: { primDomain: 'contoso.com', usageLocation: 'GB', department: 'Support', MustChangePass: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddUserDefaults',
			body: {
				tenantFilter: cloudUser.tenant,
				templateName: 'Contoso Support',
				primDomain: { value: 'contoso.com', label: 'contoso.com' },
				usageLocation: { value: 'GB', label: 'GB' },
				department: 'Support',
				MustChangePass: true,
				Autopassword: true,
			},
		},
		output: ([item]) => expect(item.json.templateId).toBe(createdGuid.exec(String(item.json.message))?.[1]),
	},
	setPhoto: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('upn', cloudUser.upn),
			photoSource: 'base64',
			photoBase64: `data:image/jpeg;base64,${jpeg}`,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetUserPhoto',
			body: { tenantFilter: cloudUser.tenant, userId: cloudUser.upn, action: 'set', photoData: jpeg },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set user profile picture.' }),
	},
	removePhoto: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn) },
		calls: ['ListGraphRequest', 'ExecSetUserPhoto'],
		request: {
			method: 'POST',
			endpoint: 'ExecSetUserPhoto',
			body: { tenantFilter: cloudUser.tenant, userId: cloudUser.upn, action: 'remove' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed user profile picture.' }),
	},
	createMany: {
		parameters: {
			tenantFilter: contoso,
			users: JSON.stringify([
				bulkRow('bulk.one', 'Bulk One'),
				{ ...bulkRow('bulk.two', ''), givenName: 'Bulk', surname: 'Two', jobTitle: 'Clerk' },
			]),
			additionalFields: { usageLocation: 'US' },
			passwordOutput: 'mask',
		},
		request: {
			method: 'POST',
			endpoint: 'AddUserBulk',
			body: {
				tenantFilter: cloudUser.tenant,
				BulkUser: [
					bulkRow('bulk.one', 'Bulk One'),
					{ mailNickName: 'bulk.two', domain: cloudUser.tenant, givenName: 'Bulk', surname: 'Two', jobTitle: 'Clerk' },
				],
				usageLocation: { value: 'US', label: 'US' },
			},
		},
		output: (items) => {
			expect(items.map((item) => [item.json.status, item.json.userPrincipalName, item.json.message])).toEqual([
				['success', `bulk.one@${cloudUser.tenant}`, `Created user for Bulk One with username bulk.one@${cloudUser.tenant}`],
				['success', `bulk.two@${cloudUser.tenant}`, `Created user for Bulk Two with username bulk.two@${cloudUser.tenant}`],
			]);
			expect(items.every((item) => /^..\*+..$/.test(String(item.json.maskedPassword)) && !('password' in item.json))).toBe(true);
		},
	},
	getManyJitAdmins: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListJITAdmin', query: { tenantFilter: cloudUser.tenant } },
		output: (items) => expect(items.every((item) => typeof item.json.jitAdminEnabled === 'boolean')).toBe(true),
	},
});

describe('user operations: failures and queued answers', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('Set Photo takes a binary file of the item; a file that is not an image, or base64 that is not, is refused before sending', async () => {
		const withFile = (data: string, mimeType: string) =>
			runWorkflow(
				cippPackage,
				cippWorkflow({
					resource: 'user',
					operation: 'setPhoto',
					tenantFilter: contoso,
					userId: locator('upn', cloudUser.upn),
					photoSource: 'binary',
					binaryProperty: 'photo',
				}),
				{
					credentials: sandboxCredential(sandbox, {
						clientId: sandbox.clients.editor.clientId,
						apiKey: sandbox.clients.editor.clientSecret,
					}),
					pinData: { Trigger: [{ json: {}, binary: { photo: { data, mimeType, fileName: 'photo.jpg' } } }] },
				},
			);
		sandbox.clearLog();
		const good = await withFile(jpeg, 'image/jpeg');
		expect(good.error).toBeUndefined();
		expect(good.output('CIPP')[0].json).toEqual({ status: 'success', message: 'Successfully set user profile picture.' });
		expect(sandbox.requests.find((request) => request.endpoint === 'ExecSetUserPhoto')?.body).toMatchObject({
			photoData: jpeg,
			action: 'set',
		});
		sandbox.clearLog();
		const text = await withFile(Buffer.from('not an image').toString('base64'), 'text/plain');
		expect(text.error?.message).toContain('the file is not a JPEG or PNG image');
		const base64 = await runOperation(sandbox, 'user', 'setPhoto', {
			tenantFilter: contoso,
			userId: locator('upn', cloudUser.upn),
			photoSource: 'base64',
			photoBase64: 'no base64!',
		});
		expect(base64.error?.message).toContain('the value is not base64 text');
		expect(sandbox.requests.filter((request) => request.endpoint === 'ExecSetUserPhoto')).toHaveLength(0);
	});

	test('Remove Photo of a user without one gives status noChange; an unknown user is refused (CIPP would answer "no photo")', async () => {
		const run = await runOperation(sandbox, 'user', 'removePhoto', { tenantFilter: contoso, userId: locator('id', ids.meganBowen) });
		expect(run.items[0].json).toEqual({ status: 'noChange', message: 'User does not have a profile picture to remove.' });
		const unknown = await runOperation(sandbox, 'user', 'removePhoto', {
			tenantFilter: contoso,
			userId: locator('upn', `nobody@${cloudUser.tenant}`),
		});
		expect(unknown.error?.message).toContain('is not a user of the tenant');
		expect(unknown.requests.map((request) => request.endpoint)).toEqual(['ListGraphRequest']);
	});

	test('Create Many: a taken name fails only that user; passwords appear only as Password Output says; bad rows are refused before sending', async () => {
		const run = await runOperation(sandbox, 'user', 'createMany', {
			tenantFilter: contoso,
			users: JSON.stringify([bulkRow('bulk.three', 'Bulk Three'), bulkRow(cloudUser.upn.split('@')[0], 'Taken')]),
			passwordOutput: 'omit',
		});
		expect(run.items.map((item) => item.json.status)).toEqual(['success', 'failed']);
		expect(run.items[1].json.message).toContain('Another object with the same value for property userPrincipalName already exists.');
		const body = JSON.stringify(run.items.map((item) => item.json));
		expect(body).not.toMatch(/password/i);
		const included = await runOperation(sandbox, 'user', 'createMany', {
			tenantFilter: contoso,
			users: JSON.stringify([bulkRow('bulk.four', 'Bulk Four')]),
		});
		expect(typeof included.items[0].json.password).toBe('string');
		expect(String(included.items[0].json.message)).not.toContain(String(included.items[0].json.password));
		const allTaken = await runOperation(sandbox, 'user', 'createMany', {
			tenantFilter: contoso,
			users: JSON.stringify([bulkRow('bulk.four', 'Again')]),
		});
		expect(allTaken.error?.message).toContain(`Failed to create user bulk.four@${cloudUser.tenant}`);
		for (const [users, problem] of [
			[[{ ...bulkRow('x', 'X'), password: 'Secret123!' }], 'has a password'],
			[[{ ...bulkRow('x', 'X'), accountEnabled: false }], 'unchecked: accountEnabled'],
			[[bulkRow('x', 'X'), bulkRow('X', 'Y')], 'in the list twice'],
			[[{ mailNickName: 'x', domain: cloudUser.tenant }], 'has no name'],
			[[], 'the list is empty'],
		] as const) {
			const refused = await runOperation(sandbox, 'user', 'createMany', { tenantFilter: contoso, users: JSON.stringify(users) });
			expect(refused.error?.message).toContain(problem);
			expect(refused.requests).toHaveLength(0);
		}
	});

	test('JIT admin templates: a created template is listed, an update of one field keeps the others, a taken name fails', async () => {
		const created = await runOperation(sandbox, 'user', 'createJitAdminTemplate', {
			tenantFilter: woodgrove,
			templateName: 'Woodgrove Exchange',
			additionalFields: { defaultRoles: exchangeAdministrator, generateTAPByDefault: true, reasonTemplate: 'Ticket #' },
		});
		const templateId = String(created.items[0].json.templateId);
		const updated = await runOperation(sandbox, 'user', 'updateJitAdminTemplate', {
			templateId: locator('id', templateId),
			additionalFields: { defaultDuration: 'PT8H' },
		});
		expect(updated.items[0].json.status).toBe('success');
		const listed = await runOperation(sandbox, 'user', 'getManyJitAdminTemplates', { tenantFilter: woodgrove, returnAll: true });
		expect(listed.items.find((item) => item.json.GUID === templateId)?.json).toMatchObject({
			templateName: 'Woodgrove Exchange',
			defaultDuration: 'PT8H',
			defaultRoles: [{ value: exchangeAdministrator }],
			defaultUseRoles: true,
			generateTAPByDefault: true,
			reasonTemplate: 'Ticket #',
		});
		const again = await runOperation(sandbox, 'user', 'createJitAdminTemplate', {
			tenantFilter: woodgrove,
			templateName: 'Woodgrove Exchange',
		});
		expect(again.error?.message).toContain("A template with name 'Woodgrove Exchange' already exists for tenant");
		const unknown = await runOperation(sandbox, 'user', 'updateJitAdminTemplate', {
			templateId: locator('id', stableGuid('no such template')),
			additionalFields: { defaultDuration: 'PT1H' },
		});
		expect(unknown.error?.message).toContain('was not found');
		expect(unknown.requests.map((request) => request.endpoint)).toEqual(['ListJITAdminTemplates']);
	});

	test('Delete of an unknown user fails with Graph\'s "does not exist"', async () => {
		const run = await runOperation(sandbox, 'user', 'delete', {
			tenantFilter: contoso,
			userId: locator('upn', `nobody@${cloudUser.tenant}`),
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toContain(`Resource 'nobody@${cloudUser.tenant}' does not exist`);
	});

	test("Delete Device takes the Entra object ID that Get Devices lists; the Entra device ID (Intune's azureADDeviceId) is not found", async () => {
		const listed = await runOperation(sandbox, 'user', 'getDevices', {
			tenantFilter: contoso,
			userId: locator('id', ids.adeleVance),
			returnAll: true,
		});
		expect(listed.items.map((item) => item.json.ID)).toContain(laptopObjectId);
		const byDeviceId = await runOperation(sandbox, 'user', 'deleteDevice', {
			tenantFilter: contoso,
			deviceObjectId: String(adelesLaptop.azureADDeviceId),
		});
		expect(byDeviceId.requests[0].status).toBe(400);
		expect(byDeviceId.error?.message).toContain(`Failed to queue action Delete on ${adelesLaptop.azureADDeviceId}`);
		const byObjectId = await runOperation(sandbox, 'user', 'deleteDevice', { tenantFilter: contoso, deviceObjectId: laptopObjectId });
		expect(byObjectId.items[0].json.status).toBe('success');
		const after = await runOperation(sandbox, 'user', 'getDevices', {
			tenantFilter: contoso,
			userId: locator('id', ids.adeleVance),
			returnAll: true,
		});
		expect(after.items.map((item) => item.json.ID)).not.toContain(laptopObjectId);
	});

	test("Get Many Inactive: a tenant CIPP's reporting database has no users for gives no items, and AllTenants leaves it out", async () => {
		const tailspin = await runOperation(sandbox, 'user', 'getManyInactive', {
			tenantFilter: locator('domain', 'tailspin.onmicrosoft.com'),
			returnAll: true,
			additionalFields: { InactiveDays: 1 },
		});
		expect(tailspin.requests[0].status).toBe(200);
		expect(tailspin.items).toHaveLength(0);
		const all = await runOperation(sandbox, 'user', 'getManyInactive', {
			tenantFilter: locator('list', 'AllTenants'),
			returnAll: true,
			additionalFields: { InactiveDays: 1 },
		});
		const domains = new Set(all.items.map((item) => String(item.json.userPrincipalName).split('@')[1]));
		expect(domains.has('contoso.onmicrosoft.com') && !domains.has('tailspin.onmicrosoft.com')).toBe(true);
	});

	test('CIPP names the revoked user only by the Username it is sent, which is why Revoke Sessions sends it', async () => {
		const run = await runOperation(sandbox, 'tool', 'apiRequest', {
			method: 'POST',
			endpoint: 'ExecRevokeSessions',
			body: { tenantFilter: cloudUser.tenant, id: cloudUser.upn },
		});
		expect(run.items[0].json.message).toBe('Successfully revoked sessions for ');
	});

	test('Revoke Sessions of an unknown user fails with CIPP\'s "Failed to revoke sessions for X. Error: …"', async () => {
		const run = await runOperation(sandbox, 'user', 'revokeSessions', {
			tenantFilter: contoso,
			userId: locator('upn', `nobody@${cloudUser.tenant}`),
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toContain(
			`Failed to revoke sessions for nobody@${cloudUser.tenant}. Error: Resource 'nobody@${cloudUser.tenant}' does not exist`,
		);
	});

	test('Send MFA Push: a 200 whose state is error fails the item', async () => {
		const run = await runOperation(sandbox, 'user', 'sendMfaPush', { tenantFilter: contoso, userPrincipalName: upnOf(ids.johannaLorenz) });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain('Authentication Failed! Does the user have Push/Phone call MFA configured?');
	});

	test('Update of a directory-synced user: CIPP answers 200 with a failure, the item fails', async () => {
		const run = await runOperation(sandbox, 'user', 'update', {
			tenantFilter: contoso,
			userId: locator('id', ids.gradyArchie),
			username: 'grady.archie',
			domain: cloudUser.tenant,
			additionalFields: { jobTitle: 'Lead Designer' },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain('Failed to edit user. Unable to update the specified properties for on-premises mastered');
	});

	test('Create with a taken user principal name fails; a failed extra step only warns', async () => {
		const taken = await runOperation(sandbox, 'user', 'create', {
			tenantFilter: contoso,
			displayName: 'Adele Again',
			username: 'adele.vance',
			domain: cloudUser.tenant,
		});
		expect(taken.requests[0].status).toBe(500);
		expect(taken.error?.message).toContain('Another object with the same value for property userPrincipalName already exists.');

		const warned = await runOperation(sandbox, 'user', 'create', {
			tenantFilter: contoso,
			displayName: 'Sam Rivers',
			username: 'sam.rivers',
			domain: cloudUser.tenant,
			additionalFields: { setManager: `nobody@${cloudUser.tenant}` },
		});
		expect(warned.error).toBeUndefined();
		expect(warned.items[0].json).toMatchObject({ status: 'warning', userPrincipalName: `sam.rivers@${cloudUser.tenant}` });
		expect(warned.items[0].json.message).toContain(`Failed to set sam.rivers@${cloudUser.tenant}'s manager`);
	});

	test('Offboard needs at least one action (CIPP answers 400) and a user principal name (checked before sending)', async () => {
		const noAction = await runOperation(sandbox, 'user', 'offboard', { tenantFilter: contoso, user: upnOf(ids.alexWilber) });
		expect(noAction.requests[0].status).toBe(400);
		expect(noAction.error?.message).toContain('No offboarding actions were selected.');

		const byId = await runOperation(sandbox, 'user', 'offboard', {
			tenantFilter: contoso,
			user: ids.alexWilber,
			actions: { DisableSignIn: true },
		});
		expect(byId.requests).toHaveLength(0);
		expect(byId.error?.message).toContain('is not a user principal name');
	});

	test('Offboard at a later time: queued for that time', async () => {
		const at = new Date(Date.now() + 3 * 3_600_000).toISOString();
		const run = await runOperation(sandbox, 'user', 'offboard', {
			tenantFilter: contoso,
			user: upnOf(ids.leeGu),
			actions: { ConvertToShared: true },
			additionalFields: { scheduleAt: at },
		});
		expect((run.requests[0].body as { Scheduled: unknown }).Scheduled).toEqual({ enabled: true, date: Math.floor(Date.parse(at) / 1000) });
		expect(run.items[0].json).toMatchObject({
			status: 'queued',
			message: expect.stringMatching(
				new RegExp(`^Successfully added task: Offboarding: ${upnOf(ids.leeGu)}\\. It will run in (2|3) hours`),
			),
		});
		// The follow-up the item names: CIPP's scheduler lists the task.
		const scheduled = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { name: `Offboarding: ${upnOf(ids.leeGu)}` },
			returnAll: true,
		});
		expect(scheduled.items.map((item) => item.json)).toEqual([
			expect.objectContaining({ Name: `Offboarding: ${upnOf(ids.leeGu)}`, Command: expect.anything(), TaskState: 'Planned' }),
		]);
	});

	test('Get Many MFA States for AllTenants: first a queued item, then the report', async () => {
		const first = await runOperation(sandbox, 'user', 'getManyMfaStates', { tenantFilter: locator('list', 'AllTenants'), returnAll: true });
		expect(first.items.map((item) => item.json)).toEqual([
			expect.objectContaining({ status: 'queued', message: 'Loading data for all tenants. Please check back in a few minutes' }),
		]);
		const second = await runOperation(sandbox, 'user', 'getManyMfaStates', {
			tenantFilter: locator('list', 'AllTenants'),
			returnAll: true,
		});
		expect(second.items.length).toBeGreaterThan(10);
		expect(new Set(second.items.map((item) => item.json.Tenant)).size).toBe(fixtures.customerTenants.length);
	});

	test('Create Temporary Access Pass outside the tenant policy fails', async () => {
		const run = await runOperation(sandbox, 'user', 'createTemporaryAccessPass', {
			tenantFilter: contoso,
			userId: locator('id', cloudUser.userId),
			additionalFields: { lifetimeInMinutes: 15 },
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toContain('must be between 60 and 480 minutes');
	});

	test('Delete, Get Many Deleted Items, Restore Deleted Item: the user comes back', async () => {
		const tenantFilter = locator('domain', fixtures.scenarios.passwordPolicyTooShort.tenant);
		const id = ids.nestorWilke;
		await runOperation(sandbox, 'user', 'delete', { tenantFilter, userId: locator('id', id) });
		const deleted = await runOperation(sandbox, 'user', 'getManyDeletedItems', { tenantFilter, returnAll: true });
		expect(deleted.items.find((item) => item.json.id === id)?.json.userPrincipalName).toBe(`${id.replace(/-/g, '')}${upnOf(id)}`);
		const restored = await runOperation(sandbox, 'user', 'restoreDeleted', { tenantFilter, deletedItemId: id });
		expect(restored.error).toBeUndefined();
		const get = await runOperation(sandbox, 'user', 'get', { tenantFilter, userId: locator('id', id) });
		expect(get.items[0].json.userPrincipalName).toBe(upnOf(id));
	});

	// Issue 13: where CIPP's PowerShell surprises the user, the node prevents it, reads first, or says so.
	test('Create at a later time: the same username in two tenants gives two scheduled creations; a third while pending is refused', async () => {
		const at = new Date(Date.now() + 3 * 3_600_000).toISOString();
		const schedule = async (domain: string) =>
			await runOperation(sandbox, 'user', 'create', {
				tenantFilter: locator('domain', domain),
				displayName: 'Chris Green',
				username: 'chris.green',
				domain,
				additionalFields: { scheduleAt: at },
			});
		for (const domain of [cloudUser.tenant, customDomainUser.tenant]) {
			expect((await schedule(domain)).items[0].json).toMatchObject({ status: 'queued' });
		}
		const scheduled = await runOperation(sandbox, 'administration', 'getManyScheduledItems', { returnAll: true });
		const names = scheduled.items.map((item) => item.json.Name).filter((name) => String(name).startsWith('New user creation: chris.green'));
		expect(names.sort()).toEqual([
			`New user creation: chris.green@${cloudUser.tenant}`,
			`New user creation: chris.green@${customDomainUser.tenant}`,
		]);

		// The same user principal name again while its creation is pending: CIPP would drop it and answer success.
		const again = await schedule(cloudUser.tenant);
		expect(again.requests.map((request) => request.endpoint)).toEqual(['ListScheduledItems']);
		expect(again.error?.message).toContain(`"New user creation: chris.green@${cloudUser.tenant}" is already scheduled`);
	});

	test('Create without Additional Fields: the user must change the generated password (CIPP reads a missing MustChangePass as false)', async () => {
		const run = await runOperation(sandbox, 'user', 'create', {
			tenantFilter: contoso,
			displayName: 'Pat Kim',
			username: 'pat.kim',
			domain: cloudUser.tenant,
		});
		expect(run.error).toBeUndefined();
		expect((run.requests[0].body as { MustChangePass?: unknown }).MustChangePass).toBe(true);
		expect(sandbox.findUser(cloudUser.tenant, `pat.kim@${cloudUser.tenant}`)?.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);

		const kept = await runOperation(sandbox, 'user', 'create', {
			tenantFilter: contoso,
			displayName: 'Lou Kim',
			username: 'lou.kim',
			domain: cloudUser.tenant,
			additionalFields: { MustChangePass: false },
		});
		expect(kept.error).toBeUndefined();
		expect(sandbox.findUser(cloudUser.tenant, `lou.kim@${cloudUser.tenant}`)?.passwordProfile?.forceChangePasswordNextSignIn).toBe(false);
	});

	test.each([
		['disable', false, 'blocked'],
		['enable', true, 'allowed'],
	] as const)(
		'%s on a directory-synced user: CIPP changes the cloud account, then answers 500 with its AD sync warning: a warning item',
		async (operation, enabled, state) => {
			const user = sandbox.findUser(syncedUserWithWriteback.tenant, syncedUserWithWriteback.upn);
			if (user) user.accountEnabled = !enabled;
			const run = await runOperation(sandbox, 'user', operation, {
				tenantFilter: contoso,
				userId: locator('upn', syncedUserWithWriteback.upn),
			});
			expect(run.requests[0].status).toBe(500);
			expect(run.error).toBeUndefined();
			expect(run.items[0].json).toMatchObject({
				status: 'warning',
				message: expect.stringContaining(`Sign-in is ${state} in Microsoft Entra for now`),
				cippMessage: `Failed to set sign-in state for ${syncedUserWithWriteback.upn}. Error: WARNING: User ${syncedUserWithWriteback.upn} is AD Sync enabled. Please enable/disable in the local AD.`,
			});
			expect(sandbox.findUser(syncedUserWithWriteback.tenant, syncedUserWithWriteback.upn)?.accountEnabled).toBe(enabled);
		},
	);

	test('Reset MFA with a Method ID the user does not have fails; a user without methods is noChange', async () => {
		const wrong = await runOperation(sandbox, 'user', 'resetMfa', {
			tenantFilter: contoso,
			userId: locator('upn', upnOf(ids.alexWilber)),
			additionalFields: { MethodId: '00000000-0000-0000-0000-000000000001' },
		});
		expect(wrong.requests[0].status).toBe(200);
		expect(wrong.error?.message).toContain('No removable MFA method with id 00000000-0000-0000-0000-000000000001 found for user');

		const first = await runOperation(sandbox, 'user', 'resetMfa', { tenantFilter: contoso, userId: locator('upn', upnOf(ids.leeGu)) });
		expect(first.error).toBeUndefined();
		const again = await runOperation(sandbox, 'user', 'resetMfa', { tenantFilter: contoso, userId: locator('upn', upnOf(ids.leeGu)) });
		expect(again.error).toBeUndefined();
		expect(again.items[0].json).toEqual({ status: 'noChange', message: `No MFA methods found for user ${upnOf(ids.leeGu)}` });
	});

	test.each([
		['internalAddress', 'Internal Recipient'],
		['ExternalAddress', 'External Address'],
	])(
		'Set Email Forwarding %s without its address is refused before sending (CIPP would answer [null] and change nothing)',
		async (forwardOption, field) => {
			const run = await runOperation(sandbox, 'user', 'setEmailForward', {
				tenantFilter: contoso,
				mailbox: locator('upn', cloudUser.upn),
				forwardOption,
			});
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toContain(`Invalid "${field}" in item 0`);
		},
	);

	test('Set Email Forwarding Off: CIPP answers its "Disabling forwarding" line before the success line', async () => {
		const run = await runOperation(sandbox, 'user', 'setEmailForward', {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			forwardOption: 'disabled',
		});
		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toEqual({
			status: 'success',
			message: `Disabling forwarding for ${cloudUser.upn} Successfully disabled forwarding for ${cloudUser.upn}`,
			messages: [`Disabling forwarding for ${cloudUser.upn}`, `Successfully disabled forwarding for ${cloudUser.upn}`],
		});
	});

	test('Update by user principal name with group changes: the object ID is looked up first, as Graph needs it', async () => {
		const upn = upnOf(ids.leeGu);
		const change = async (additionalFields: INodeParameters) =>
			await runOperation(sandbox, 'user', 'update', {
				tenantFilter: contoso,
				userId: locator('upn', upn),
				username: upn.split('@')[0],
				domain: cloudUser.tenant,
				additionalFields,
			});
		const removed = await change({ displayName: 'Lee Gu', RemoveFromGroups: itAdmins });
		expect(removed.error).toBeUndefined();
		expect(removed.requests.map((request) => request.endpoint)).toEqual(['ListGraphRequest', 'EditUser']);
		expect((removed.requests[1].body as { id: string }).id).toBe(ids.leeGu);
		expect(removed.items[0].json).toMatchObject({
			status: 'success',
			messages: ['Success. The user has been edited.', `Success. Lee Gu has been removed from ${itAdmins}`],
		});

		const added = await change({ displayName: 'Lee Gu', AddToGroups: itAdmins });
		expect(added.error).toBeUndefined();
		expect(added.items[0].json).toMatchObject({
			status: 'success',
			messages: ['Success. The user has been edited.', `Success. Lee Gu has been added to ${itAdmins}`],
		});
	});

	test('Update sets "must change password" on every call: off unless Must Change Password is added', async () => {
		const user = () => sandbox.findUser(cloudUser.tenant, ids.meganBowen);
		const edit = async (additionalFields: INodeParameters) =>
			await runOperation(sandbox, 'user', 'update', {
				tenantFilter: contoso,
				userId: locator('id', ids.meganBowen),
				username: 'megan.bowen',
				domain: cloudUser.tenant,
				additionalFields,
			});
		await runOperation(sandbox, 'user', 'resetPassword', {
			tenantFilter: contoso,
			userId: locator('id', ids.meganBowen),
			mustChangePassword: true,
			verifyReset: false,
			revokeSessions: false,
		});
		expect(user()?.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);

		const kept = await edit({ jobTitle: 'Marketing Lead', MustChangePass: true });
		expect(kept.error).toBeUndefined();
		expect((kept.requests[0].body as { MustChangePass?: unknown }).MustChangePass).toBe(true);
		expect(user()?.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);

		await edit({ jobTitle: 'Marketing Director' });
		expect(user()?.passwordProfile?.forceChangePasswordNextSignIn).toBe(false);
	});

	test('Clear Immutable ID of a deleted user is refused before sending (CIPP would restore it from the recycle bin)', async () => {
		const tenantFilter = locator('domain', fixtures.scenarios.passwordPolicyTooShort.tenant);
		const id = ids.nestorWilke;
		await runOperation(sandbox, 'user', 'delete', { tenantFilter, userId: locator('id', id) });
		const run = await runOperation(sandbox, 'user', 'clearImmutableId', { tenantFilter, userId: locator('id', id) });
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGraphRequest']);
		expect(run.error?.message).toContain('restore it first with User → Restore Deleted Item');
		const deleted = await runOperation(sandbox, 'user', 'getManyDeletedItems', { tenantFilter, returnAll: true });
		expect(deleted.items.map((item) => item.json.id)).toContain(id);
		await runOperation(sandbox, 'user', 'restoreDeleted', { tenantFilter, deletedItemId: id });
	});

	test('Set Per-User MFA for an unknown user fails before sending (CIPP would answer success)', async () => {
		const run = await runOperation(sandbox, 'user', 'setPerUserMfa', {
			tenantFilter: contoso,
			userId: locator('upn', `nobody@${cloudUser.tenant}`),
			state: 'Enforced',
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGraphRequest']);
		expect(run.error?.message).toContain('is not a user of the tenant');
	});

	test('what CIPP does and the node cannot prevent is said in the editor', () => {
		const operation = (value: string) => allOperations.find((candidate) => candidate.resource === 'user' && candidate.value === value);
		const externalMessage = operation('setOutOfOffice')
			?.parameters.flatMap((parameter) => parameter.property.options ?? [])
			.find((option) => 'name' in option && option.name === 'ExternalMessage');
		expect(externalMessage && 'description' in externalMessage ? externalMessage.description : '').toMatch(
			/Leave out to turn external replies off/,
		);
		expect(operation('getGroups')?.description).toMatch(/first page: at most about 100 groups/);
		expect(operation('getManyInactive')?.description).toMatch(/no user data for the tenant/);
		expect(operation('update')?.description).toMatch(/mail nickname to Username.*must change password at next sign-in/);
	});
});

describe('user operations: compromise response and directory changes', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});
	const alex = () => ({ tenantFilter: contoso, userId: locator('upn', upnOf(ids.alexWilber)) });
	const json = (run: { items: Array<{ json: IDataObject }> }) => run.items.map((item) => item.json);

	test('Check Compromise: queued, then running, then the report; Remediate disables the rules the report found', async () => {
		expect(json(await runOperation(sandbox, 'user', 'checkCompromise', alex()))).toEqual([expect.objectContaining({ status: 'queued' })]);
		expect(json(await runOperation(sandbox, 'user', 'checkCompromise', alex()))).toEqual([expect.objectContaining({ status: 'running' })]);
		const [report] = json(await runOperation(sandbox, 'user', 'checkCompromise', alex()));
		expect(report).toMatchObject({ status: 'completed', ExtractResult: 'Successfully extracted logs from auditlog' });
		expect((report.NewRules as IDataObject[]).map((rule) => [rule.Name, rule.Enabled, rule.RecentlyChanged])).toEqual([
			['.', true, true],
			['Newsletters', true, false],
		]);

		const remediation = await runOperation(sandbox, 'user', 'remediateCompromise', { ...alex(), passwordOutput: 'omit' });
		expect(remediation.error).toBeUndefined();
		expect(remediation.items[0].json).toMatchObject({ status: 'success', message: expect.stringContaining('[omitted]') });
		expect(JSON.stringify(remediation.items[0].json)).not.toMatch(/The new password is [^[]/);

		const rules = await runOperation(sandbox, 'user', 'getMailboxRules', {
			tenantFilter: contoso,
			mailbox: locator('upn', upnOf(ids.alexWilber)),
			returnAll: true,
		});
		expect(json(rules).map((rule) => rule.Enabled)).toEqual([false, false]);
		// Run Again starts a fresh check.
		const again = await runOperation(sandbox, 'user', 'checkCompromise', { ...alex(), refresh: true });
		expect(json(again)).toEqual([expect.objectContaining({ status: 'queued' })]);
	});

	test('Remediate Compromise of a guest without mailbox or OneDrive: a warning that keeps the new password and names the failed steps', async () => {
		const run = await runOperation(sandbox, 'user', 'remediateCompromise', {
			tenantFilter: contoso,
			userId: locator('id', ids.janeGuest),
			passwordOutput: 'include',
		});
		expect(run.error).toBeUndefined();
		const [item] = json(run);
		expect(item).toMatchObject({ status: 'warning', temporaryPassword: expect.any(String) });
		expect(item.message).toMatch(/^Failed to process inbox rules: .* Failed to disable OneDrive sharing: /);
		expect((item.steps as IDataObject[]).map((step) => step.status)).toEqual(['success', 'success', 'success', 'info', 'error', 'error']);
	});

	test('Remediate Compromise and Check Compromise of an unknown user fail before anything is sent to the endpoint', async () => {
		for (const operation of ['remediateCompromise', 'checkCompromise']) {
			const run = await runOperation(sandbox, 'user', operation, {
				tenantFilter: contoso,
				userId: locator('upn', `nobody@${cloudUser.tenant}`),
			});
			expect(run.error?.message).toMatch(/nobody@contoso.onmicrosoft.com is not a user of the tenant/);
			expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGraphRequest']);
		}
	});

	test('Get Mailbox Details of a guest: CIPP answers a record of nulls, the item fails', async () => {
		const run = await runOperation(sandbox, 'user', 'getMailboxDetails', { tenantFilter: contoso, mailbox: locator('id', ids.janeGuest) });
		expect(run.error?.message).toMatch(/Exchange returned no mailbox for/);
	});

	test("Update Aliases: nothing to change and an unknown primary address fail with CIPP's words; added aliases show on the user", async () => {
		const nothing = await runOperation(sandbox, 'user', 'updateAliases', { tenantFilter: contoso, mailbox: locator('upn', cloudUser.upn) });
		expect(nothing.error?.message).toMatch(/No alias changes specified/);
		const unknown = await runOperation(sandbox, 'user', 'updateAliases', {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			additionalFields: { makePrimary: `nobody@${cloudUser.tenant}` },
		});
		expect(unknown.error?.message).toMatch(/Failed to manage aliases: Cannot set primary address/);
		await runOperation(sandbox, 'user', 'updateAliases', {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			additionalFields: { addAliases: `adele@${cloudUser.tenant}` },
		});
		// CIPP sets the primary address before it adds aliases: a new alias becomes primary in a second call.
		await runOperation(sandbox, 'user', 'updateAliases', {
			tenantFilter: contoso,
			mailbox: locator('upn', cloudUser.upn),
			additionalFields: { makePrimary: `adele@${cloudUser.tenant}` },
		});
		const user = await runOperation(sandbox, 'user', 'get', { tenantFilter: contoso, userId: locator('id', cloudUser.userId) });
		expect(user.items[0].json.proxyAddresses).toEqual(expect.arrayContaining([`SMTP:adele@${cloudUser.tenant}`, `smtp:${cloudUser.upn}`]));
	});

	test('Patch Properties: an empty object or a routing field is refused before sending; a patch shows on the user', async () => {
		for (const properties of ['{}', '{"manager": "x@contoso.com"}', '[1]']) {
			const run = await runOperation(sandbox, 'user', 'patch', {
				tenantFilter: contoso,
				userId: locator('upn', cloudUser.upn),
				properties,
			});
			expect(run.error).toBeDefined();
			expect(run.requests).toEqual([]);
		}
		const patched = await runOperation(sandbox, 'user', 'patch', {
			tenantFilter: contoso,
			userId: locator('upn', cloudUser.upn),
			properties: { employeeId: '1042' },
		});
		expect(patched.error).toBeUndefined();
		const user = await runOperation(sandbox, 'user', 'get', { tenantFilter: contoso, userId: locator('id', cloudUser.userId) });
		expect(user.items[0].json.employeeId).toBe('1042');
	});

	test('Set Per-User MFA, then Get Many Per-User MFA States shows it', async () => {
		await runOperation(sandbox, 'user', 'setPerUserMfa', {
			tenantFilter: contoso,
			userId: locator('id', ids.meganBowen),
			state: 'Enabled',
		});
		const run = await runOperation(sandbox, 'user', 'getManyPerUserMfaStates', { tenantFilter: contoso, returnAll: true });
		expect(json(run).find((row) => row.id === ids.meganBowen)?.perUserMfaState).toBe('enabled');
	});

	test("Remove Admin Role: the role no longer lists the user; removing it again fails with CIPP's words", async () => {
		const parameters = { tenantFilter: contoso, userId: locator('id', ids.leeGu), roleTemplateId: locator('id', userAdministrator) };
		expect((await runOperation(sandbox, 'user', 'removeAdminRole', parameters)).error).toBeUndefined();
		const roles = await runOperation(sandbox, 'tenant', 'getManyRoles', { tenantFilter: contoso, returnAll: true });
		const role = json(roles).find((row) => row.roleTemplateId === userAdministrator);
		expect((role?.Members as IDataObject[]).map((member) => member.id)).not.toContain(ids.leeGu);
		const again = await runOperation(sandbox, 'user', 'removeAdminRole', parameters);
		expect(again.error?.message).toMatch(/Failed to remove .* from admin role \. .*The role may not be activated in this tenant\./);
	});

	test('Purge Deleted Item: the item is gone from Get Many Deleted Items and cannot be purged twice', async () => {
		const parameters = { tenantFilter: contoso, deletedItemId: formerEmployee };
		expect((await runOperation(sandbox, 'user', 'purgeDeletedItem', parameters)).error).toBeUndefined();
		const deleted = await runOperation(sandbox, 'user', 'getManyDeletedItems', { tenantFilter: contoso, returnAll: true });
		expect(json(deleted).map((item) => item.displayName)).toEqual(['Project Falcon']);
		const again = await runOperation(sandbox, 'user', 'purgeDeletedItem', parameters);
		expect(again.error?.message).toMatch(/Failed to permanently delete item with ID/);
	});

	test('Remove Trusted or Blocked Sender: the entry is gone from the list', async () => {
		const mailbox = locator('upn', cloudUser.upn);
		await runOperation(sandbox, 'user', 'removeTrustedBlockedSender', {
			tenantFilter: contoso,
			mailbox,
			typeProperty: 'BlockedSendersAndDomains',
			value: 'offers@spam.example',
		});
		const run = await runOperation(sandbox, 'user', 'getTrustedBlockedSenders', { tenantFilter: contoso, mailbox, returnAll: true });
		expect(json(run).map((row) => row.Value)).toEqual([`payroll@${cloudUser.tenant}`, 'fabrikam.com']);
	});

	test('Get Many Basic Auth Sign-Ins for AllTenants: first a loading item, then every tenant', async () => {
		const allTenants = locator('list', 'AllTenants');
		const first = await runOperation(sandbox, 'user', 'getManyBasicAuthSignIns', { tenantFilter: allTenants, returnAll: true });
		expect(json(first)).toEqual([expect.objectContaining({ status: 'loading', message: expect.stringContaining('Loading data') })]);
		const second = await runOperation(sandbox, 'user', 'getManyBasicAuthSignIns', { tenantFilter: allTenants, returnAll: true });
		expect(new Set(json(second).map((row) => row.Tenant)).size).toBeGreaterThan(1);
	});

	test('Grant JIT Admin now: the role is added at once and Get Many JIT Admins lists the user; an end before the start is refused', async () => {
		const granted = await runOperation(sandbox, 'user', 'grantJitAdmin', {
			tenantFilter: contoso,
			userId: locator('id', ids.meganBowen),
			roleTemplateId: locator('id', exchangeAdministrator),
			endDate: new Date(Date.now() + 3_600_000).toISOString(),
			expireAction: 'DisableUser',
		});
		expect(granted.items[0].json.message).toMatch(/Executing JIT Admin enable task/);
		expect(granted.requests[0].body).toMatchObject({ StartDate: expect.any(Number) });
		const admins = await runOperation(sandbox, 'user', 'getManyJitAdmins', { tenantFilter: contoso, returnAll: true });
		expect(json(admins).find((row) => row.id === ids.meganBowen)).toMatchObject({
			jitAdminEnabled: true,
			memberOf: expect.arrayContaining([expect.objectContaining({ displayName: 'Exchange Administrator' })]),
		});
		const backwards = await runOperation(sandbox, 'user', 'grantJitAdmin', {
			tenantFilter: contoso,
			userId: locator('id', ids.meganBowen),
			roleTemplateId: locator('id', exchangeAdministrator),
			endDate: '2020-01-01T00:00:00Z',
			expireAction: 'RemoveRoles',
		});
		expect(backwards.error?.message).toMatch(/the end time is not after the start time/);
		expect(backwards.requests).toEqual([]);
	});

	test('Get Many JIT Admins for AllTenants: first a loading item, then the rows', async () => {
		const allTenants = locator('list', 'AllTenants');
		const first = await runOperation(sandbox, 'user', 'getManyJitAdmins', { tenantFilter: allTenants, returnAll: true });
		expect(json(first)).toEqual([expect.objectContaining({ status: 'loading' })]);
	});

	test('Delete JIT Admin Template: the template leaves the list; deleting it again fails with CIPP\'s "not found"', async () => {
		const parameters = { templateId: locator('id', stableGuid('JITAdminTemplate/Contoso Global Admin (1 hour)')) };
		expect((await runOperation(sandbox, 'user', 'deleteJitAdminTemplate', parameters)).error).toBeUndefined();
		const templates = await runOperation(sandbox, 'user', 'getManyJitAdminTemplates', { returnAll: true });
		expect(json(templates).map((row) => row.templateName)).toEqual(['Exchange Break-Fix']);
		const again = await runOperation(sandbox, 'user', 'deleteJitAdminTemplate', parameters);
		expect(again.error?.message).toMatch(/JIT Admin Template with ID .* not found/);
	});
});
