import { fixtures } from '../sandbox';
import { describeCatalogue } from '../support/catalogue';
import { locator } from '../support/workflows';

const { cloudUser } = fixtures.scenarios;
const contoso = locator('domain', cloudUser.tenant);

describeCatalogue('user', {
	resetPassword: {
		parameters: { tenantFilter: contoso, userId: locator('upn', cloudUser.upn), mustChangePassword: false },
		request: { method: 'POST', endpoint: 'ExecResetPass', body: { tenantFilter: cloudUser.tenant, ID: cloudUser.upn, MustChange: false } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'success', mustChangePassword: false }),
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
		request: { method: 'POST', endpoint: 'ExecRevokeSessions', body: { tenantFilter: cloudUser.tenant, id: cloudUser.upn } },
		output: ([item], sandbox) => {
			expect(item.json).toEqual({ status: 'success', message: `Successfully revoked sessions for ${cloudUser.upn}` });
			expect(sandbox.findUser(cloudUser.tenant, cloudUser.upn)?.signInSessionsValidFromDateTime).toEqual(expect.any(String));
		},
	},
});
