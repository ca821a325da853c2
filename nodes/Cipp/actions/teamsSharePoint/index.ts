import { operationSelector as selectorFor } from '../common/descriptions';
import { addOneDriveShortcut } from './addOneDriveShortcut.operation';
import { addSiteAdmin } from './addSiteAdmin.operation';
import { addSiteMember } from './addSiteMember.operation';
import { assignPhoneNumber } from './assignPhoneNumber.operation';
import { createSite } from './createSite.operation';
import { createTeam } from './createTeam.operation';
import { deleteSite } from './deleteSite.operation';
import { getManyOneDrives } from './getManyOneDrives.operation';
import { getManyPhoneNumbers } from './getManyPhoneNumbers.operation';
import { getManySites } from './getManySites.operation';
import { getManyTeams } from './getManyTeams.operation';
import { getSharePointQuota } from './getSharePointQuota.operation';
import { getSharePointSettings } from './getSharePointSettings.operation';
import { getTeam } from './getTeam.operation';
import { getTeamsActivity } from './getTeamsActivity.operation';
import { provisionOneDrive } from './provisionOneDrive.operation';
import { removeSiteAdmin } from './removeSiteAdmin.operation';
import { removeSiteMember } from './removeSiteMember.operation';
import { removeSiteUser } from './removeSiteUser.operation';
import { setOneDriveSharing } from './setOneDriveSharing.operation';
import { setPhoneNumberLocation } from './setPhoneNumberLocation.operation';
import { unassignPhoneNumber } from './unassignPhoneNumber.operation';
import { getManySiteMembers } from './getManySiteMembers.operation';
import { getManySiteLibraries } from './getManySiteLibraries.operation';
import { getSiteProperties } from './getSiteProperties.operation';
import { setSiteLockState } from './setSiteLockState.operation';
import { getManyDeletedSites } from './getManyDeletedSites.operation';
import { restoreDeletedSite } from './restoreDeletedSite.operation';
import { getManyRecycleBinItems } from './getManyRecycleBinItems.operation';
import { restoreRecycleBinItems } from './restoreRecycleBinItems.operation';
import { getManySharingLinks } from './getManySharingLinks.operation';
import { removeSharingLink } from './removeSharingLink.operation';
import { removeSiteSharingLinks } from './removeSiteSharingLinks.operation';
import { getManyExternalUsers } from './getManyExternalUsers.operation';
import { removeExternalUser } from './removeExternalUser.operation';
import { getVersionCleanupStatus } from './getVersionCleanupStatus.operation';
import { startVersionCleanup } from './startVersionCleanup.operation';
import { getSitePermissions } from './getSitePermissions.operation';
import { removeLibraryPermission } from './removeLibraryPermission.operation';
import { setLibraryInheritance } from './setLibraryInheritance.operation';
import { getManySitePermissionLevels } from './getManySitePermissionLevels.operation';
import { getManyEmergencyLocations } from './getManyEmergencyLocations.operation';
import { getManySiteActivity } from './getManySiteActivity.operation';
import { getSiteUserAccess } from './getSiteUserAccess.operation';
import { getManySharePointTemplates } from './getManySharePointTemplates.operation';
import { getPermissionsReport } from './getPermissionsReport.operation';
import { setLibraryPermission } from './setLibraryPermission.operation';
import { deploySharePointTemplate } from './deploySharePointTemplate.operation';
import { getSharePointTemplateDeployment } from './getSharePointTemplateDeployment.operation';
import { deleteSharePointTemplate } from './deleteSharePointTemplate.operation';
import { createSharePointTemplate } from './createSharePointTemplate.operation';

export const resource = { name: 'Teams & SharePoint', value: 'teamsSharePoint' };

export const operations = [
	getManyTeams,
	getTeam,
	createTeam,
	getTeamsActivity,
	getManyPhoneNumbers,
	assignPhoneNumber,
	setPhoneNumberLocation,
	unassignPhoneNumber,
	getManySites,
	getManyOneDrives,
	createSite,
	deleteSite,
	addSiteMember,
	removeSiteMember,
	addSiteAdmin,
	removeSiteAdmin,
	removeSiteUser,
	getSharePointQuota,
	getSharePointSettings,
	provisionOneDrive,
	setOneDriveSharing,
	addOneDriveShortcut,
	getManySiteMembers,
	getManySiteLibraries,
	getSiteProperties,
	setSiteLockState,
	getManyDeletedSites,
	restoreDeletedSite,
	getManyRecycleBinItems,
	restoreRecycleBinItems,
	getManySharingLinks,
	removeSharingLink,
	removeSiteSharingLinks,
	getManyExternalUsers,
	removeExternalUser,
	getVersionCleanupStatus,
	startVersionCleanup,
	getSitePermissions,
	removeLibraryPermission,
	setLibraryInheritance,
	getManySitePermissionLevels,
	getManyEmergencyLocations,
	getManySiteActivity,
	getSiteUserAccess,
	getManySharePointTemplates,
	getPermissionsReport,
	setLibraryPermission,
	deploySharePointTemplate,
	getSharePointTemplateDeployment,
	deleteSharePointTemplate,
	createSharePointTemplate,
];

export const operationSelector = selectorFor('teamsSharePoint', operations, 'getManyTeams');
