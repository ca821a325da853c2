import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const tenant = locator('domain', contoso);
const adele = 'adele.vance@contoso.onmicrosoft.com';
const alex = 'alex.wilber@contoso.onmicrosoft.com';
const megan = 'megan.bowen@contoso.onmicrosoft.com';
const reception = 'reception@contoso.onmicrosoft.com';
const { adeleVance } = fixtures.userIds;

describeCatalogue('calendarPermission', {
	getAll: {
		parameters: { tenantFilter: tenant, mailbox: locator('upn', adele), returnAll: true },
		request: { method: 'GET', endpoint: 'ListCalendarPermissions', query: { tenantFilter: contoso, UserID: adele } },
		output: (items) =>
			expect(items.map((item) => [item.json.User, item.json.AccessRights])).toEqual([
				['Default', ['AvailabilityOnly']],
				['Anonymous', ['None']],
			]),
	},
	set: {
		parameters: {
			tenantFilter: tenant,
			mailbox: locator('upn', adele),
			user: alex,
			permissions: 'Editor',
			folderName: 'Calendar',
			canViewPrivateItems: true,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecEditCalendarPermissions',
			body: {
				tenantFilter: contoso,
				userid: adele,
				UserToGetPermissions: { value: alex, label: alex },
				Permissions: { value: 'Editor', label: 'Editor' },
				FolderName: 'Calendar',
				CanViewPrivateItems: true,
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Successfully set permissions on folder ${adele}:\\Calendar. The user ${alex} now has Editor permissions on this folder. The user can also view private items.`,
			),
	},
	delete: {
		parameters: { tenantFilter: tenant, mailbox: locator('upn', adele), user: 'Anonymous', folderName: 'Calendar' },
		request: {
			method: 'POST',
			endpoint: 'ExecEditCalendarPermissions',
			body: { tenantFilter: contoso, userid: adele, RemoveAccess: { value: 'Anonymous', label: 'Anonymous' }, FolderName: 'Calendar' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully removed access for Anonymous from calendar ${adele}:\\Calendar`),
	},
	modify: {
		parameters: {
			tenantFilter: tenant,
			mailbox: locator('upn', megan),
			permissions: {
				entry: [
					{
						users: `${adele}, ${alex}`,
						modification: 'Add',
						permissionLevel: 'Reviewer',
						folderName: 'Calendar',
						sendNotificationToUser: true,
					},
				],
			},
		},
		request: {
			method: 'POST',
			endpoint: 'ExecModifyCalPerms',
			body: {
				tenantFilter: contoso,
				userID: megan,
				permissions: [
					{
						UserID: [adele, alex],
						PermissionLevel: 'Reviewer',
						Modification: 'Add',
						FolderName: 'Calendar',
						CanViewPrivateItems: false,
						SendNotificationToUser: true,
					},
				],
			},
		},
		output: ([item]) => {
			expect(item.json.status).toBe('success');
			expect(item.json.messages).toHaveLength(2);
		},
	},
	setCalendarProcessing: {
		parameters: {
			tenantFilter: tenant,
			mailbox: locator('upn', reception),
			additionalFields: {
				automaticallyAccept: true,
				allowConflicts: false,
				bookingWindowInDays: 180,
				additionalResponse: 'Please leave the room tidy.',
			},
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetCalendarProcessing',
			body: {
				tenantFilter: contoso,
				UPN: reception,
				automaticallyAccept: true,
				allowConflicts: false,
				bookingWindowInDays: 180,
				additionalResponse: 'Please leave the room tidy.',
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Calendar processing settings for ${reception} have been updated successfully`),
	},
});

describe('calendar permission operations: follow-ups and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	const entries = async (mailbox: string) =>
		(
			await runOperation(sandbox, 'calendarPermission', 'getAll', {
				tenantFilter: tenant,
				mailbox: locator('upn', mailbox),
				returnAll: true,
			})
		).items.map((item) => [item.json.User, (item.json.AccessRights as string[])[0]]);

	test('Set gives Default a new level; Get Many shows it', async () => {
		await runOperation(sandbox, 'calendarPermission', 'set', {
			tenantFilter: tenant,
			mailbox: locator('id', adeleVance),
			user: 'default',
			permissions: 'LimitedDetails',
		});
		expect(await entries(adele)).toContainEqual(['Default', 'LimitedDetails']);
	});

	test("Set with Can View Private Items below Editor fails; for an existing entry the error is Add's (CIPP retries Set with Add)", async () => {
		const set = async (user: string) =>
			await runOperation(sandbox, 'calendarPermission', 'set', {
				tenantFilter: tenant,
				mailbox: locator('upn', megan),
				user,
				permissions: 'Reviewer',
				canViewPrivateItems: true,
			});
		const added = await set(alex);
		expect(added.requests[0].status).toBe(403);
		expect(added.error?.message).toContain(
			`Failed to set calendar permissions for ${alex} on ${megan} : SharingPermissionFlags can only be set when AccessRights is Editor.`,
		);
		const existing = await set('Default');
		expect(existing.requests[0].status).toBe(403);
		expect(existing.error?.message).toContain('An existing permission entry was found for user: Default.');
		expect(await entries(megan)).toEqual([
			['Default', 'AvailabilityOnly'],
			['Anonymous', 'None'],
		]);
	});

	test("Get Many of a user without a mailbox fails with Exchange's text", async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'getAll', {
			tenantFilter: tenant,
			mailbox: locator('upn', 'admin@contoso.onmicrosoft.com'),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/couldn't be found/);
	});

	test('Delete of an entry that does not exist fails', async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'delete', {
			tenantFilter: tenant,
			mailbox: locator('upn', alex),
			user: megan,
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/There is no existing permission entry found for user: Megan Bowen/);
	});

	test('Set with a folder name the mailbox does not have fails', async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'set', {
			tenantFilter: tenant,
			mailbox: locator('upn', alex),
			user: adele,
			permissions: 'Reviewer',
			folderName: 'Kalender',
		});
		expect(run.error?.message).toMatch(/The specified folder could not be found/);
	});

	test('Modify Many: one unknown user fails the item, the other change still happened', async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'modify', {
			tenantFilter: tenant,
			mailbox: locator('upn', alex),
			permissions: { entry: [{ users: `${megan}, nobody@contoso.onmicrosoft.com`, modification: 'Add', permissionLevel: 'Editor' }] },
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/The user "nobody@contoso\.onmicrosoft\.com" was not found/);
		expect(await entries(alex)).toContainEqual(['Megan Bowen', 'Editor']);
	});

	test('Modify Many of an unknown mailbox: CIPP cannot resolve the user (404)', async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'modify', {
			tenantFilter: tenant,
			mailbox: locator('upn', 'ghost@contoso.onmicrosoft.com'),
			permissions: { entry: [{ users: adele }] },
		});
		expect(run.requests[0].status).toBe(404);
		expect(run.error?.message).toMatch(/Failed to get user ID/);
	});

	test('Modify Many: an entry without users is refused before sending (CIPP skips it in silence)', async () => {
		const run = await runOperation(sandbox, 'calendarPermission', 'modify', {
			tenantFilter: tenant,
			mailbox: locator('upn', megan),
			permissions: {
				entry: [
					{ users: alex, permissionLevel: 'Reviewer' },
					{ users: ' ', permissionLevel: 'Editor' },
				],
			},
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toContain('Permission 2 has no Users');
	});

	test.each(['maxConflicts', 'maximumDurationInMinutes', 'minimumDurationInMinutes', 'bookingWindowInDays'])(
		'Set Calendar Processing refuses %s = 0 before sending (CIPP skips a 0 and answers success)',
		async (field) => {
			const run = await runOperation(sandbox, 'calendarPermission', 'setCalendarProcessing', {
				tenantFilter: tenant,
				mailbox: locator('upn', reception),
				additionalFields: { automaticallyAccept: true, [field]: 0 },
			});
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toContain('CIPP skips a 0');
		},
	);
});
