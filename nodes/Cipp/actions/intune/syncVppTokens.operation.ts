import { tenantSyncOperation } from '../shared/intune';

export const syncVppTokens = tenantSyncOperation({
	value: 'syncVppTokens',
	name: 'Sync VPP Tokens',
	action: 'Sync the Apple VPP licences of a tenant',
	description: 'Start a licence sync of every valid Apple Volume Purchase Program token of a customer tenant',
	endpoint: 'ExecSyncVPP',
	role: 'Endpoint.Application.ReadWrite',
	nothing: /^No VPP tokens found$/,
	followUp: 'Intune syncs the purchased apps and licences in the background; Intune → Get Many Apps shows them once done.',
});
