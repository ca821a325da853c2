// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { contactTemplateIds, vendorTemplate } from '../sandbox/endpoints/catalogue/contact/templates';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const fabrikam = 'fabrikam.onmicrosoft.com';
const accountant = stableGuid(`${cloudUser.tenantId}/contact/alex@wilber-cpa.com`);
const printer = stableGuid(`${cloudUser.tenantId}/contact/support@printco.example`);

describeCatalogue('contact', {
	getMany: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListContacts', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.WindowsEmailAddress)).toEqual(['alex@wilber-cpa.com', 'support@printco.example']);
			expect(items[0].json).toMatchObject({ Guid: accountant, DisplayName: 'Alex Wilber (Accountant)', Company: 'Wilber CPA' });
		},
	},
	get: {
		parameters: { tenantFilter: contoso, contactId: locator('id', printer) },
		request: { method: 'GET', endpoint: 'ListContacts', query: { tenantFilter: tenant, id: printer } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ displayName: 'Printer Support', mail: 'support@printco.example', mailTip: 'Vendor support desk' }),
	},
	create: {
		parameters: {
			tenantFilter: contoso,
			displayName: 'Megan Bowen (Fabrikam)',
			email: 'megan@fabrikam.com',
			additionalFields: { firstName: 'Megan', lastName: 'Bowen', company: 'Fabrikam', phone: '+1 425 555 0109', hidefromGAL: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddContact',
			body: {
				tenantid: tenant,
				displayName: 'Megan Bowen (Fabrikam)',
				email: 'megan@fabrikam.com',
				firstName: 'Megan',
				lastName: 'Bowen',
				Company: 'Fabrikam',
				phone: '+1 425 555 0109',
				hidefromGAL: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully created contact Megan Bowen (Fabrikam) with email address megan@fabrikam.com',
			}),
	},
	update: {
		parameters: {
			tenantFilter: contoso,
			contactId: locator('list', accountant),
			additionalFields: { displayName: 'Alex Wilber (CPA)', lastName: 'Wilber-Smith', mobilePhone: '+1 425 555 0199' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditContact',
			body: {
				tenantID: tenant,
				ContactID: accountant,
				displayName: 'Alex Wilber (CPA)',
				LastName: 'Wilber-Smith',
				mobilePhone: '+1 425 555 0199',
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully edited contact Alex Wilber (CPA)' }),
	},
	delete: {
		parameters: { tenantFilter: contoso, contactId: locator('id', printer) },
		request: { method: 'POST', endpoint: 'RemoveContact', body: { tenantFilter: tenant, GUID: printer, Mail: printer } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Deleted ${printer}` }),
	},
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListContactTemplates' },
		output: ([item]) =>
			expect(item.json).toMatchObject({ GUID: contactTemplateIds.vendor, name: 'Vendor Helpdesk', email: 'helpdesk@vendor.example' }),
	},
	deployTemplate: {
		parameters: { tenantFilter: contoso, templateId: locator('list', contactTemplateIds.vendor) },
		calls: ['ListContactTemplates', 'DeployContactTemplates'],
		request: {
			method: 'POST',
			endpoint: 'DeployContactTemplates',
			body: {
				selectedTenants: [{ value: tenant, label: tenant }],
				TemplateList: [{ value: { ...vendorTemplate, GUID: contactTemplateIds.vendor }, label: 'Vendor Helpdesk' }],
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully deployed contact 'Vendor Helpdesk' to tenant ${tenant}` }),
	},
	createTemplate: {
		parameters: {
			displayName: 'Payroll Bureau',
			email: 'payroll@bureau.example',
			additionalFields: { company: 'Bureau Ltd', title: 'Payroll desk', phone: '+44 20 7946 0101', countryOrRegion: 'United Kingdom' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddContactTemplates',
			body: {
				displayName: 'Payroll Bureau',
				email: 'payroll@bureau.example',
				companyName: 'Bureau Ltd',
				jobTitle: 'Payroll desk',
				businessPhone: '+44 20 7946 0101',
				country: 'United Kingdom',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: expect.stringMatching(/^Created Contact Template Payroll Bureau with GUID [0-9a-f-]{36}$/) as unknown,
			}),
	},
	updateTemplate: {
		parameters: {
			templateId: locator('list', contactTemplateIds.vendor),
			additionalFields: { mobilePhone: '+44 7700 900123', city: 'London' },
		},
		calls: ['ListContactTemplates', 'EditContactTemplates'],
		request: {
			method: 'POST',
			endpoint: 'EditContactTemplates',
			body: {
				ContactTemplateID: contactTemplateIds.vendor,
				displayName: 'Vendor Helpdesk',
				email: 'helpdesk@vendor.example',
				companyName: 'Vendor Ltd',
				businessPhone: '+44 20 7946 0000',
				hidefromGAL: false,
				mobilePhone: '+44 7700 900123',
				city: 'London',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Updated Contact Template Vendor Helpdesk with GUID ${contactTemplateIds.vendor}`,
			}),
	},
	deleteTemplate: {
		parameters: { templateId: locator('id', contactTemplateIds.vendor) },
		request: { method: 'POST', endpoint: 'RemoveContactTemplates', body: { ID: contactTemplateIds.vendor } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Contact Template with ID ${contactTemplateIds.vendor}.` }),
	},
});

describe('contact operations: state, refusals and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a created contact shows in the next list, and an update in the next get', async () => {
		const created = await runOperation(sandbox, 'contact', 'create', {
			tenantFilter: locator('domain', fabrikam),
			displayName: 'Lee Gu (Partner)',
			email: 'lee@partner.example',
		});
		expect(created.error).toBeUndefined();
		const list = await runOperation(sandbox, 'contact', 'getMany', { tenantFilter: locator('domain', fabrikam), returnAll: true });
		const contact = list.items.find((item) => item.json.WindowsEmailAddress === 'lee@partner.example');
		expect(contact?.json.DisplayName).toBe('Lee Gu (Partner)');
		const id = String(contact?.json.Guid);
		await runOperation(sandbox, 'contact', 'update', {
			tenantFilter: locator('domain', fabrikam),
			contactId: locator('id', id),
			additionalFields: { company: 'Partner Co', hidefromGAL: true },
		});
		const read = await runOperation(sandbox, 'contact', 'get', { tenantFilter: locator('domain', fabrikam), contactId: locator('id', id) });
		expect(read.items[0].json).toMatchObject({ displayName: 'Lee Gu (Partner)', companyName: 'Partner Co', hidefromGAL: true });
	});

	test("an address already in use fails with Exchange's words (HTTP 500)", async () => {
		const run = await runOperation(sandbox, 'contact', 'create', {
			tenantFilter: contoso,
			displayName: 'Someone else',
			email: 'alex@wilber-cpa.com',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to create contact\. The proxy address "SMTP:alex@wilber-cpa.com" is already being used/);
	});

	test('an update without fields is refused before sending (CIPP would answer success and change nothing)', async () => {
		const run = await runOperation(sandbox, 'contact', 'update', { tenantFilter: contoso, contactId: locator('id', accountant) });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/nothing to change/);
	});

	test('deploying a template whose email already exists is skipped by CIPP with HTTP 200: the item fails with its words', async () => {
		const first = await runOperation(sandbox, 'contact', 'deployTemplate', {
			tenantFilter: locator('domain', fabrikam),
			templateId: locator('id', contactTemplateIds.vendor),
		});
		expect(first.error).toBeUndefined();
		const again = await runOperation(sandbox, 'contact', 'deployTemplate', {
			tenantFilter: locator('domain', fabrikam),
			templateId: locator('id', contactTemplateIds.vendor),
		});
		expect(again.requests[1].status).toBe(200);
		expect(again.error?.message).toMatch(
			/Contact 'Vendor Helpdesk' with email 'helpdesk@vendor.example' already exists in tenant fabrikam/,
		);
	});

	test("deleting an unknown contact fails with HTTP 400 and Exchange's words", async () => {
		const unknown = stableGuid('no such contact');
		const run = await runOperation(sandbox, 'contact', 'delete', { tenantFilter: contoso, contactId: locator('id', unknown) });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(new RegExp(`Failed to delete contact ${unknown}\\. The operation couldn't be performed`));
	});

	test('a deleted template is gone from the list; deleting it again fails', async () => {
		const id = contactTemplateIds.vendor;
		expect((await runOperation(sandbox, 'contact', 'deleteTemplate', { templateId: locator('id', id) })).error).toBeUndefined();
		const list = await runOperation(sandbox, 'contact', 'getManyTemplates', { returnAll: true });
		expect(list.items.map((item) => item.json.GUID)).not.toContain(id);
		const again = await runOperation(sandbox, 'contact', 'deleteTemplate', { templateId: locator('id', id) });
		expect(again.requests[0].status).toBe(403);
		expect(again.error?.message).toMatch(/Failed to remove Contact template/);
	});
	test('a created template shows in Get Many Templates; an update keeps the fields it does not change', async () => {
		const created = await runOperation(sandbox, 'contact', 'createTemplate', {
			displayName: 'IT Reseller',
			email: 'orders@reseller.example',
			additionalFields: { company: 'Reseller Inc', title: 'Orders', hidefromGAL: true },
		});
		expect(created.error).toBeUndefined();
		const listed = await runOperation(sandbox, 'contact', 'getManyTemplates', { returnAll: true });
		const template = listed.items.find((item) => item.json.name === 'IT Reseller')?.json;
		expect(template).toMatchObject({
			email: 'orders@reseller.example',
			companyName: 'Reseller Inc',
			jobTitle: 'Orders',
			hidefromGAL: true,
		});
		const id = String(template?.GUID);
		expect(created.items[0].json.message).toContain(id);

		const updated = await runOperation(sandbox, 'contact', 'updateTemplate', {
			templateId: locator('id', id),
			additionalFields: { displayName: 'IT Reseller (EU)', website: 'https://reseller.example' },
		});
		expect(updated.error).toBeUndefined();
		const after = await runOperation(sandbox, 'contact', 'getManyTemplates', { returnAll: true });
		expect(after.items.find((item) => item.json.GUID === id)?.json).toMatchObject({
			name: 'IT Reseller (EU)',
			email: 'orders@reseller.example',
			companyName: 'Reseller Inc',
			jobTitle: 'Orders',
			hidefromGAL: true,
			website: 'https://reseller.example',
		});
	});

	test("updating a template without fields is refused before sending; an unknown template fails with CIPP's words", async () => {
		const empty = await runOperation(sandbox, 'contact', 'updateTemplate', { templateId: locator('id', contactTemplateIds.vendor) });
		expect(empty.requests).toHaveLength(0);
		expect(empty.error?.message).toMatch(/nothing to change/);
		const unknown = stableGuid('no such contact template');
		const run = await runOperation(sandbox, 'contact', 'updateTemplate', {
			templateId: locator('id', unknown),
			additionalFields: { city: 'Leeds' },
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListContactTemplates']);
		expect(run.error?.message).toMatch(new RegExp(`Template with ID ${unknown} not found`));
	});
});
