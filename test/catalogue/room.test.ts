// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const boardroom = `boardroom@${tenant}`;
const huddle = `huddle1@${tenant}`;
const projector = `projector1@${tenant}`;
const hqRooms = `hqrooms@${tenant}`;

describeCatalogue('room', {
	getMany: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListRooms', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.mail)).toEqual([boardroom, huddle]);
			expect(items[0].json).toMatchObject({ displayName: 'Board Room', capacity: 12, building: 'HQ' });
		},
	},
	get: {
		parameters: { tenantFilter: contoso, roomId: locator('list', boardroom) },
		request: { method: 'GET', endpoint: 'ListRooms', query: { tenantFilter: tenant, roomId: boardroom } },
		output: ([item]) => expect(item.json).toMatchObject({ displayName: 'Board Room', DefaultCalendarPermission: 'AvailabilityOnly' }),
	},
	create: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Lab',
			username: 'lab',
			userPrincipalName: `lab@${tenant}`,
			additionalFields: { capacity: 6 },
		},
		request: {
			method: 'POST',
			endpoint: 'AddRoomMailbox',
			body: { tenantid: tenant, displayName: 'Lab', username: 'lab', userPrincipalName: `lab@${tenant}`, ResourceCapacity: 6 },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				messages: ['Successfully created room: Lab.', `Successfully blocked sign-in for Room mailbox lab@${tenant}`],
			}),
	},
	update: {
		parameters: {
			tenantFilter: contoso,
			roomId: locator('id', huddle),
			displayName: 'Huddle Room 1',
			additionalFields: {
				capacity: 5,
				defaultCalendarPermission: 'LimitedDetails',
				hiddenFromAddressListsEnabled: false,
				building: 'HQ East',
				floor: 2,
				tags: 'Whiteboard, Quiet',
				allowConflicts: false,
				workDays: 'Weekdays',
				workHoursStartTime: '07:30',
			},
		},
		request: {
			method: 'POST',
			endpoint: 'EditRoomMailbox',
			body: {
				tenantID: tenant,
				roomId: huddle,
				displayName: 'Huddle Room 1',
				capacity: 5,
				DefaultCalendarPermission: { value: 'LimitedDetails', label: 'LimitedDetails' },
				hiddenFromAddressListsEnabled: false,
				Building: 'HQ East',
				Floor: 2,
				Tags: ['Whiteboard', 'Quiet'],
				AllowConflicts: false,
				WorkDays: 'Weekdays',
				WorkHoursStartTime: '07:30',
			},
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([
				'Successfully updated room: Huddle Room 1 (Mailbox, Place & Calendar Properties)',
				'Successfully updated room: Huddle Room 1 (Calendar Configuration)',
				'Successfully updated room: Huddle Room 1 (Default Calendar Permission)',
			]),
	},
	getManyEquipment: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListEquipment', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ DisplayName: 'Projector 1', RecipientTypeDetails: 'EquipmentMailbox' }),
	},
	getEquipment: {
		parameters: { tenantFilter: contoso, equipmentId: locator('id', projector) },
		request: { method: 'GET', endpoint: 'ListEquipment', query: { tenantFilter: tenant, EquipmentId: projector } },
		output: ([item]) => expect(item.json).toMatchObject({ displayName: 'Projector 1', primarySmtpAddress: projector }),
	},
	createEquipment: {
		parameters: { tenantFilter: contoso, displayName: 'Pool Car', username: 'poolcar', userPrincipalName: `poolcar@${tenant}` },
		request: {
			method: 'POST',
			endpoint: 'AddEquipmentMailbox',
			body: { tenantID: tenant, displayName: 'Pool Car', username: 'poolcar', userPrincipalName: `poolcar@${tenant}` },
		},
		output: ([item]) => expect(item.json.status).toBe('success'),
	},
	updateEquipment: {
		parameters: {
			tenantFilter: contoso,
			equipmentId: locator('list', projector),
			displayName: 'Projector (Board Room)',
			additionalFields: {
				hiddenFromAddressListsEnabled: true,
				department: 'AV',
				automateProcessing: 'AutoUpdate',
				bookingWindowInDays: 30,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'EditEquipmentMailbox',
			body: {
				tenantID: tenant,
				equipmentId: projector,
				displayName: 'Projector (Board Room)',
				hiddenFromAddressListsEnabled: true,
				Department: 'AV',
				AutomateProcessing: 'AutoUpdate',
				BookingWindowInDays: 30,
			},
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully updated equipment: Projector \(Board Room\) \(User Properties\)/),
	},
	getManyRoomLists: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListRoomLists', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ DisplayName: 'HQ Rooms', PrimarySmtpAddress: hqRooms }),
	},
	getRoomList: {
		parameters: { tenantFilter: contoso, roomListId: locator('list', hqRooms) },
		request: {
			method: 'GET',
			endpoint: 'ListRoomLists',
			query: { tenantFilter: tenant, groupID: hqRooms, members: 'true', owners: 'true' },
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({ allowExternal: false, groupInfo: { DisplayName: 'HQ Rooms', primDomain: tenant } });
			expect(item.json.members).toEqual([expect.objectContaining({ mail: boardroom })]);
		},
	},
	createRoomList: {
		parameters: { tenantFilter: contoso, displayName: 'Building 2', username: 'building2' },
		request: { method: 'POST', endpoint: 'AddRoomList', body: { tenantFilter: tenant, displayName: 'Building 2', username: 'building2' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully created room list: Building 2.' }),
	},
	updateRoomList: {
		parameters: {
			tenantFilter: contoso,
			roomListId: locator('id', hqRooms),
			additionalFields: { addMember: huddle, allowExternal: true },
		},
		request: {
			method: 'POST',
			endpoint: 'EditRoomList',
			body: { tenantFilter: tenant, groupId: hqRooms, AddMember: [{ value: huddle, label: huddle }], allowExternal: true },
		},
		output: ([item]) =>
			expect(item.json.messages).toEqual([`Successfully added room ${huddle} to room list`, 'Enabled external email access for room list']),
	},
});

