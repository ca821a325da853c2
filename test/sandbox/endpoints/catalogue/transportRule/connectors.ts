/** Invoke-ListExchangeConnectors, -EditExConnector, -RemoveExConnector and -AddExConnector over each tenant's connectors (data.ts). */
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { fromPowerShellCommand } from '../exchangePolicy/templates';
import { exchangeTenant } from '../tenant/request';
import type { ExoObject, TenantTransport } from './data';
import { findExo, newConnector, refuseDuplicate, tenantTransport, withoutName } from './data';
import { perSelectedTenant } from './rules';

/** The connectors Set-/Remove-/New-<Type>Connector reaches; any other type is not a cmdlet. */
function connectorsOf(data: TenantTransport, type: unknown, verb: string): { list: ExoObject[]; direction: 'Inbound' | 'Outbound' } {
	const direction = psString(type).toLowerCase();
	if (direction === 'inbound') return { list: data.connectors.Inbound, direction: 'Inbound' };
	if (direction === 'outbound') return { list: data.connectors.Outbound, direction: 'Outbound' };
	throw new GraphError(
		`The term '${verb}-${psString(type)}Connector' is not recognized as a name of a cmdlet, function, script file, or executable program.`,
	);
}

const ListExchangeConnectors: Endpoint = {
	name: 'ListExchangeConnectors',
	role: 'Exchange.Connector.Read',
	handle(ctx) {
		try {
			const { connectors } = tenantTransport(ctx.state, exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter')));
			return {
				status: 200,
				body: [
					...connectors.Outbound.map((connector) => ({ ...connector, cippconnectortype: 'outbound' })),
					...connectors.Inbound.map((connector) => ({ ...connector, cippconnectortype: 'Inbound' })),
				],
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

const EditExConnector: Endpoint = {
	name: 'EditExConnector',
	role: 'Exchange.Connector.ReadWrite',
	handle(ctx) {
		const state = psString(ctx.fromQueryOrBody('State'));
		const guid = psString(ctx.fromQueryOrBody('GUID'));
		try {
			const data = tenantTransport(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
			findExo(connectorsOf(data, ctx.fromQueryOrBody('Type'), 'Set').list, guid).Enabled = state === 'Enable';
			return { status: 200, body: { Results: `Set Connector ${guid} to ${state}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

const RemoveExConnector: Endpoint = {
	name: 'RemoveExConnector',
	role: 'Exchange.Connector.ReadWrite',
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('GUID'));
		try {
			const data = tenantTransport(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter')));
			const { list } = connectorsOf(data, ctx.fromQueryOrBody('Type'), 'Remove');
			list.splice(list.indexOf(findExo(list, guid)), 1);
			return { status: 200, body: { Results: `Deleted Connector: ${guid}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

const AddExConnector: Endpoint = {
	name: 'AddExConnector',
	role: 'Exchange.Connector.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const json = fromPowerShellCommand((ctx.body ?? {}) as Record<string, unknown>);
		const type = getIgnoreCase(json, 'cippConnectorType');
		const params = Object.fromEntries(
			Object.entries(json).filter(([key]) => !['guid', 'cippconnectortype', 'senderrewritingenabled'].includes(key.toLowerCase())),
		);
		if (!getIgnoreCase(params, 'comment')) params.comment = 'no comment';
		return perSelectedTenant(
			ctx,
			(tenant, tenantFilter) => {
				const { list, direction } = connectorsOf(tenantTransport(ctx.state, tenant), type, 'New');
				const name = psString(getIgnoreCase(params, 'name'));
				refuseDuplicate(list, name, 'connector');
				const { comment, ...settings } = withoutName(params);
				list.push(newConnector(tenant, direction, name, { ...settings, Comment: comment }));
				return `Successfully created Connector for ${tenantFilter}.`;
			},
			(tenantFilter, error) => `Could not create Connector for ${tenantFilter}: ${error}`,
		);
	},
};

export const endpoints: Endpoint[] = [ListExchangeConnectors, EditExConnector, RemoveExConnector, AddExConnector];
