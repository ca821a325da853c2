import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { createShared } from './createShared.operation';
import { deleteRule } from './deleteRule.operation';
import { enableAutoExpandingArchive } from './enableAutoExpandingArchive.operation';
import { getGlobalAddressList } from './getGlobalAddressList.operation';
import { getMany } from './getMany.operation';
import { getManyActiveSyncDevices } from './getManyActiveSyncDevices.operation';
import { getManyAntiPhishingPolicies } from './getManyAntiPhishingPolicies.operation';
import { getManyCasSettings } from './getManyCasSettings.operation';
import { getManyContactPermissions } from './getManyContactPermissions.operation';
import { getManyForwarding } from './getManyForwarding.operation';
import { getManyMalwarePolicies } from './getManyMalwarePolicies.operation';
import { getManyMobileDevices } from './getManyMobileDevices.operation';
import { getManyPermissions } from './getManyPermissions.operation';
import { getManyRestrictedUsers } from './getManyRestrictedUsers.operation';
import { getManyRules } from './getManyRules.operation';
import { getManySafeAttachmentsPolicies } from './getManySafeAttachmentsPolicies.operation';
import { getManySharedWithSignIn } from './getManySharedWithSignIn.operation';
import { getOutOfOffice } from './getOutOfOffice.operation';
import { removeRestrictedUser } from './removeRestrictedUser.operation';
import { runCmdlet } from './runCmdlet.operation';
import { scheduleDelegateAccess } from './scheduleDelegateAccess.operation';
import { scheduleForwarding } from './scheduleForwarding.operation';
import { scheduleOutOfOffice } from './scheduleOutOfOffice.operation';
import { setCasSettings } from './setCasSettings.operation';
import { setCopyForSent } from './setCopyForSent.operation';
import { setHiddenFromGal } from './setHiddenFromGal.operation';
import { setLitigationHold } from './setLitigationHold.operation';
import { setMaxMessageSize } from './setMaxMessageSize.operation';
import { setMobileDevice } from './setMobileDevice.operation';
import { setQuota } from './setQuota.operation';
import { setRecipientLimits } from './setRecipientLimits.operation';
import { setRetentionHold } from './setRetentionHold.operation';
import { setRule } from './setRule.operation';
import { startManagedFolderAssistant } from './startManagedFolderAssistant.operation';
import { updateContactPermissions } from './updateContactPermissions.operation';
import { updatePermissions } from './updatePermissions.operation';
import { setLocale } from './setLocale.operation';
import { getManyRetentionPolicies } from './getManyRetentionPolicies.operation';
import { createRetentionPolicy } from './createRetentionPolicy.operation';
import { updateRetentionPolicy } from './updateRetentionPolicy.operation';
import { deleteRetentionPolicy } from './deleteRetentionPolicy.operation';
import { setRetentionPolicy } from './setRetentionPolicy.operation';
import { getManyRetentionTags } from './getManyRetentionTags.operation';
import { createRetentionTag } from './createRetentionTag.operation';
import { updateRetentionTag } from './updateRetentionTag.operation';
import { deleteRetentionTag } from './deleteRetentionTag.operation';
import { getManyHveAccounts } from './getManyHveAccounts.operation';
import { getHveAccount } from './getHveAccount.operation';
import { createHveAccount } from './createHveAccount.operation';
import { updateHveAccount } from './updateHveAccount.operation';
import { deleteHveAccount } from './deleteHveAccount.operation';
import { getManyHveBillingPolicies } from './getManyHveBillingPolicies.operation';
import { assignHveBillingPolicy } from './assignHveBillingPolicy.operation';
import { removeHveBillingPolicy } from './removeHveBillingPolicy.operation';
import { createRestoreRequest } from './createRestoreRequest.operation';
import { suspendRestoreRequest } from './suspendRestoreRequest.operation';
import { resumeRestoreRequest } from './resumeRestoreRequest.operation';
import { deleteRestoreRequest } from './deleteRestoreRequest.operation';
import { getManyMailTestResults } from './getManyMailTestResults.operation';

export const resource = { name: 'Mailbox', value: 'mailbox' };

export const operations: CippOperation[] = [
	getMany,
	getManyForwarding,
	getManySharedWithSignIn,
	getGlobalAddressList,
	createShared,
	getManyPermissions,
	updatePermissions,
	getManyContactPermissions,
	updateContactPermissions,
	getManyRules,
	setRule,
	deleteRule,
	setHiddenFromGal,
	setLitigationHold,
	setRetentionHold,
	enableAutoExpandingArchive,
	setCopyForSent,
	setQuota,
	setRecipientLimits,
	setMaxMessageSize,
	getManyCasSettings,
	setCasSettings,
	getManyMobileDevices,
	setMobileDevice,
	getOutOfOffice,
	scheduleOutOfOffice,
	scheduleForwarding,
	scheduleDelegateAccess,
	getManyActiveSyncDevices,
	getManyRestrictedUsers,
	removeRestrictedUser,
	startManagedFolderAssistant,
	getManyAntiPhishingPolicies,
	getManyMalwarePolicies,
	getManySafeAttachmentsPolicies,
	runCmdlet,
	setLocale,
	getManyRetentionPolicies,
	createRetentionPolicy,
	updateRetentionPolicy,
	deleteRetentionPolicy,
	setRetentionPolicy,
	getManyRetentionTags,
	createRetentionTag,
	updateRetentionTag,
	deleteRetentionTag,
	getManyHveAccounts,
	getHveAccount,
	createHveAccount,
	updateHveAccount,
	deleteHveAccount,
	getManyHveBillingPolicies,
	assignHveBillingPolicy,
	removeHveBillingPolicy,
	createRestoreRequest,
	suspendRestoreRequest,
	resumeRestoreRequest,
	deleteRestoreRequest,
	getManyMailTestResults,
];

export const operationSelector = selectorFor('mailbox', operations, 'getMany');