describe('room operations: state, refusals and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a created room lists, joins a room list, and shows among its members', async () => {
		const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
		const address = 'studio@fabrikam.onmicrosoft.com';
		expect(
			(
				await runOperation(sandbox, 'room', 'create', {
					tenantFilter: fabrikam,
					displayName: 'Studio',
					username: 'studio',
					userPrincipalName: address,
				})
			).error,
		).toBeUndefined();
		const rooms = await runOperation(sandbox, 'room', 'getMany', { tenantFilter: fabrikam, returnAll: true });
		expect(rooms.items.map((item) => item.json.mail)).toContain(address);
		const list = 'hqrooms@fabrikam.onmicrosoft.com';
		await runOperation(sandbox, 'room', 'updateRoomList', {
			tenantFilter: fabrikam,
			roomListId: locator('id', list),
			additionalFields: { addMember: address },
		});
		const read = await runOperation(sandbox, 'room', 'getRoomList', { tenantFilter: fabrikam, roomListId: locator('id', list) });
		expect((read.items[0].json.members as Array<{ mail: string }>).map((member) => member.mail)).toContain(address);
	});

	test("a room whose sign-in CIPP cannot block (no User Administrator through GDAP) is made, but the item fails with CIPP's words", async () => {
		const northwind = 'northwind.onmicrosoft.com';
		const run = await runOperation(sandbox, 'room', 'create', {
			tenantFilter: locator('domain', northwind),
			displayName: 'Warehouse Office',
			username: 'warehouse',
			userPrincipalName: `warehouse@${northwind}`,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to block sign-in for Room mailbox: warehouse@northwind\.onmicrosoft\.com/);
		const rooms = await runOperation(sandbox, 'room', 'getMany', { tenantFilter: locator('domain', northwind), returnAll: true });
		expect(rooms.items.map((item) => item.json.mail)).toContain(`warehouse@${northwind}`);
	});

	test("an address in use fails with Exchange's words (HTTP 500)", async () => {
		const run = await runOperation(sandbox, 'room', 'create', {
			tenantFilter: contoso,
			displayName: 'Another Board Room',
			username: 'boardroom2',
			userPrincipalName: boardroom,
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to create room mailbox: Another Board Room\. Error: The proxy address/);
	});

	test('a room list step that fails (a room that is not there) fails the item though CIPP answers HTTP 200', async () => {
		const run = await runOperation(sandbox, 'room', 'updateRoomList', {
			tenantFilter: contoso,
			roomListId: locator('id', hqRooms),
			additionalFields: { addMember: `nowhere@${tenant}` },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to add room nowhere@contoso\.onmicrosoft\.com : The operation couldn't be performed/);
	});

	test('an update of a room list without fields is refused before sending (CIPP would answer nothing and change nothing)', async () => {
		const run = await runOperation(sandbox, 'room', 'updateRoomList', { tenantFilter: contoso, roomListId: locator('id', hqRooms) });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/nothing to change/);
	});

	test('a renamed room reads back under its new name, and an unknown room is "not found"', async () => {
		await runOperation(sandbox, 'room', 'update', {
			tenantFilter: contoso,
			roomId: locator('id', boardroom),
			displayName: 'Main Board Room',
		});
		const read = await runOperation(sandbox, 'room', 'get', { tenantFilter: contoso, roomId: locator('id', boardroom) });
		expect(read.items[0].json.displayName).toBe('Main Board Room');
		const missing = await runOperation(sandbox, 'room', 'get', { tenantFilter: contoso, roomId: locator('id', stableGuid('no room')) });
		expect(missing.requests[0].status).toBe(200);
		expect(missing.error?.message).toMatch(/was not found/);
	});

	test('a room list for a tenant given by ID is refused before sending (CIPP would build the address from the ID)', async () => {
		const run = await runOperation(sandbox, 'room', 'createRoomList', {
			tenantFilter: locator('id', cloudUser.tenantId),
			displayName: 'Building 3',
			username: 'building3',
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Tenant Filter/);
	});
	test('place, booking and working-hours fields of a room read back on Get; unchanged ones keep their values', async () => {
		const run = await runOperation(sandbox, 'room', 'update', {
			tenantFilter: contoso,
			roomId: locator('id', boardroom),
			displayName: 'Board Room',
			additionalFields: {
				floor: 3,
				floorLabel: 'Third',
				isWheelChairAccessible: true,
				tags: 'Whiteboard, Teams Room',
				enforceCapacity: true,
				allowRecurringMeetings: false,
				maximumDurationInMinutes: 240,
				workHoursEndTime: '18:00',
				workingHoursTimeZone: 'GMT Standard Time',
			},
		});
		expect(run.error).toBeUndefined();
		const read = await runOperation(sandbox, 'room', 'get', { tenantFilter: contoso, roomId: locator('id', boardroom) });
		expect(read.items[0].json).toMatchObject({
			building: 'HQ',
			floor: 3,
			floorLabel: 'Third',
			isWheelChairAccessible: true,
			tags: ['Whiteboard', 'Teams Room'],
			EnforceCapacity: true,
			AllowRecurringMeetings: false,
			MaximumDurationInMinutes: 240,
			BookingWindowInDays: 180,
			WorkHoursStartTime: '08:00:00',
			WorkHoursEndTime: '18:00',
			WorkingHoursTimeZone: 'GMT Standard Time',
		});
	});

	test('location and booking fields of an equipment mailbox read back on Get Equipment', async () => {
		const run = await runOperation(sandbox, 'room', 'updateEquipment', {
			tenantFilter: contoso,
			equipmentId: locator('id', projector),
			displayName: 'Projector 1',
			additionalFields: { company: 'Contoso AV', city: 'Redmond', allowConflicts: true, scheduleOnlyDuringWorkHours: true },
		});
		expect(run.error).toBeUndefined();
		const read = await runOperation(sandbox, 'room', 'getEquipment', { tenantFilter: contoso, equipmentId: locator('id', projector) });
		expect(read.items[0].json).toMatchObject({
			company: 'Contoso AV',
			city: 'Redmond',
			allowConflicts: true,
			scheduleOnlyDuringWorkHours: true,
			automateProcessing: 'AutoAccept',
		});
	});

	test('a work-hours time that is not hh:mm is refused before sending', async () => {
		const run = await runOperation(sandbox, 'room', 'update', {
			tenantFilter: contoso,
			roomId: locator('id', boardroom),
			displayName: 'Board Room',
			additionalFields: { workHoursStartTime: '8am' },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/"Work Hours Start".*"8am" is not in the expected form/);
	});
});
