import { operationSelector as selectorFor } from '../common/descriptions';
import { addChocoApp } from './addChocoApp.operation';
import { addMspApp } from './addMspApp.operation';
import { addOfficeApp } from './addOfficeApp.operation';
import { addPolicy } from './addPolicy.operation';
import { addStoreApp } from './addStoreApp.operation';
import { assignApp } from './assignApp.operation';
import { assignAutopilotDevice } from './assignAutopilotDevice.operation';
import { assignPolicy } from './assignPolicy.operation';
import { deleteApp } from './deleteApp.operation';
import { deleteAutopilotDevice } from './deleteAutopilotDevice.operation';
import { deletePolicy } from './deletePolicy.operation';
import { deleteQueuedApp } from './deleteQueuedApp.operation';
import { deleteScript } from './deleteScript.operation';
import { getLocalAdminPassword } from './getLocalAdminPassword.operation';
import { getManyApps } from './getManyApps.operation';
import { getManyAutopilotConfigs } from './getManyAutopilotConfigs.operation';
import { getManyAutopilotDevices } from './getManyAutopilotDevices.operation';
import { getManyDevices } from './getManyDevices.operation';
import { getManyPolicies } from './getManyPolicies.operation';
import { getManyQueuedApps } from './getManyQueuedApps.operation';
import { getManyScripts } from './getManyScripts.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { getRecoveryKey } from './getRecoveryKey.operation';
import { processAppQueue } from './processAppQueue.operation';
import { resetPasscode } from './resetPasscode.operation';
import { rotateLocalAdminPassword } from './rotateLocalAdminPassword.operation';
import { runDeviceAction } from './runDeviceAction.operation';
import { setPrimaryUser } from './setPrimaryUser.operation';
import { syncAutopilotDevices } from './syncAutopilotDevices.operation';
import { getManyCompliancePolicies } from './getManyCompliancePolicies.operation';
import { getManyAppProtectionPolicies } from './getManyAppProtectionPolicies.operation';
import { getDevice } from './getDevice.operation';
import { getManyDetectedApps } from './getManyDetectedApps.operation';
import { getManyDetectedAppDevices } from './getManyDetectedAppDevices.operation';
import { getAppInstallStatus } from './getAppInstallStatus.operation';
import { getManyAndroidEnrollmentProfiles } from './getManyAndroidEnrollmentProfiles.operation';
import { getManyAppleEnrollmentProfiles } from './getManyAppleEnrollmentProfiles.operation';
import { syncVppTokens } from './syncVppTokens.operation';
import { syncAppleDevices } from './syncAppleDevices.operation';
import { runPasscodeAction } from './runPasscodeAction.operation';
import { searchBitlockerKeys } from './searchBitlockerKeys.operation';
import { getManyAssignmentFilters } from './getManyAssignmentFilters.operation';
import { createAssignmentFilter } from './createAssignmentFilter.operation';
import { updateAssignmentFilter } from './updateAssignmentFilter.operation';
import { deleteAssignmentFilter } from './deleteAssignmentFilter.operation';
import { getManyAssignmentFilterTemplates } from './getManyAssignmentFilterTemplates.operation';
import { createAssignmentFilterTemplate } from './createAssignmentFilterTemplate.operation';
import { deleteAssignmentFilterTemplate } from './deleteAssignmentFilterTemplate.operation';
import { createTemplate } from './createTemplate.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { getManyAppTemplates } from './getManyAppTemplates.operation';
import { createAppTemplate } from './createAppTemplate.operation';
import { deployAppTemplate } from './deployAppTemplate.operation';
import { deleteAppTemplate } from './deleteAppTemplate.operation';
import { updatePolicy } from './updatePolicy.operation';
import { updateScript } from './updateScript.operation';
import { createAutopilotProfile } from './createAutopilotProfile.operation';
import { deleteAutopilotProfile } from './deleteAutopilotProfile.operation';
import { setEnrollmentStatusPage } from './setEnrollmentStatusPage.operation';
import { deleteEnrollmentProfile } from './deleteEnrollmentProfile.operation';
import { getManyIntents } from './getManyIntents.operation';
import { getManyApprovalRequests } from './getManyApprovalRequests.operation';
import { searchAppPackages } from './searchAppPackages.operation';
import { clonePolicy } from './clonePolicy.operation';
import { getManyReusableSettings } from './getManyReusableSettings.operation';
import { deleteReusableSetting } from './deleteReusableSetting.operation';
import { getManyReusableSettingTemplates } from './getManyReusableSettingTemplates.operation';
import { deleteReusableSettingTemplate } from './deleteReusableSettingTemplate.operation';
import { deployReusableSettingTemplate } from './deployReusableSettingTemplate.operation';
import { createReusableSettingTemplate } from './createReusableSettingTemplate.operation';
import { importAutopilotDevices } from './importAutopilotDevices.operation';
import { addScriptApp } from './addScriptApp.operation';
import { getManyCves } from './getManyCves.operation';
import { removeCveException } from './removeCveException.operation';
import { renameAutopilotDevice } from './renameAutopilotDevice.operation';
import { setAutopilotGroupTag } from './setAutopilotGroupTag.operation';
import { addCveException } from './addCveException.operation';
import { comparePolicy } from './comparePolicy.operation';
import { createDefenderTemplate } from './createDefenderTemplate.operation';
import { deployDefender } from './deployDefender.operation';
import { sendOrgMessage } from './sendOrgMessage.operation';

