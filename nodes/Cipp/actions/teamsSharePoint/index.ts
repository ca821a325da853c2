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
];

export const operationSelector = selectorFor('teamsSharePoint', operations, 'getManyTeams');
