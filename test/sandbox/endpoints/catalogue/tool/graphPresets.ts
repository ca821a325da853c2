/**
 * Invoke-ListGraphExplorerPresets: the GraphPresets table, filtered to presets the caller owns
 * (by the signed-in userDetails, which an API client does not have) or that are shared.
 */
import { stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

const PRESETS = [
	{
		name: 'Disabled users',
		Owner: 'tech@northstarit.com',
		IsShared: true,
		params: { endpoint: 'users', $filter: 'accountEnabled eq false' },
	},
	{ name: 'Global admins', Owner: 'tech@northstarit.com', IsShared: true, params: { endpoint: '/directoryRoles', $expand: 'members' } },
	{ name: 'My drafts', Owner: 'tech@northstarit.com', IsShared: false, params: { endpoint: 'groups' } },
];

export const ListGraphExplorerPresets: Endpoint = {
	name: 'ListGraphExplorerPresets',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const endpoint = psString(ctx.fromQuery('Endpoint')).replace(/^\//, '');
		const results = PRESETS.filter((preset) => preset.IsShared)
			.map((preset) => ({
				id: stableGuid(`preset/${preset.name}`),
				name: preset.name,
				IsShared: true,
				IsMyPreset: false,
				Owner: preset.Owner,
				params: preset.params,
			}))
			.filter((preset) => !endpoint || preset.params.endpoint.replace(/^\//, '') === endpoint);
		return { status: 200, body: { Results: results, Metadata: { Count: results.length } } };
	},
};