export const resource = { name: 'Intune', value: 'intune' };

export const operations = [
	getManyDevices,
	runDeviceAction,
	resetPasscode,
	rotateLocalAdminPassword,
	setPrimaryUser,
	getRecoveryKey,
	getLocalAdminPassword,
	getManyAutopilotDevices,
	getManyAutopilotConfigs,
	assignAutopilotDevice,
	deleteAutopilotDevice,
	syncAutopilotDevices,
	getManyApps,
	assignApp,
	deleteApp,
	addChocoApp,
	addStoreApp,
	addMspApp,
	addOfficeApp,
	getManyQueuedApps,
	deleteQueuedApp,
	processAppQueue,
	getManyPolicies,
	addPolicy,
	assignPolicy,
	deletePolicy,
	getManyTemplates,
	getManyScripts,
	deleteScript,
	getManyCompliancePolicies,
	getManyAppProtectionPolicies,
	getDevice,
	getManyDetectedApps,
	getManyDetectedAppDevices,
	getAppInstallStatus,
	getManyAndroidEnrollmentProfiles,
	getManyAppleEnrollmentProfiles,
	syncVppTokens,
	syncAppleDevices,
	runPasscodeAction,
	searchBitlockerKeys,
	getManyAssignmentFilters,
	createAssignmentFilter,
	updateAssignmentFilter,
	deleteAssignmentFilter,
	getManyAssignmentFilterTemplates,
	createAssignmentFilterTemplate,
	deleteAssignmentFilterTemplate,
	createTemplate,
	deleteTemplate,
	getManyAppTemplates,
	createAppTemplate,
	deployAppTemplate,
	deleteAppTemplate,
	updatePolicy,
	updateScript,
	createAutopilotProfile,
	deleteAutopilotProfile,
	setEnrollmentStatusPage,
	deleteEnrollmentProfile,
	getManyIntents,
	getManyApprovalRequests,
	searchAppPackages,
	clonePolicy,
	getManyReusableSettings,
	deleteReusableSetting,
	getManyReusableSettingTemplates,
	createReusableSettingTemplate,
	deployReusableSettingTemplate,
	deleteReusableSettingTemplate,
	importAutopilotDevices,
	addScriptApp,
	getManyCves,
	removeCveException,
	renameAutopilotDevice,
	setAutopilotGroupTag,
	addCveException,
	comparePolicy,
	deployDefender,
	createDefenderTemplate,
	sendOrgMessage,
];

export const operationSelector = selectorFor('intune', operations, 'getManyDevices');
