/**
 * CIPP endpoints behind the node's domain operations: Invoke-ListDomains, -AddDomain and
 * -ExecDomainAction, over each tenant's Graph /domains (seeded from the fixture's verified domains).
 */
import { perSandbox } from '../../directory';
import type { SandboxState, SandboxTenant } from '../../fixtures';
import { GraphError, graphTenant, normalizeGraphError } from '../../graph';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';

interface Domain {
	id: string;
	isDefault: boolean;
	isInitial: boolean;
	isVerified: boolean;
}

const DOMAIN = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

const domainState = perSandbox(() => new Map<string, Domain[]>());

function domainsOf(state: SandboxState, tenant: SandboxTenant): Domain[] {
	const all = domainState(state);
	if (!all.has(tenant.customerId)) {
		// Each tenant also has its verified vanity domain (contoso.com for contoso.onmicrosoft.com).
		const vanity = tenant.initialDomainName.replace(/\.onmicrosoft\.com$/, '.com');
		const names = [...new Set([tenant.initialDomainName, tenant.defaultDomainName, ...tenant.domains, vanity])];
		all.set(
			tenant.customerId,
			names.map((id) => ({ id, isDefault: id === tenant.defaultDomainName, isInitial: id === tenant.initialDomainName, isVerified: true })),
		);
	}
	return all.get(tenant.customerId) ?? [];
}

function findDomain(list: Domain[], name: string): Domain {
	const domain = list.find((candidate) => candidate.id.toLowerCase() === name.toLowerCase());
	if (!domain) throw new GraphError(`Domain ${name} not found.`);
	return domain;
}

const ListDomains: Endpoint = {
	name: 'ListDomains',
	role: 'Tenant.Administration.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const rows = domainsOf(ctx.state, tenant).map(({ id, isDefault, isInitial }) => ({ id, isDefault, isInitial }));
			return { status: 200, body: rows.sort((a, b) => Number(b.isDefault) - Number(a.isDefault)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: [normalizeGraphError(error.message)] };
		}
	},
};

const AddDomain: Endpoint = {
	name: 'AddDomain',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		const name = psString(ctx.fromBody('domain'));
		try {
			if (!name.trim()) throw new GraphError('Domain name is required');
			if (!DOMAIN.test(name)) throw new GraphError('Invalid domain name format');
			const list = domainsOf(ctx.state, graphTenant(ctx.state, tenantFilter, { authCheck: true }));
			if (list.some((domain) => domain.id.toLowerCase() === name.toLowerCase())) {
				throw new GraphError('Another object with the same value for property id already exists.');
			}
			list.push({ id: name, isDefault: false, isInitial: false, isVerified: false });
			return {
				status: 200,
				body: { Results: `Successfully added domain ${name} to tenant ${tenantFilter}. Please verify the domain to complete setup.` },
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: `Failed to add domain ${name}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecDomainAction: Endpoint = {
	name: 'ExecDomainAction',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('domain'));
		const action = psString(ctx.fromBody('Action'));
		try {
			if (!name.trim()) throw new GraphError('Domain name is required');
			if (!action.trim()) throw new GraphError('Action is required');
			const list = domainsOf(ctx.state, graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true }));
			const domain = findDomain(list, name);
			let text: string;
			if (action === 'verify') {
				if (domain.id.endsWith('.example')) throw new GraphError('Domain verification failed: the TXT record was not found in DNS.');
				domain.isVerified = true;
				text = `Domain ${name} has been verified successfully.`;
			} else if (action === 'delete') {
				if (domain.isDefault || domain.isInitial) throw new GraphError(`The default or initial domain ${name} cannot be deleted.`);
				list.splice(list.indexOf(domain), 1);
				text = `Domain ${name} has been deleted successfully.`;
			} else if (action === 'setDefault') {
				if (!domain.isVerified) throw new GraphError(`Domain ${name} is not verified.`);
				for (const other of list) other.isDefault = other === domain;
				text = `Domain ${name} has been set as the default domain successfully.`;
			} else {
				throw new GraphError(`Invalid action: ${action}`);
			}
			return { status: 200, body: { Results: { resultText: text, state: 'success' } } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 403,
				body: {
					Results: { resultText: `Failed to perform action on domain ${name}: ${normalizeGraphError(error.message)}`, state: 'error' },
				},
			};
		}
	},
};

export const endpoints: Endpoint[] = [ListDomains, AddDomain, ExecDomainAction];
