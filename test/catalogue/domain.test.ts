// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const tenant = locator('domain', contoso);
const shop = 'shop.contoso.com';

describeCatalogue('domain', {
	getMany: {
		parameters: { tenantFilter: tenant, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDomains', query: { tenantFilter: contoso } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				{ id: contoso, isDefault: true, isInitial: true },
				{ id: 'contoso.com', isDefault: false, isInitial: false },
			]),
	},
	create: {
		parameters: { tenantFilter: tenant, domain: shop },
		request: { method: 'POST', endpoint: 'AddDomain', body: { tenantFilter: contoso, domain: shop } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully added domain ${shop} to tenant ${contoso}. Please verify the domain to complete setup.`,
			}),
	},
	verify: {
		parameters: { tenantFilter: tenant, domain: locator('list', shop) },
		request: { method: 'POST', endpoint: 'ExecDomainAction', body: { tenantFilter: contoso, domain: shop, Action: 'verify' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Domain ${shop} has been verified successfully.` }),
	},
	setDefault: {
		parameters: { tenantFilter: tenant, domain: locator('id', shop) },
		request: { method: 'POST', endpoint: 'ExecDomainAction', body: { tenantFilter: contoso, domain: shop, Action: 'setDefault' } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Domain ${shop} has been set as the default domain successfully.` }),
	},
	delete: {
		parameters: { tenantFilter: tenant, domain: locator('id', 'contoso.com') },
		request: { method: 'POST', endpoint: 'ExecDomainAction', body: { tenantFilter: contoso, domain: 'contoso.com', Action: 'delete' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Domain contoso.com has been deleted successfully.' }),
	},
});

describe('domain: state and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an added domain is listed; once verified it can become the default, listed first', async () => {
		await runOperation(sandbox, 'domain', 'create', { tenantFilter: tenant, domain: 'mail.contoso.com' });
		const unverified = await runOperation(sandbox, 'domain', 'setDefault', {
			tenantFilter: tenant,
			domain: locator('id', 'mail.contoso.com'),
		});
		expect(unverified.error?.message).toContain('Failed to perform action on domain mail.contoso.com');
		await runOperation(sandbox, 'domain', 'verify', { tenantFilter: tenant, domain: locator('id', 'mail.contoso.com') });
		await runOperation(sandbox, 'domain', 'setDefault', { tenantFilter: tenant, domain: locator('id', 'mail.contoso.com') });
		const listed = await runOperation(sandbox, 'domain', 'getMany', { tenantFilter: tenant, returnAll: true });
		expect(listed.items[0].json).toEqual({ id: 'mail.contoso.com', isDefault: true, isInitial: false });
	});

	test('the initial domain cannot be deleted, and a malformed name is refused before sending', async () => {
		const initial = await runOperation(sandbox, 'domain', 'delete', { tenantFilter: tenant, domain: locator('id', contoso) });
		expect(initial.error?.message).toContain('cannot be deleted');
		const malformed = await runOperation(sandbox, 'domain', 'create', { tenantFilter: tenant, domain: 'not a domain' });
		expect(malformed.error?.message).toContain('Invalid "Domain"');
		expect(malformed.requests).toEqual([]);
	});
});
