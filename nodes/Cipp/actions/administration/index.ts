import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { clearQueueHistory } from './clearQueueHistory.operation';
import { deleteScheduledItem } from './deleteScheduledItem.operation';
import { getExtensionsConfig } from './getExtensionsConfig.operation';
import { getManyCustomVariables } from './getManyCustomVariables.operation';
import { getManyQueue } from './getManyQueue.operation';
import { getManyTrustedIps } from './getManyTrustedIps.operation';
import { runAccessCheck } from './runAccessCheck.operation';
import { searchUsers } from './searchUsers.operation';
import { setTrustedIps } from './setTrustedIps.operation';
import { deleteTenantGroup } from './deleteTenantGroup.operation';
import { getManyTenantGroups } from './getManyTenantGroups.operation';
import { getNotificationConfig } from './getNotificationConfig.operation';
import { runTenantGroupRule } from './runTenantGroupRule.operation';
import { saveTenantGroup } from './saveTenantGroup.operation';
import { setNotificationConfig } from './setNotificationConfig.operation';
import { getApiClients } from './getApiClients.operation';
import { getExtensionMapping } from './getExtensionMapping.operation';
import { getManyBackups } from './getManyBackups.operation';
import { getManyCustomRoles } from './getManyCustomRoles.operation';
import { getManyExtensionSyncs } from './getManyExtensionSyncs.operation';
import { getManyFunctionParameters } from './getManyFunctionParameters.operation';
import { getManyLogs } from './getManyLogs.operation';
import { getManyScheduledItems } from './getManyScheduledItems.operation';
import { getPasswordConfig } from './getPasswordConfig.operation';
import { manageApiClient } from './manageApiClient.operation';
import { restoreBackup } from './restoreBackup.operation';
import { runBackup } from './runBackup.operation';
import { saveExtensionMapping } from './saveExtensionMapping.operation';
import { saveExtensionsConfig } from './saveExtensionsConfig.operation';
import { setAutoBackup } from './setAutoBackup.operation';
import { setPasswordConfig } from './setPasswordConfig.operation';
import { syncExtension } from './syncExtension.operation';
import { testExtension } from './testExtension.operation';
import { getManyKnownIps } from './getManyKnownIps.operation';
import { getManyAdminPortalLicenses } from './getManyAdminPortalLicenses.operation';
import { getCippQueues } from './getCippQueues.operation';
import { getManyCachedData } from './getManyCachedData.operation';
import { searchLicenses } from './searchLicenses.operation';
import { getManyCommunityRepos } from './getManyCommunityRepos.operation';
import { resolveDirectoryObjects } from './resolveDirectoryObjects.operation';
import { getManyCippUsers } from './getManyCippUsers.operation';
import { saveCippUser } from './saveCippUser.operation';
import { deleteCippUser } from './deleteCippUser.operation';
import { getJitAdminSettings } from './getJitAdminSettings.operation';
import { setJitAdminMaxDuration } from './setJitAdminMaxDuration.operation';
import { removeJitAdminMaxDuration } from './removeJitAdminMaxDuration.operation';
import { testHaloPsaTicket } from './testHaloPsaTicket.operation';
import { setTemplatePackage } from './setTemplatePackage.operation';
import { removeTemplatePackage } from './removeTemplatePackage.operation';
import { saveCustomVariable } from './saveCustomVariable.operation';
import { deleteCustomVariable } from './deleteCustomVariable.operation';
import { getCustomVariableUsage } from './getCustomVariableUsage.operation';
import { refreshCachedData } from './refreshCachedData.operation';
import { getManyCustomDataMappings } from './getManyCustomDataMappings.operation';
import { getManyCommunityTemplates } from './getManyCommunityTemplates.operation';
import { addCommunityRepo } from './addCommunityRepo.operation';
import { deleteCommunityRepo } from './deleteCommunityRepo.operation';
import { importCommunityTemplate } from './importCommunityTemplate.operation';
import { saveCustomRole } from './saveCustomRole.operation';
import { cloneCustomRole } from './cloneCustomRole.operation';
import { deleteCustomRole } from './deleteCustomRole.operation';
import { getManyDirectoryExtensions } from './getManyDirectoryExtensions.operation';
import { createDirectoryExtension } from './createDirectoryExtension.operation';
import { deleteDirectoryExtension } from './deleteDirectoryExtension.operation';
import { getManyCustomDataAttributes } from './getManyCustomDataAttributes.operation';
import { saveCustomDataMapping } from './saveCustomDataMapping.operation';
import { getCustomDataMapping } from './getCustomDataMapping.operation';
import { deleteCustomDataMapping } from './deleteCustomDataMapping.operation';
import { getManySchemaExtensions } from './getManySchemaExtensions.operation';
import { deleteSchemaExtension } from './deleteSchemaExtension.operation';
import { addSchemaExtensionProperty } from './addSchemaExtensionProperty.operation';
import { setSchemaExtensionStatus } from './setSchemaExtensionStatus.operation';
import { createSchemaExtension } from './createSchemaExtension.operation';

export const resource = { name: 'CIPP Administration', value: 'administration' };

export const operations: CippOperation[] = [
	getManyLogs,
	getManyScheduledItems,
	deleteScheduledItem,
	getManyBackups,
	runBackup,
	restoreBackup,
	setAutoBackup,
	getApiClients,
	manageApiClient,
	getManyCustomRoles,
	getPasswordConfig,
	setPasswordConfig,
	getExtensionMapping,
	saveExtensionMapping,
	getManyExtensionSyncs,
	syncExtension,
	testExtension,
	saveExtensionsConfig,
	getManyFunctionParameters,
	getManyTenantGroups,
	saveTenantGroup,
	deleteTenantGroup,
	runTenantGroupRule,
	getNotificationConfig,
	setNotificationConfig,
	getExtensionsConfig,
	getManyQueue,
	getCippQueues,
	clearQueueHistory,
	searchUsers,
	getManyTrustedIps,
	setTrustedIps,
	runAccessCheck,
	getManyCustomVariables,
	getManyKnownIps,
	getManyAdminPortalLicenses,
	getManyCachedData,
	searchLicenses,
	getManyCommunityRepos,
	resolveDirectoryObjects,
	getManyCippUsers,
	saveCippUser,
	deleteCippUser,
	getJitAdminSettings,
	setJitAdminMaxDuration,
	removeJitAdminMaxDuration,
	testHaloPsaTicket,
	setTemplatePackage,
	removeTemplatePackage,
	saveCustomVariable,
	deleteCustomVariable,
	getCustomVariableUsage,
	refreshCachedData,
	getManyCustomDataMappings,
	getManyCommunityTemplates,
	addCommunityRepo,
	deleteCommunityRepo,
	importCommunityTemplate,
	saveCustomRole,
	cloneCustomRole,
	deleteCustomRole,
	getManyDirectoryExtensions,
	createDirectoryExtension,
	deleteDirectoryExtension,
	getManyCustomDataAttributes,
	saveCustomDataMapping,
	getCustomDataMapping,
	deleteCustomDataMapping,
	getManySchemaExtensions,
	deleteSchemaExtension,
	addSchemaExtensionProperty,
	setSchemaExtensionStatus,
	createSchemaExtension,
];

export const operationSelector = selectorFor('administration', operations, 'getManyLogs');
