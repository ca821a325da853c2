import { operationSelector as selectorFor } from '../common/descriptions';
import { clearImmutableId } from './clearImmutableId.operation';
import { convertMailbox } from './convertMailbox.operation';
import { create } from './create.operation';
import { createGuest } from './createGuest.operation';
import { createTemporaryAccessPass } from './createTemporaryAccessPass.operation';
import { deleteUser } from './delete.operation';
import { deleteDevice } from './deleteDevice.operation';
import { disable } from './disable.operation';
import { dismissRisk } from './dismissRisk.operation';
import { enable } from './enable.operation';
import { enableArchive } from './enableArchive.operation';
import { get } from './get.operation';
import { getConditionalAccessPolicies } from './getConditionalAccessPolicies.operation';
import { getCounts } from './getCounts.operation';
import { getDevices } from './getDevices.operation';
import { getGroups } from './getGroups.operation';
import { getMany } from './getMany.operation';
import { getManyDeletedItems } from './getManyDeletedItems.operation';
import { getManyInactive } from './getManyInactive.operation';
import { getManyMfaStates } from './getManyMfaStates.operation';
import { getManySignIns } from './getManySignIns.operation';
import { getPasswordResetStatus } from './getPasswordResetStatus.operation';
import { getSignInLogs } from './getSignInLogs.operation';
import { offboard } from './offboard.operation';
import { resetMfa } from './resetMfa.operation';
import { resetPassword } from './resetPassword.operation';
import { restoreDeleted } from './restoreDeleted.operation';
import { revokeSessions } from './revokeSessions.operation';
import { sendMfaPush } from './sendMfaPush.operation';
import { setEmailForward } from './setEmailForward.operation';
import { setOutOfOffice } from './setOutOfOffice.operation';
import { setPerUserMfa } from './setPerUserMfa.operation';
import { update } from './update.operation';
import { checkCompromise } from './checkCompromise.operation';
import { remediateCompromise } from './remediateCompromise.operation';
import { setPasswordExpiration } from './setPasswordExpiration.operation';
import { setDefaultMfaMethod } from './setDefaultMfaMethod.operation';
import { getManyPerUserMfaStates } from './getManyPerUserMfaStates.operation';
import { removeAdminRole } from './removeAdminRole.operation';
import { getMailboxRules } from './getMailboxRules.operation';
import { getTrustedBlockedSenders } from './getTrustedBlockedSenders.operation';
import { removeTrustedBlockedSender } from './removeTrustedBlockedSender.operation';
import { purgeDeletedItem } from './purgeDeletedItem.operation';
import { updateAliases } from './updateAliases.operation';
import { getManyBasicAuthSignIns } from './getManyBasicAuthSignIns.operation';
import { getMailboxDetails } from './getMailboxDetails.operation';
import { patch } from './patch.operation';
import { getHistory } from './getHistory.operation';
import { grantJitAdmin } from './grantJitAdmin.operation';
import { getManyJitAdmins } from './getManyJitAdmins.operation';
import { getManyUserDefaultTemplates } from './getManyUserDefaultTemplates.operation';
import { deleteUserDefaultTemplate } from './deleteUserDefaultTemplate.operation';
import { getManyJitAdminTemplates } from './getManyJitAdminTemplates.operation';
import { deleteJitAdminTemplate } from './deleteJitAdminTemplate.operation';
import { setSourceOfAuthority } from './setSourceOfAuthority.operation';
import { createJitAdminTemplate } from './createJitAdminTemplate.operation';
import { updateJitAdminTemplate } from './updateJitAdminTemplate.operation';
import { createUserDefaultTemplate } from './createUserDefaultTemplate.operation';
import { setPhoto } from './setPhoto.operation';
import { removePhoto } from './removePhoto.operation';
import { createMany } from './createMany.operation';

export const resource = { name: 'User', value: 'user' };

export const operations = [
	resetPassword,
	getPasswordResetStatus,
	get,
	getMany,
	revokeSessions,
	create,
	update,
	deleteUser,
	createGuest,
	disable,
	enable,
	restoreDeleted,
	clearImmutableId,
	createTemporaryAccessPass,
	deleteDevice,
	dismissRisk,
	resetMfa,
	setPerUserMfa,
	sendMfaPush,
	setEmailForward,
	setOutOfOffice,
	convertMailbox,
	enableArchive,
	offboard,
	getGroups,
	getDevices,
	getConditionalAccessPolicies,
	getSignInLogs,
	getCounts,
	getManySignIns,
	getManyInactive,
	getManyDeletedItems,
	getManyMfaStates,
	checkCompromise,
	remediateCompromise,
	setPasswordExpiration,
	setDefaultMfaMethod,
	getManyPerUserMfaStates,
	removeAdminRole,
	getMailboxRules,
	getTrustedBlockedSenders,
	removeTrustedBlockedSender,
	purgeDeletedItem,
	updateAliases,
	getManyBasicAuthSignIns,
	getMailboxDetails,
	patch,
	getHistory,
	grantJitAdmin,
	getManyJitAdmins,
	getManyUserDefaultTemplates,
	deleteUserDefaultTemplate,
	getManyJitAdminTemplates,
	deleteJitAdminTemplate,
	setSourceOfAuthority,
	createJitAdminTemplate,
	updateJitAdminTemplate,
	createUserDefaultTemplate,
	setPhoto,
	removePhoto,
	createMany,
];

export const operationSelector = selectorFor('user', operations, 'resetPassword');
