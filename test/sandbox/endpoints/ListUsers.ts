/** GET /api/ListUsers: Graph beta users of a tenant (or one user), with CIPP's extra fields. */
import { LICENSE_NAMES } from '../fixtures';
import type { SandboxState, SandboxUser } from '../fixtures';
import { filterUsers, graphGetUser, graphTenant, tenantUsers } from '../graph';
import { omit } from '../http';
import type { Endpoint } from './endpoint';

/** The $select CIPP uses when fetching a single user. */
const SINGLE_USER_SELECT = [
	'id',
	'accountEnabled',
	'ageGroup',
	'assignedLicenses',
	'businessPhones',
	'city',
	'companyName',
	'consentProvidedForMinor',
	'country',
	'createdDateTime',
	'department',
	'displayName',
	'employeeHireDate',
	'employeeId',
	'employeeLeaveDateTime',
	'employeeType',
	'faxNumber',
	'givenName',
	'jobTitle',
	'lastPasswordChangeDateTime',
	'legalAgeGroupClassification',
	'mail',
	'mailNickname',
	'mobilePhone',
	'officeLocation',
	'onPremisesDistinguishedName',
	'onPremisesImmutableId',
	'onPremisesLastSyncDateTime',
	'onPremisesSyncEnabled',
	'otherMails',
	'postalCode',
	'preferredLanguage',
	'proxyAddresses',
	'showInAddressList',
	'state',
	'streetAddress',
	'surname',
	'usageLocation',
	'userPrincipalName',
	'userType',
];

const ALL_TENANTS_DEPRECATED = 'This function has been deprecated for all users, please use ListGraphRequest instead';

/** The Graph object (with $select and $expand=manager applied) plus the fields Invoke-ListUsers adds. */
function cippUser(state: SandboxState, user: SandboxUser, select?: string[]): Record<string, unknown> {
	const graphUser: Record<string, unknown> = omit(user, 'tenantId', 'managerId', 'passwordProfile');
	const fields: Record<string, unknown> = {};
	if (select) {
		const selectText = [...select].sort().join(',');
		fields['@odata.context'] =
			`https://graph.microsoft.com/beta/$metadata#users(${selectText},manager(id,userPrincipalName,displayName))/$entity`;
		for (const name of select) fields[name] = graphUser[name] ?? null;
	} else {
		Object.assign(fields, graphUser);
	}
	const manager = user.managerId ? state.users.find((u) => u.id === user.managerId) : undefined;
	if (manager) {
		fields.manager = {
			'@odata.type': '#microsoft.graph.user',
			id: manager.id,
			userPrincipalName: manager.userPrincipalName,
			displayName: manager.displayName,
		};
	}
	const upnParts = user.userPrincipalName.split('@');
	const domain = upnParts[upnParts.length - 1];
	return {
		...fields,
		onPremisesSyncEnabled: Boolean(user.onPremisesSyncEnabled),
		username: upnParts[0],
		Aliases: user.proxyAddresses.join(', '),
		LicJoined: user.assignedLicenses.map((license) => LICENSE_NAMES[license.skuId] ?? '').join(', '),
		primDomain: { value: domain, label: domain },
	};
}

export const ListUsers: Endpoint = {
	name: 'ListUsers',
	role: 'Identity.User.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const userId = ctx.fromQuery('UserID');
		if (tenantFilter?.toLowerCase() === 'alltenants') {
			return { status: 200, body: [{ Message: ALL_TENANTS_DEPRECATED }] };
		}
		// Invoke-ListUsers does not catch Graph errors: they become HTTP 500 with the message as plain text.
		const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
		if (userId) {
			return { status: 200, body: [cippUser(ctx.state, graphGetUser(ctx.state, tenant, userId), SINGLE_USER_SELECT)] };
		}
		const users = filterUsers(tenantUsers(ctx.state, tenant), ctx.fromQuery('graphFilter') ?? '');
		return { status: 200, body: users.map((user) => cippUser(ctx.state, user)) };
	},
};
