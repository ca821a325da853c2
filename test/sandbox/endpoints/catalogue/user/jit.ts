/** Just-in-time admins: Invoke-ExecJITAdmin (existing users) and -ListJITAdmin. */
import { perSandbox } from '../../../directory';
import type { SandboxUser } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, tenantUsers } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { ROLE_DEFINITIONS } from '../../../roles';
import { allTenantsCache } from '../security/common';
import type { Endpoint } from '../../endpoint';
import { addScheduledTask } from './scheduler';

/** The cippUser schema extension's JIT fields, by user ID. */
interface JitFields {
	jitAdminEnabled: boolean;
	jitAdminExpiration: string;
	jitAdminStartDate: string;
	jitAdminReason: string | null;
	jitAdminCreatedBy: string | null;
}

const jitUsers = perSandbox(() => new Map<string, JitFields>());

const valueOf = (field: unknown) => psString(isPlainObject(field) ? field.value : field);
const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * Invoke-ExecJITAdmin for an existing user: resolves the user, adds the roles now (Set-CIPPUserJITAdmin
 * AddRoles, whose role additions fail silently) or schedules them, and schedules the expiry action.
 */
const ExecJITAdmin: Endpoint = {
	name: 'ExecJITAdmin',
	role: 'Identity.Role.ReadWrite',
	handle(ctx) {
		const tenantFilter = valueOf(ctx.fromBody('tenantFilter'));
		const start = Number(ctx.fromBody('StartDate') ?? 0);
		const end = Number(ctx.fromBody('EndDate') ?? 0);
		const existing = valueOf(ctx.fromBody('existingUser'));
		const roles = [ctx.fromBody('AdminRoles') ?? []].flat().map(valueOf).filter(Boolean);
		const expireAction = valueOf(ctx.fromBody('ExpireAction'));
		const reason = ctx.fromBody('reason') ?? ctx.fromBody('Reason');
		let user: SandboxUser;
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			user = graphGetUser(ctx.state, tenant, existing);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// The GUID look-up is outside any try: an unhandled failure.
			throw new Error(error.message);
		}
		const username = user.userPrincipalName;
		const results: unknown[] = [{ resultText: `User: ${username}`, copyField: username, state: 'success' }];
		const later = start * 1000 > Date.now();
		if (later) {
			results.push(`Scheduling JIT Admin enable task for ${username}`);
			addScheduledTask(ctx.state, {
				tenant: tenantFilter,
				name: `JIT Admin (enable): ${username}`,
				command: 'Set-CIPPUserJITAdmin',
				parameters: { TenantFilter: tenantFilter, User: { UserPrincipalName: username }, Roles: roles, Action: 'AddRoles' },
				scheduledTime: start,
				reference: null,
			});
		} else {
			results.push(`Executing JIT Admin enable task for ${username}`);
			for (const id of roles) {
				const role = ROLE_DEFINITIONS.find((candidate) => candidate.id === id.toLowerCase());
				if (role && !user.directoryRoles.includes(role.displayName)) user.directoryRoles.push(role.displayName);
			}
		}
		jitUsers(ctx.state).set(user.id, {
			jitAdminEnabled: !later,
			jitAdminExpiration: isoOf(end),
			jitAdminStartDate: isoOf(start),
			jitAdminReason: reason === undefined ? null : psString(reason),
			jitAdminCreatedBy: null,
		});
		addScheduledTask(ctx.state, {
			tenant: tenantFilter,
			name: `JIT Admin (${expireAction}): ${username}`,
			command: 'Set-CIPPUserJITAdmin',
			parameters: { TenantFilter: tenantFilter, User: { UserPrincipalName: username }, Roles: roles, Action: expireAction },
			scheduledTime: end,
			reference: null,
		});
		results.push(`Scheduling JIT Admin ${expireAction} task for ${username}`);
		return { status: 200, body: { Results: results } };
	},
};

/** Invoke-ListJITAdmin: users whose cippUser extension has jitAdminEnabled set; AllTenants from CacheJITAdmin. */
const ListJITAdmin: Endpoint = {
	name: 'ListJITAdmin',
	role: 'Identity.Role.Read',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQuery('TenantFilter'));
		const row = (user: SandboxUser, fields: JitFields) => ({
			id: user.id,
			displayName: user.displayName,
			userPrincipalName: user.userPrincipalName,
			accountEnabled: user.accountEnabled,
			...fields,
			memberOf: user.directoryRoles.map((name) => ({
				displayName: name,
				id: ROLE_DEFINITIONS.find((role) => role.displayName === name)?.id,
			})),
		});
		const jit = jitUsers(ctx.state);
		if (tenantFilter !== 'AllTenants') {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const rows = tenantUsers(ctx.state, tenant).flatMap((user) => {
				const fields = jit.get(user.id);
				return fields ? [row(user, fields)] : [];
			});
			return { status: 200, body: { Results: rows, Metadata: { Method: 'BulkRequest' } } };
		}
		const cache = allTenantsCache(ctx.state, 'AllTenants-JITAdminUser');
		if (!cache.ready) {
			return {
				status: 200,
				body: {
					Results: [],
					Metadata: { QueueMessage: 'Loading JIT Admin data for all tenants. Please check back in a few minutes.', QueueId: cache.queueId },
				},
			};
		}
		const rows = ctx.state.users.flatMap((user) => {
			const fields = jit.get(user.id);
			const tenant = ctx.state.tenants.find((candidate) => candidate.customerId === user.tenantId);
			return fields && tenant ? [{ Tenant: tenant.defaultDomainName, ...row(user, fields) }] : [];
		});
		return { status: 200, body: { Results: rows, Metadata: { QueueId: null } } };
	},
};

export const endpoints: Endpoint[] = [ExecJITAdmin, ListJITAdmin];
