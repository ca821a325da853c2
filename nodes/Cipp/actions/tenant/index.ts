import { operationSelector as selectorFor } from '../common/descriptions';
import { clearCache } from './clearCache.operation';
import { createAlert } from './createAlert.operation';
import { createNamedLocation } from './createNamedLocation.operation';
import { deleteStandardTemplate } from './deleteStandardTemplate.operation';
import { get } from './get.operation';
import { getDirectorySyncStatus } from './getDirectorySyncStatus.operation';
import { getMany } from './getMany.operation';
import { getManyAlerts } from './getManyAlerts.operation';
import { getManyAuditLogs } from './getManyAuditLogs.operation';
import { getManyCaPolicies } from './getManyCaPolicies.operation';
import { getManyCspLicenses } from './getManyCspLicenses.operation';
import { getManyOffboardable } from './getManyOffboardable.operation';
import { getManyOAuthApps } from './getManyOAuthApps.operation';
import { getManyNamedLocations } from './getManyNamedLocations.operation';
import { getManyPartnerRelationships } from './getManyPartnerRelationships.operation';
import { getManyRoles } from './getManyRoles.operation';
import { getManyServiceIssues } from './getManyServiceIssues.operation';
import { getManySharedMailboxStatistics } from './getManySharedMailboxStatistics.operation';
import { getManyStandards } from './getManyStandards.operation';
import { getManyStandardTemplates } from './getManyStandardTemplates.operation';
import { getOrganization } from './getOrganization.operation';
import { getUsageReport } from './getUsageReport.operation';
import { resetPasswords } from './resetPasswords.operation';
import { runStandards } from './runStandards.operation';
import { setAuthMethod } from './setAuthMethod.operation';
import { setCaExclusion } from './setCaExclusion.operation';
import { update } from './update.operation';
import { updateSecureScoreControl } from './updateSecureScoreControl.operation';
import { updateNamedLocation } from './updateNamedLocation.operation';
import { refreshCpvPermissions } from './refreshCpvPermissions.operation';
import { setRegistrationCampaign } from './setRegistrationCampaign.operation';
import { exclude } from './exclude.operation';
import { include } from './include.operation';
import { removeFromCipp } from './removeFromCipp.operation';
import { offboard } from './offboard.operation';
import { onboard } from './onboard.operation';
import { cancelOnboarding } from './cancelOnboarding.operation';

export const resource = { name: 'Tenant', value: 'tenant' };

export const operations = [
	resetPasswords,
	get,
	getMany,
	update,
	clearCache,
	runStandards,
	getManyStandards,
	getManyStandardTemplates,
	deleteStandardTemplate,
	createAlert,
	getManyAlerts,
	getManyAuditLogs,
	getManyCaPolicies,
	setCaExclusion,
	getManyNamedLocations,
	createNamedLocation,
	updateNamedLocation,
	getDirectorySyncStatus,
	getManyRoles,
	getManyCspLicenses,
	getManySharedMailboxStatistics,
	getOrganization,
	getManyPartnerRelationships,
	getManyServiceIssues,
	getManyOAuthApps,
	getUsageReport,
	setAuthMethod,
	getManyOffboardable,
	updateSecureScoreControl,
	refreshCpvPermissions,
	setRegistrationCampaign,
	exclude,
	include,
	removeFromCipp,
	offboard,
	onboard,
	cancelOnboarding,
];

export const operationSelector = selectorFor('tenant', operations, 'getAll');
