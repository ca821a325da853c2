/** Copilot and AI: Invoke-ListCopilotSettings, -ExecCopilotSettings, -ListShadowAI, -ExecShadowAISanction. */
import { perSandbox } from '../../../directory';
import { graphTenant } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { genericRead } from '../../generic';
import { valueOf } from '../tenant/request';

const SETTINGS: Array<[string, string]> = [
	['Pin Microsoft 365 Copilot Chat', 'microsoft.copilot.copilotchatpinning'],
	['Block Copilot Access to Open Content', 'microsoft.copilot.blockaccesstoopenfiles'],
	['Designer Image Generation', 'microsoft.copilot.imagegeneration'],
	['Allow web search in Copilot', 'microsoft.copilot.allowwebsearch'],
	['Admin Copilot in Microsoft 365 Admin Center', 'microsoft.copilot.allowinadmincenters'],
];
const WEB_SEARCH: Record<string, string> = {
	'2': 'Enabled in Copilot and Copilot Chat',
	'1': 'Disabled in Copilot and Copilot Chat',
	'0': 'Disabled in Copilot Work mode, Enabled in Copilot Chat',
};

/** Copilot policy values per tenant (customerId → settingId → value), and sanctioned AI tools per tenant (as given). */
const aiData = perSandbox(() => ({
	copilot: new Map<string, Map<string, string | null>>(),
	sanctioned: new Map<string, Set<string>>(),
}));

const ListCopilotSettings: Endpoint = {
	name: 'ListCopilotSettings',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
		const values = aiData(ctx.state).copilot.get(tenant.customerId) ?? new Map([['microsoft.copilot.allowwebsearch', '2']]);
		const rows = SETTINGS.map(([setting, id]) => {
			const value = values.get(id) ?? null;
			const state = !value
				? 'Not configured'
				: id === 'microsoft.copilot.allowwebsearch' && WEB_SEARCH[value]
					? WEB_SEARCH[value]
					: value === '1'
						? 'Enabled'
						: value === '0'
							? 'Disabled'
							: `Custom (${value})`;
			return { setting, state, value, settingId: id };
		});
		return { status: 200, body: rows };
	},
};

const ExecCopilotSettings: Endpoint = {
	name: 'ExecCopilotSettings',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(valueOf(ctx.fromBody('settingId')));
		const value = psString(valueOf(ctx.fromBody('value')));
		if (!SETTINGS.some(([, known]) => known === id)) return { status: 400, body: { Results: `Unsupported Copilot setting: ${id}` } };
		const clear = !value.trim() || ['clear', 'notconfigured'].includes(value);
		const stateText = clear ? 'Not configured' : value === '1' ? 'Enabled' : value === '0' ? 'Disabled' : `value '${value}'`;
		const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
		const data = aiData(ctx.state).copilot;
		const values = data.get(tenant.customerId) ?? new Map([['microsoft.copilot.allowwebsearch', '2']]);
		values.set(id, clear ? null : value);
		data.set(tenant.customerId, values);
		return { status: 200, body: { Results: `Set '${id}' to ${stateText}` } };
	},
};

const CATALOG = [
	{ aiTool: 'ChatGPT', vendor: 'OpenAI', category: 'Chat assistant', risk: 'High', application: 'ChatGPT Desktop', deviceCount: 4 },
	{ aiTool: 'Claude', vendor: 'Anthropic', category: 'Chat assistant', risk: 'Medium', application: 'Claude', deviceCount: 2 },
];

const ListShadowAI: Endpoint = {
	name: 'ListShadowAI',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
		const sanctioned = aiData(ctx.state).sanctioned.get(tenant) ?? new Set<string>();
		const detectedApps =
			tenant === 'contoso.onmicrosoft.com'
				? CATALOG.map((app) => ({
						...app,
						catalogRisk: app.risk,
						risk: sanctioned.has(app.aiTool) ? 'Informational' : app.risk,
						status: sanctioned.has(app.aiTool) ? 'Sanctioned' : 'Unsanctioned',
					}))
				: [];
		const consentedApps =
			tenant === 'contoso.onmicrosoft.com'
				? [{ aiTool: 'Otter.ai', category: 'Meeting assistant', risk: 'High', status: 'Unsanctioned', activeUsersLast7Days: 3 }]
				: [];
		const summary = {
			aiToolsDetected: detectedApps.length + consentedApps.length,
			sanctionedTools: detectedApps.filter((app) => app.status === 'Sanctioned').length,
		};
		return { status: 200, body: { summary, byCategory: [], byRisk: [], topTools: [], detectedApps, consentedApps } };
	},
};

const ExecShadowAISanction: Endpoint = {
	name: 'ExecShadowAISanction',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({ status: 400, body: { Results: [`Failed to update sanctioned AI tools: ${message}`] } });
		const tenant = psString(ctx.fromBody('tenantFilter') ?? ctx.fromQuery('tenantFilter'));
		const given = ctx.fromBody('Tools') ?? ctx.fromBody('Tool');
		const tools = (Array.isArray(given) ? given : [given]).map(psString).filter((tool) => tool.trim());
		const action = psString(ctx.fromBody('Action') ?? 'Sanction');
		if (!tenant) return fail('tenantFilter is required');
		if (tools.length === 0) return fail('No AI tool specified');
		if (!['Sanction', 'Unsanction'].includes(action)) return fail(`Unknown action '${action}'. Use Sanction or Unsanction.`);
		const data = aiData(ctx.state).sanctioned;
		const set = data.get(tenant) ?? new Set<string>();
		data.set(tenant, set);
		const results = tools.map((tool) => {
			if (action === 'Sanction') {
				set.add(tool);
				return `Marked '${tool}' as company sanctioned. Its risk level now reports as Informational.`;
			}
			set.delete(tool);
			return `Removed company sanctioned status from '${tool}'. Its catalog risk level applies again.`;
		});
		return { status: 200, body: { Results: results } };
	},
};

const PRODUCTS = ['Any App', 'Microsoft Teams', 'Word', 'Excel', 'PowerPoint', 'Outlook', 'OneNote', 'Loop', 'Copilot Chat'];

export const endpoints: Endpoint[] = [
	ListCopilotSettings,
	ExecCopilotSettings,
	ListShadowAI,
	ExecShadowAISanction,
	// The Adoption report: one row per product.
	genericRead('ListCopilotUsage', 'graph', {
		rows: PRODUCTS.length,
		fields: (index) => ({ product: PRODUCTS[index], enabledUsers: 12, activeUsers: 9 - index }),
	}),
	genericRead('ListAgent365Packages', 'graph', {
		fields: (index) => ({ type: index === 0 ? 'agent' : 'microsoft365App', supportedHosts: ['Copilot'] }),
	}),
	genericRead('ListAgent365PackageDetail', 'object', { fields: () => ({ allowedUsersAndGroups: [], acquireUsersAndGroups: [] }) }),
];
