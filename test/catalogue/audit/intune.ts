import type { AuditRecord } from './types';

/**
 * Intune resource (nodes/Cipp/actions/intune/, including intune/deviceAction.ts), audited against CIPP-API
 * as checked out in /work/cipp-api. Node line numbers are for b6e8606 (the working tree being refactored
 * may have moved them). HTTP functions are relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`.
 * An exception thrown outside an endpoint's own try ends in CIPPCore/.../New-CippCoreRequest.ps1:229-240:
 * HTTP 500 with the exception text as a bare string body.
 */
export const audit: Record<string, AuditRecord> = {
	'intune:getManyDevices': {
		source: 'Endpoint/Reports/Invoke-ListDevices.ps1',
		reads: 'query TenantFilter (Hashtable, case-insensitive; node sends tenantFilter). Nothing else.',
		clears: 'none',
		failure: 'HTTP 403 with a one-element array holding the normalized Graph error text (:17-20).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Graph managedDevice objects (beta /deviceManagement/managedDevices, all pages); `records` fits. An empty tenant gives [].',
		verdict: 'ok',
	},
	'intune:runDeviceAction': {
		source: 'Endpoint/MEM/Invoke-ExecDeviceAction.ps1; CIPPCore/Public/New-CIPPDeviceAction.ps1',
		reads:
			'body Action, GUID, tenantFilter. For every action but setDeviceName/users/createDeviceLogCollectionRequest the WHOLE request body (tenantFilter, GUID, Action, ...) is passed on as the Graph action body (:50). Optional Graph parameters (e.g. quickScan for WindowsDefenderScan, keepUserData/keepEnrollmentData for wipe) are read only if present in the body; the node never sends them.',
		clears: 'none (Wipe without keepUserData/keepEnrollmentData is a full factory reset, as the field description says).',
		failure:
			'HTTP 500 {Results: "Failed to queue action <Action> on <GUID> : <error>"} (New-CIPPDeviceAction.ps1:26-30, Invoke-ExecDeviceAction.ps1:66-69).',
		async:
			'Intune queues every action for the device\'s next check-in; CIPP only says "Queued <Action> on <GUID>". Delete is done at once (DELETE managedDevices/<id>).',
		refusals: [],
		output:
			'deviceActionOutput: every action but Delete is actionResult({queued}) with a followUp (Intune runs it at the next check-in); Delete answers {Results: ""} (New-CIPPDeviceAction never sets $Result), which the node reports as {status: "success", message: "Deleted device <id> from Intune"} (a failure is HTTP 500).',
		verdict: 'settled',
		note: 'Was: Delete gave an empty success message and queued actions said success. Now: queued actions have status queued + followUp; Delete says what was done (test "Run Device Action: Delete From Intune says what was done..."). Defender Full Scan: quickScan is not in CIPP\'s OpenAPI contract, so the node cannot send it; the option description and README say CIPP passes no quickScan flag and Graph decides.',
	},
	'intune:resetPasscode': {
		source: 'Endpoint/MEM/Invoke-ExecDeviceAction.ps1:50 (default branch); CIPPCore/Public/New-CIPPDeviceAction.ps1:19-21',
		reads: 'body Action (constant "resetPasscode"), GUID, tenantFilter; the whole body is the Graph action body.',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to queue action resetPasscode on <GUID> : <error>"}.',
		async:
			'Graph POST managedDevices(\'<id>\')/resetPasscode; Intune carries it out at the next check-in. Answer: "Queued resetPasscode on <GUID>".',
		refusals: [],
		output: 'actionResult({queued}): status "queued" with followUp; fits.',
		verdict: 'ok',
	},
	'intune:rotateLocalAdminPassword': {
		source: 'Endpoint/MEM/Invoke-ExecDeviceAction.ps1:50; CIPPCore/Public/New-CIPPDeviceAction.ps1:19-21',
		reads: 'body Action (constant "RotateLocalAdminPassword", the same casing CIPP\'s UI sends), GUID (Intune device id), tenantFilter.',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to queue action RotateLocalAdminPassword on <GUID> : <error>"}.',
		async: 'Queued in Intune; the device rotates and backs up the password at its next check-in.',
		refusals: [],
		output: 'actionResult({queued}); fits.',
		verdict: 'ok',
	},
	'intune:setPrimaryUser': {
		source: 'Endpoint/MEM/Invoke-ExecDeviceAction.ps1:36-39; CIPPCore/Public/New-CIPPDeviceAction.ps1:14-18',
		reads:
			'body Action (constant "users"), GUID, tenantFilter, user.value (node sends {value,label}). CIPP builds @odata.id "https://graph.microsoft.com/beta/users(\'<user.value>\')" and POSTs managedDevices(\'<GUID>\')/users/$ref.',
		clears: "Replaces the device's primary user (that is the operation).",
		failure: 'HTTP 500 {Results: "Failed to queue action users on <GUID> : <error>"}.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Changed primary user on device <GUID> to <user ID>" (the node always sends an object ID).',
		verdict: 'settled',
		note: 'Was: a UPN was sent as is; CIPP\'s GUID-only message regex then named no user, and Graph\'s acceptance of a UPN there is unverified. Now a UPN is first resolved with ListUsers (UserID) to its object ID, which is sent (run hook; needs Identity.User.Read only for UPNs); an ID is sent directly. Test "Set Primary User by user principal name looks the user up first...".',
	},
	'intune:getRecoveryKey': {
		source:
			'Endpoint/MEM/Invoke-ExecGetRecoveryKey.ps1; CIPPCore/Public/Get-CIPPBitlockerKey.ps1; CIPPCore/Public/Get-CIPPFileVaultKey.ps1',
		reads: 'tenantFilter and GUID from query, else body (:18-19); body RecoveryKeyType (default BitLocker; also FileVault, BiosPassword).',
		clears: 'none',
		failure:
			'HTTP 500 {Results: "Could not retrieve BitLocker recovery key for <GUID>. Error: ..."} / "Could not retrieve FileVault recovery key ..." / "Invalid RecoveryKeyType specified: X.". No key: HTTP 200 {Results: "No BitLocker recovery keys found for <GUID>"} or "No FileVault recovery key found for <GUID>" (no state, no error word).',
		async: "none (the retrieval is logged in CIPP's log).",
		refusals: [],
		output:
			'BitLocker: {Results: [{resultText:"Id: .. Key: ..", copyField, state:"success"}, ...]} one per key; FileVault: {Results: {resultText, copyField, state}}. recoveryKeyOutput makes one item per key. "No BitLocker recovery keys found for <GUID>" / "No FileVault recovery key found for <GUID>" (HTTP 200, no state) are reads that found nothing: the reader gives them status "notFound" (a result without copyField).',
		verdict: 'ok',
	},
	'intune:getLocalAdminPassword': {
		source: 'Endpoint/MEM/Invoke-ExecGetLocalAdminPassword.ps1; CIPPCore/Public/Get-CIPPLAPSPassword.ps1',
		reads: 'body guid (Entra device id), body TenantFilter (node sends both with that case).',
		clears: 'none',
		failure:
			'Always HTTP 200. Graph failure: {Results: "Could not retrieve LAPS password for <id>. Error: ..."} (caught: "error"). No password backed up: {Results: "No LAPS password found for <id>"} (Get-CIPPLAPSPassword.ps1:21) with no state and no error word.',
		async: 'none',
		refusals: [],
		output:
			'Found: {Results: {resultText: "LAPS password retrieved for <account>, generated at <date>. Copy the password by clicking the copy button", copyField: <password>, state: "success"}}; only the first credential (Select-Object -First 1): actionResult({secretField}). "No LAPS password found for <id>" (HTTP 200, no state) is a read that found nothing, not a refused action: the reader outputs {status: "notFound", message} without a password field.',
		verdict: 'fixed',
		note: 'Was: "No LAPS password found" came out as status "success" without a password. Now the item has status "notFound" (as Get Recovery Key does for its twin), tested with a device that has no LAPS backup.',
	},
	'intune:getManyAutopilotDevices': {
		source: 'Endpoint/Autopilot/Invoke-ListAPDevices.ps1',
		reads: 'query TenantFilter.',
		clears: 'none',
		failure: 'HTTP 403 with a one-element array of error text.',
		async: 'none',
		refusals: [],
		output: 'Bare array of windowsAutopilotDeviceIdentities ($top=999, all pages); `records` fits.',
		verdict: 'ok',
	},
	'intune:getManyAutopilotConfigs': {
		source: 'Endpoint/Autopilot/Invoke-ListAutopilotconfig.ps1',
		reads: 'query TenantFilter, query type (exactly "ApProfile" or "ESP", -eq is case-insensitive; anything else returns []).',
		clears: 'none',
		failure: 'HTTP 403 with a one-element array of error text.',
		async: 'none',
		refusals: [],
		output:
			'Bare array (profiles with $expand=assignments; ESP = deviceEnrollmentConfigurations filtered to windows10EnrollmentCompletionPageConfiguration); `records` fits.',
		verdict: 'ok',
	},
	'intune:assignAutopilotDevice': {
		source: 'Endpoint/Autopilot/Invoke-ExecAssignAPDevice.ps1',
		reads:
			'body tenantFilter, device (the Autopilot identity id, a string), user.addedFields.userPrincipalName AND user.addedFields.addressableUserName, serialNumber (message only).',
		clears:
			'Always sends {userPrincipalName, addressableUserName} to UpdateDeviceProperties (:20-24). The node never sends addressableUserName, so CIPP sends addressableUserName: null: the greeting name ("Welcome, <name>") is cleared/not set. CIPP\'s UI sends addressableUserName = the user\'s displayName.',
		failure: 'HTTP 400 {Results: "Could not assign <upn> to <device> for <tenant> Error: ..."}.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully assigned device: <id> with Serial: <serial> to  <upn> for <tenant>".',
		verdict: 'settled',
		note: 'Was: only userPrincipalName was sent, and CIPP writes addressableUserName (the greeting) as null when absent, clearing it. Now a new optional top-level field Greeting Name is sent as user.addedFields.addressableUserName (run hook); its description and the operation\'s say that left empty CIPP clears the greeting. Sandbox stores addressableUserName (null when absent). Test "Assign Autopilot Device sends the Greeting Name...".',
	},
	'intune:deleteAutopilotDevice': {
		source: 'Endpoint/Autopilot/Invoke-RemoveAPDevice.ps1',
		reads:
			'tenantFilter and ID from query, else body (:13-14). Without a tenant CIPP deletes in the partner tenant (:17-18); the node always sends one.',
		clears: 'none',
		failure:
			'Delete failure: HTTP 500 {Results: "Failed to delete device <id>: <error>"}. After the try/catch CIPP ALWAYS starts an Autopilot sync (:32) outside any try: if that throws (Intune allows one sync per 10 minutes; "too many requests") the whole call is HTTP 500 with the bare exception text, even though the device was deleted.',
		async: 'The sync it starts runs in Intune afterwards.',
		refusals: [],
		output:
			'actionResult(): "Deleted autopilot device <id>"; after a refused sync with the device gone: {status: "warning", message, followUp}.',
		verdict: 'settled',
		note: 'Was: the sync CIPP starts after the delete runs outside its try; a throttled sync (one per tenant per 10 minutes) made CIPP answer HTTP 500 although the device was gone. Now (run hook): on a failure the node reads ListAPDevices; if the device is gone the item is status "warning" with a followUp to sync later, otherwise CIPP\'s error stands. Description and README say so. Sandbox applies the shared 10-minute rule after the delete (HTTP 500 plain text). Test "Delete Autopilot Device right after a sync...".',
	},
	'intune:syncAutopilotDevices': {
		source: 'Endpoint/Autopilot/Invoke-ExecSyncAPDevices.ps1',
		reads: 'body tenantFilter, else query.',
		clears: 'none',
		failure: 'HTTP 403 {Results: "Failed to start sync for <tenant>. Did you try syncing in the last 10 minutes?"} for any Graph error.',
		async: 'Intune runs the sync in the background.',
		refusals: [],
		output: 'actionResult(): "Successfully Started Sync for <tenant>".',
		verdict: 'ok',
	},
	'intune:getManyApps': {
		source: 'Endpoint/Applications/Invoke-ListApps.ps1; CIPPCore/Public/Get-CIPPIntuneApplicationReport.ps1',
		reads: 'query TenantFilter, query UseReportDB (-eq $true: "true" works). AllTenants or UseReportDB read the report cache.',
		clears: 'none',
		failure:
			'Live: HTTP 403 with one-element error array. Cache: HTTP 500 ["No Intune application data found for <tenant>. Run a cache sync first."] (Get-CIPPIntuneApplicationReport.ps1:32).',
		async: 'none',
		refusals: [],
		output: 'Bare array of mobileApps with AppAssignment/AppExclude strings added; the cache adds Tenant. `records` fits.',
		verdict: 'ok',
	},
	'intune:assignApp': {
		source: 'Endpoint/Applications/Invoke-ExecAssignApp.ps1; CIPPCore/Public/Set-CIPPAssignedApplication.ps1',
		reads:
			'tenantFilter, ID, AssignTo, Intent, AppType, GroupNames, GroupIds from query else body; body assignmentMode, AssignmentFilterName, AssignmentFilterType, excludeGroup, ExcludeGroupIds, ExcludeGroupNames, assignmentDirection (:16-29). AssignTo AllUsers/AllDevices/AllDevicesAndUsers are broad targets, anything else is a comma list of group names matched with -like.',
		clears: 'assignmentMode "replace" replaces all assignments (the field says so); an exclude-only replace is forced to append (:84-89).',
		failure:
			'HTTP 500 {Results: "Could not assign application <id> to <group>. Error: ..."} e.g. "No matching groups resolved for assignment request. Searched for: ..." (Set-CIPPAssignedApplication.ps1:132); missing target throws "No assignment target provided..." outside the try (HTTP 500 plain text).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Assigned Application <id> to <target>" (+ excluding group ...).',
		verdict: 'settled',
		note: 'Field mapping is right (sample #7). CIPP drops an unknown Assignment Filter name (log only) and Exclude Groups names that match no group, and answers the normal success text. Now the Assignment Filter and Exclude Groups descriptions say so (and point to Exclude Group IDs), README line; an item with no target and no exclusion is refused before sending (CIPP would throw "No assignment target provided"). Tests "Assign App and Assign Policy say that CIPP ignores..." and "Assign Policy or Assign App with no target...". The sandbox models assignment filters as Set-CIPPAssignedApplication / Set-CIPPAssignedPolicy do: a name matched (-like) against the tenant\'s filters goes on every include target with its type; an unknown name is dropped and the assignment still succeeds (test "Assign App with an Assignment Filter").',
	},
	'intune:deleteApp': {
		source: 'Endpoint/Applications/Invoke-RemoveApp.ps1',
		reads: 'tenantFilter and ID from query, else body. No ID: `exit` (:19) with no response (node always sends ID).',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to delete app with <id>. Error: ..."}.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully deleted app with <id>".',
		verdict: 'ok',
	},
	'intune:addChocoApp': {
		source:
			'Endpoint/Applications/Invoke-AddChocoApp.ps1; CIPPActivityTriggers/.../Applications/Push-UploadApplication.ps1; CIPPCore/Public/New-CIPPIntuneAppDeployment.ps1',
		reads:
			"body PackageName (required, ^[A-Za-z0-9][A-Za-z0-9._-]*$), ApplicationName, description, InstallAsSystem (truthy -> system, ELSE user, :41), DisableRestart, customrepo, customArguments, AssignTo (customGroup -> CustomGroup), excludeGroup, InstallationIntent, selectedTenants[] (.customerId checked against the caller's allowed tenants, .defaultDomainName used as the tenant, :57-58).",
		clears:
			'Not sending InstallAsSystem means runAsAccount "user" (:41) although the node\'s editor default for Install As System is true (fields.ts:238, sent only when added). InstallationIntent true is deployed as intent **Uninstall** (New-CIPPIntuneAppDeployment.ps1:222; CIPP\'s UI labels the switch "Mark for Uninstallation"), not "available".',
		failure:
			'HTTP 400 {Results: "PackageName is required."} / "Invalid PackageName ..."; per tenant "Failed adding Choco App for <tenant> to queue" (HTTP 200, caught by "failed"). No allowed tenant: {Results: null} (handled by queuedAppOutput).',
		async:
			"Queued in CIPP's apps table; deployed by the 12-hourly orchestrator or Process App Queue. Tenants the API client may not manage are skipped silently (only the others get a line).",
		refusals: [],
		output:
			'queuedAppOutput: status "queued" with one "Successfully added Choco App for <tenant> to queue." per tenant. AssignTo allLicensedUsers is sent as AllUsers.',
		verdict: 'fixed',
		note: 'Was: "Available Only" (InstallationIntent=true) is deployed by CIPP as an UNINSTALL assignment; "All Licensed Users" (allLicensedUsers) is a target Set-CIPPAssignedApplication does not know, so the app was left unassigned in the background; Install As System left out means user context. Now: the field is labelled "Mark for Uninstall" and says the assignment becomes Uninstall (parameter name unchanged); All Licensed Users is sent as AllUsers; Install As System says what CIPP does when it is not added. Sandbox deploys InstallationIntent as Uninstall and no longer converts allLicensedUsers; tests "Mark for Uninstall..." and "All Licensed Users for a new app is sent as AllUsers".',
	},
	'intune:addStoreApp': {
		source: 'Endpoint/Applications/Invoke-AddStoreApp.ps1; Push-UploadApplication.ps1; New-CIPPIntuneAppDeployment.ps1',
		reads:
			'body ApplicationName, description, PackageName (packageIdentifier), InstallAsSystem (absent -> system, :20), AssignTo/CustomGroup, InstallationIntent, selectedTenants[] (.customerId/.defaultDomainName). excludeGroup is not read (the node does not offer it).',
		clears: 'InstallationIntent true -> intent Uninstall at deployment (New-CIPPIntuneAppDeployment.ps1:222).',
		failure: 'Per tenant "Failed to add Store App for <tenant> to queue" (HTTP 200, caught). No allowed tenant: {Results: null} (handled).',
		async: 'Queued; deployed later. Disallowed tenants skipped silently.',
		refusals: [],
		output: 'queuedAppOutput; fits. AssignTo allLicensedUsers is sent as AllUsers.',
		verdict: 'fixed',
		note: 'Was: "Available Only" became an Uninstall assignment; "All Licensed Users" failed at deployment. Now: "Mark for Uninstall" label and description say so; All Licensed Users is sent as AllUsers (same tests as Add Choco App).',
	},
	'intune:addMspApp': {
		source: 'Endpoint/Applications/Invoke-AddMSPApp.ps1; CIPPCore/Public/Get-CIPPMSPAppInstallCommand.ps1',
		reads:
			"body RMMName.value (node sends {value,label}; one of datto, ninja, Huntress, syncro, NCentral, automate, cwcommand), DisplayName, params (per agent: DattoURL/DattoGUID, Orgkey/AccountKey, ClientURL, Server/InstallerToken/LocationID; each a string or an object keyed by the tenant's customerId), PackageName (ninja, NCentral), AssignTo/CustomGroup, excludeGroup, selectedTenants[].",
		clears:
			"none, but a missing params key or a keyed object without an entry for the tenant resolves to '' (Get-CIPPMSPAppInstallCommand.ps1:43-52): the agent is queued with empty install arguments.",
		failure:
			'HTTP 400 {Results: ["Unknown MSP app type ..."]}; per tenant "Failed to add MSP app for <tenant> to queue"; all failed -> HTTP 500, some -> HTTP 207 (caught by the text).',
		async: 'Queued; deployed later. Disallowed tenants skipped silently.',
		refusals: [],
		output: "queuedAppOutput; fits. The queued row's cmdLine (Get Many Queued Apps) shows the resolved install values.",
		verdict: 'fixed',
		note: 'Was: values keyed by tenant ID resolved to empty for tenants given by domain, and missing keys were never refused, so the agent was queued without its keys. Now (run hook, before sending): each agent\'s keys must be in Install Parameters (Huntress Orgkey+AccountKey, Datto DattoURL+DattoGUID, Syncro/ScreenConnect ClientURL, Automate Server+InstallerToken+LocationID; NinjaOne/N-central Package Name); a keyed value is refused unless every tenant is given by ID and has its key. All Licensed Users is sent as AllUsers. Sandbox builds the command line like Get-CIPPMSPAppInstallCommand; test "Add MSP App: values keyed by tenant ID...".',
	},
	'intune:addOfficeApp': {
		source: 'Endpoint/Applications/Invoke-AddOfficeApp.ps1; CIPPCore/Public/Get-CIPPOfficeAppBody.ps1; Set-CIPPAssignedApplication.ps1',
		reads:
			'body selectedTenants[] (.customerId/.defaultDomainName), AssignTo/CustomGroup, excludeGroup, and for the body: AcceptLicense, excludedApps[] (.value or string), arch (truthy -> x64 ELSE x86), languages[], RemoveVersions, updateChannel (.value or string), SharedComputerActivation, useCustomXml + customXml.',
		clears:
			"arch not sent -> 32-bit Office (Get-CIPPOfficeAppBody.ps1:118) although the node's 64-Bit default is true (sent only when added). updateChannel not sent -> null in the Graph body.",
		failure:
			'Always HTTP 200. Per tenant "Failed to add Office App for <tenant>: <error>" (caught). "Office deployment already exists for <tenant>" (:32) when the tenant has any officeSuiteApp: nothing done, no state, no error word. No allowed tenant: Results is $null and the answer is {Results: null}.',
		async: 'none (created directly). Assignment intent is always Required.',
		refusals: ['Office deployment already exists for'],
		output:
			'officeOutput: one message per tenant (messages); all skipped -> failure; some skipped -> status "warning" + skipped[]; {Results: null} -> failure.',
		verdict: 'fixed',
		note: 'Was: no allowed tenant ({Results: null}) and "Office deployment already exists" (nothing done) were both success; 64-Bit left out gives 32-bit; All Licensed Users made the assignment fail after the app was created. Now: an empty answer fails the item (emptyMeans); "already exists" is a refusal: the item fails when every tenant was skipped, and is status "warning" with `skipped` listing them when some tenants were created; All Licensed Users is sent as AllUsers; the 64-Bit description says CIPP installs 32-bit when the field is not added. Tests "Add Office App: a tenant that already has Office..." and "...an answer without any tenant...".',
	},
	'intune:getManyQueuedApps': {
		source: 'Endpoint/Applications/Invoke-ListApplicationQueue.ps1',
		reads: 'nothing (no tenant: every queued row of every tenant).',
		clears: 'none',
		failure: 'none handled (table errors would be unhandled HTTP 500).',
		async: 'none',
		refusals: [],
		output:
			"Bare array of {tenantName, applicationName, cmdLine, assignTo, id (RowKey), status}; Choco rows have no status (null). `records` fits. Not filtered by the API client's allowed tenants.",
		verdict: 'ok',
	},
	'intune:deleteQueuedApp': {
		source: 'Endpoint/Applications/Invoke-RemoveQueuedApp.ps1',
		reads: 'body ID (ConvertTo-CIPPODataFilterValue -Type Guid).',
		clears: 'none',
		failure:
			'HTTP 403 {Results: "Failed to remove application queue for <id>. <error>"} (unknown ID: Remove-CIPPAzDataTableEntity gets $null and throws).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Removed application queue for <id>."',
		verdict: 'ok',
	},
	'intune:processAppQueue': {
		source:
			'Endpoint/Applications/Invoke-ExecAppUpload.ps1; CIPPCore/.../Start-ApplicationOrchestrator.ps1; CIPPActivityTriggers/.../Applications/Push-GetApplicationQueue.ps1, Push-UploadApplication.ps1',
		reads: 'nothing.',
		clears:
			'Each queued row (except AllTenants rows) is REMOVED from the queue before its deployment is tried (Push-UploadApplication.ps1:19-21); a failed deployment is only in the logbook.',
		failure: 'HTTP 200 {Results: "Failed to start application upload. Error: ..."} (caught).',
		async: 'Starts an orchestrator; answers "Application upload job has started. Track the logbook for results." at once.',
		refusals: [],
		output: 'actionResult({queued}); the followUp says rows leave the queue when CIPP starts deploying them, failed or not.',
		verdict: 'settled',
		note: 'CIPP removes each row before deploying it; failures are only in the logbook. Now the description and followUp say that rows leave the queue failed or not, and to check Get Many Apps and the logbook; README line. Sandbox removes every row before deploying it (failed ones too). Test "Process App Queue empties the queue even when a deployment fails...".',
	},
	'intune:getManyPolicies': {
		source: 'Endpoint/MEM/Invoke-ListIntunePolicy.ps1; CIPPCore/Public/Get-CIPPIntunePolicyListDefinitions.ps1',
		reads:
			'query TenantFilter, ID, URLName, DefinitionIds, UseReportDB (-eq $true), IncludeSettingDefinitions ([Convert]::ToBoolean, outside the try).',
		clears: 'none',
		failure: 'HTTP 403 with one-element error array; cache: HTTP 500 with the text.',
		async: 'none',
		refusals: [],
		output:
			"List: bare array of policies with URLName = DeviceConfigurations, ConfigurationPolicies, GroupPolicyConfigurations, deviceCompliancePolicies, ManagedAppPolicies, MobileAppConfigurations, Intents, Windows*Update* ...; by ID: one object in an array; `records` fits. By ID with URLName managedAppPolicies (an option the node offers) CIPP requests deviceManagement/managedAppPolicies('id') (:170), which is under deviceAppManagement: it always fails (403). Policy ID without Policy Type (both optional) requests deviceManagement/('id') and fails. Linux settings-catalog policies are filtered out (:211), so a Linux policy by ID answers [] (no item, no error).",
		verdict: 'settled',
		note: 'Was: Policy ID without Policy Type, and App Protection by ID, always failed in CIPP; a Linux policy by ID gives no item. Now (run hook) both are refused before sending with what to do instead; the description says Linux Settings Catalog policies are never returned, README line. Sandbox: by ID without URLName or with managedAppPolicies fails (HTTP 403), a Linux policy by ID answers []. Test "Get Many Policies by Policy ID needs a Policy Type...".',
	},
	'intune:addPolicy': {
		source:
			'Endpoint/MEM/Invoke-AddPolicy.ps1; CIPPCore/Public/Set-CIPPIntunePolicy.ps1; Get-CIPPIntunePolicyName.ps1; Set-CIPPAssignedPolicy.ps1',
		reads:
			'body tenantFilter (.value or string; AllTenants expands), displayName, Description, AssignTo ("on" -> none), customGroup (when present it REPLACES AssignTo, :29), excludeGroup, AssignmentFilterName/AssignmentFilterType, RAWJson (string), TemplateType, replacemap, ReusableSettings, TemplateID/TemplateId/TemplateGuid.',
		clears:
			"Without TemplateID/ReusableSettings CIPP looks up a stored Intune template whose Displayname equals displayName and, if found, REPLACES RAWJson with the template's (:41-50) (sample #8). For Catalog and the Windows update types the policy name comes from the JSON payload (Get-CIPPIntunePolicyName), not from displayName, and Catalog never sets Description. An existing policy of that name/type is overwritten (Catalog: PUT, Device: PATCH).",
		failure:
			'Always HTTP 200; per tenant "Failed to add or set policy for <tenant> with display name <name>: <error>" (caught by "failed"). Set-CIPPAssignedPolicy failures (e.g. "No groups found matching the specified name(s): ... Policy not assigned.") are rethrown into that text.',
		async:
			'none. Silently skipped: an Assignment Filter name that matches no filter ("Policy assigned without filter", log only); Exclude Groups names that match no group; broad targets the policy type cannot take ("Skipped the ... target", log only).',
		refusals: [],
		output:
			'actionResult(): {Results: [...]} with "Successfully assigned group ..." (when assigned) and "Successfully added|edited policy for <tenant> with display name <name>".',
		verdict: 'settled',
		note: 'Sample #8 and more. Now: a Custom Group with an Assign To other than Custom Group is refused before sending (CIPP would assign only the group); the operation and Display Name descriptions say that a CIPP template of exactly that name replaces Policy JSON, and that Settings Catalog / Windows update policies are named and matched by the name inside the JSON (Catalog ignores Description); Exclude Groups and Assignment Filter say unknown names are dropped silently; README lines. Sandbox: swaps in a stored template by Displayname, names Catalog and update policies from the payload, leaves Catalog without Description. Tests "Add Policy: a Custom Group with another Assign To is refused..." and "Add Policy (sandbox as CIPP): a template of the same Display Name replaces the JSON...". Not read first: the node does not look up ListIntuneTemplates to warn about a same-name template (documented instead).',
	},
	'intune:assignPolicy': {
		source: 'Endpoint/MEM/Invoke-ExecAssignPolicy.ps1; CIPPCore/Public/Set-CIPPAssignedPolicy.ps1',
		reads:
			'body tenantFilter, ID, Type (the policy\'s URLName; app protection singular types mapped to plural, Set-CIPPAssignedPolicy.ps1:24-30), AssignTo ("on" -> none), platformType, excludeGroup, ExcludeGroupIds, ExcludeGroupNames, GroupIds, GroupNames, assignmentMode, assignmentDirection, AssignmentFilterName, AssignmentFilterType.',
		clears: 'assignmentMode replace replaces all assignments (said by the field); exclude-only replace forced to append (:74-78).',
		failure:
			'HTTP 500 {Results: "<exception>"}, e.g. "No groups found matching the specified name(s): X. Policy not assigned." or "Failed to assign X to Policy <id>. Error: ...". No target at all: HTTP 200 {Results: "No assignments specified. No action taken."} (:129-131).',
		async:
			'none. Silently skipped: unmatched assignment filter name (log warning only), unmatched exclude group names, broad targets a type cannot take (log only).',
		refusals: ['No assignments specified\\. No action taken'],
		output: 'actionResult(): "Successfully assigned group ... on Policy <id>" etc.',
		verdict: 'fixed',
		note: 'Was: with no target CIPP answers HTTP 200 "No assignments specified. No action taken." and the node reported success. Now: an item with none of Assign To, Group IDs, Exclude Groups, Exclude Group IDs is refused before sending (run hook), and the refusal text is caught too. Unknown filter and exclude-group names, which CIPP drops silently, are named in the field descriptions. Tests "Assign Policy or Assign App with no target..." and "...say that CIPP ignores filter and group names...".',
	},
	'intune:deletePolicy': {
		source: 'Endpoint/MEM/Invoke-RemovePolicy.ps1; CIPPCore/Public/Get-CIPPIntunePolicyGraphPath.ps1',
		reads:
			'tenantFilter, ID, URLName from query else body. URLName is mapped to the Graph collection (managedAppPolicies -> deviceAppManagement/managedAppPolicies, else deviceManagement/<URLName>). No ID: `exit` (node always sends it).',
		clears: 'none',
		failure: 'HTTP 403 {Results: "Could not delete policy: <error>"}.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully deleted the <URLName> policy with ID: <id>".',
		verdict: 'ok',
	},
	'intune:getManyTemplates': {
		source: 'Endpoint/MEM/Invoke-ListIntuneTemplates.ps1',
		reads: 'query View (any non-empty value), mode ("Tag"), ID (filters on guid). View wins over mode.',
		clears: "The first call imports CIPP's built-in templates into the table (:14-29), a side effect of a read.",
		failure: 'none handled.',
		async: 'none',
		refusals: [],
		output:
			'Body is ConvertTo-Json text of an array (:163): plain: stored template objects {Displayname, Description, RAWJson (string), Type, GUID=RowKey}; View: the parsed policy JSON + displayName/description/Type/GUID/package/isSynced/source/reusableSettings/usage; Tag: {label, value, type, templateCount, templates}. The node parses the text; `records` fits. mode=Tag with ID filters on guid, which tag rows lack: no items.',
		verdict: 'ok',
	},
	'intune:getManyScripts': {
		source: 'Endpoint/MEM/Invoke-ListIntuneScript.ps1',
		reads: 'query tenantFilter, UseReportDB (-eq $true). AllTenants/UseReportDB read Get-CIPPIntuneScriptReport (HTTP 500 on failure).',
		clears: 'none',
		failure:
			"Live: a script type whose bulk sub-request failed (e.g. deviceHealthScripts refused on a tenant without the licence remediations need) becomes a row {scriptType, displayName: <Graph error message>} in an HTTP 200 answer (:76-85). When the whole bulk request fails the catch only logs (:66-69); every type then takes the error branch with a null message, and `Test-Json $null` cannot bind its mandatory -Json, so the answer is most likely an unhandled HTTP 500 with PowerShell's binding error (inferred, not run).",
		async: 'none',
		refusals: [],
		output:
			'scriptRecords: bare array of scripts (+scriptType, ScriptAssignment, ScriptExclude), one item each. A row without id that has scriptType and displayName is CIPP\'s per-type error: it is left out and replaced by an item {status: "warning", scriptType, message: "CIPP could not list the <type> scripts: <error>"}; when every row is one, the item fails.',
		verdict: 'fixed',
		note: 'Was: per-type error rows were output as scripts. Now they are warning items (see output). Sandbox: a tenant without the remediation licence (fabrikam) gets the Remediation error row; a whole failure is HTTP 500 plain text. Test "Get Many Scripts: a script type CIPP could not list...".',
	},
	'intune:deleteScript': {
		source: 'Endpoint/MEM/Invoke-RemoveIntuneScript.ps1',
		reads:
			'body TenantFilter, ID, ScriptType (Windows -> deviceManagementScripts, MacOS -> deviceShellScripts, Remediation -> deviceHealthScripts, Linux -> configurationPolicies; anything else -> $null URI, which throws), DisplayName (message only).',
		clears: 'none',
		failure: 'HTTP 403 {Results: "Failed to delete <type> script <name>. Error: ..."}.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Deleted <type> script <name> with ID: <id>".',
		verdict: 'ok',
	},
	'intune:getManyCompliancePolicies': {
		source: 'Endpoint/MEM/Invoke-ListCompliancePolicies.ps1',
		reads: 'query tenantFilter, UseReportDB (-eq $true; "true" matches) (:17-19).',
		clears: 'none',
		failure:
			'Live: HTTP 403 with a one-element array holding the normalized Graph error (:104-108). AllTenants or UseReportDB: HTTP 500 with the exception text in a one-element array (:25-27).',
		async: 'none (AllTenants and UseReportDB read the report database CIPP fills on its own schedule).',
		refusals: [],
		output:
			'Bare array of deviceCompliancePolicies with assignments, plus PolicyTypeName, PolicyAssignment, PolicyExclude (group names joined by ", ") (:93-95); report rows carry Tenant. `recordsOrFail` gives one item per policy.',
		verdict: 'ok',
	},
	'intune:getManyAppProtectionPolicies': {
		source: 'Endpoint/MEM/Invoke-ListAppProtectionPolicies.ps1',
		reads: 'query tenantFilter, UseReportDB (:17-19).',
		clears: 'none',
		failure: 'As ListCompliancePolicies: live 403 [text]; report path 500 [text] (:24-27, :186-189).',
		async: 'none',
		refusals: [],
		output:
			'managedAppPolicies and mobileAppConfigurations combined, sorted by displayName, each with PolicyTypeName, URLName, PolicySource, PolicyAssignment, PolicyExclude (:170-183). `recordsOrFail`.',
		verdict: 'ok',
	},
	'intune:getDevice': {
		source: 'Endpoint/MEM/Invoke-ListDeviceDetails.ps1',
		reads: 'query tenantFilter, DeviceID, else DeviceSerial and/or DeviceName (:15-18); the node sends exactly one of them.',
		clears: 'none',
		failure:
			'HTTP 403 with the normalized Graph error as a bare string (:84-88), e.g. an unknown DeviceID. No match, or several devices of that serial/name: HTTP 200 with an empty body (:47-49).',
		async: 'none',
		refusals: [],
		output:
			'One managedDevice object plus DetectedApps (id, displayName, version), CompliancePolicies (id, displayName, UserPrincipalName, state) and DeviceGroups (:74-76). `singleRecord` turns the empty answer into a "not found (exactly one match)" failure, as the description warns.',
		verdict: 'ok',
	},
	'intune:getManyDetectedApps': {
		source: 'Endpoint/Applications/Invoke-ListDetectedApps.ps1',
		reads: 'query tenantFilter, DeviceID (one device, else the tenant), includeDevices (-eq $true) (:13-16).',
		clears: 'none',
		failure: 'HTTP 200 with the normalized Graph error as the only array element (:73-76): `recordsOrFail` fails the item with it.',
		async: 'none',
		refusals: [],
		output: 'Bare array of detectedApp objects; with includeDevices each has managedDevices (:56-64). One item per app.',
		verdict: 'ok',
	},
	'intune:getManyDetectedAppDevices': {
		source: 'Endpoint/Applications/Invoke-ListDetectedAppDevices.ps1',
		reads:
			'query tenantFilter, AppID (:13-14); without AppID CIPP answers HTTP 200 ["AppID parameter is required"] (:21, :33-35), which the required picker prevents.',
		clears: 'none',
		failure: 'HTTP 200 with the normalized error text as the only element (:32-35): `recordsOrFail` fails the item.',
		async: 'none',
		refusals: [],
		output: 'Bare array of managedDevice objects. Detected-app IDs are not GUIDs, so the picker takes any text.',
		verdict: 'ok',
	},
	'intune:getAppInstallStatus': {
		source: 'Endpoint/Applications/Invoke-ListAppStatus.ps1',
		reads: "query tenantFilter, AppFilter (pasted into the report filter ApplicationId eq '<AppFilter>') (:13-17).",
		clears: 'none',
		failure: 'HTTP 403 with the normalized Graph error in a one-element array (:21-25).',
		async: 'none',
		refusals: [],
		output:
			"One Graph report object {TotalRowCount, Schema: [{Column}], Values: [[...]]} in an array. `reportRows` (shared/intune) turns each Values row into one item keyed by the Schema's column names; an app on no device gives no items.",
		verdict: 'ok',
	},
	'intune:getManyAndroidEnrollmentProfiles': {
		source: 'Endpoint/MEM/Invoke-ListAndroidEnrollmentProfiles.ps1',
		reads: 'query tenantFilter ?? body tenantFilter (:15).',
		clears: 'none',
		failure: 'HTTP 500 {Results: "Failed to list Android enrollment profiles: <error>"} (:43-48).',
		async: 'none',
		refusals: [],
		output: '{Results: [profiles]} with token fields filled for AOSP profiles (:22-38). `resultRecords`.',
		verdict: 'ok',
	},
	'intune:getManyAppleEnrollmentProfiles': {
		source: 'Endpoint/MEM/Invoke-ListAppleEnrollmentProfiles.ps1',
		reads: 'query tenantFilter ?? body tenantFilter (:15).',
		clears: 'none',
		failure:
			'HTTP 500 {Results: "Failed to list Apple ADE enrollment profiles: <error>"} (:70-75). A token whose profiles fail to load is skipped with only a log entry (:57-60).',
		async: 'none',
		refusals: [],
		output:
			'{Results: {Tokens, Profiles}} (:62-68); each profile carries platform, tokenId, tokenName, appleIdentifier, tokenExpirationDateTime, tokenType. The node gives one item per profile.',
		verdict: 'ok',
	},
	'intune:syncVppTokens': {
		source: 'Endpoint/Applications/Invoke-ExecSyncVPP.ps1',
		reads: 'body tenantFilter (:13).',
		clears: 'none',
		failure: 'HTTP 403 {Results: "Failed to start VPP sync"} (:33-38), without the cause.',
		async: 'Graph syncLicenses per valid token: Intune syncs in the background. "Successfully started VPP sync for N tokens" (:29).',
		refusals: ['^No VPP tokens found$'],
		output: 'actionResult({queued}) with a followUp; "No VPP tokens found" (HTTP 200, no state, :19) fails the item.',
		verdict: 'ok',
	},
	'intune:syncAppleDevices': {
		source: 'Endpoint/MEM/Invoke-ExecSyncDEP.ps1',
		reads: 'body tenantFilter (:15).',
		clears: 'none',
		failure: 'HTTP 403 {Results: "Failed to start Apple Business Manager device sync"} (:38-43).',
		async: 'syncWithAppleDeviceEnrollmentProgram per connection; Intune imports in the background.',
		refusals: ['^No Apple Business Manager connections found$'],
		output: 'actionResult({queued}); "No Apple Business Manager connections found" (HTTP 200, :20, :31) fails the item.',
		verdict: 'ok',
	},
	'intune:runPasscodeAction': {
		source: 'Endpoint/MEM/Invoke-ExecDevicePasscodeAction.ps1',
		reads: 'body Action (pasted into the Graph URL; the node offers resetPasscode and removeDevicePasscode), GUID, tenantFilter (:14-16).',
		clears: 'removeDevicePasscode removes the passcode requirement, as the option says.',
		failure: 'HTTP 500 {Results: "Failed to execute <Action> on device <GUID> : <error>"} (:42-47).',
		async:
			'resetPasscode: "Passcode reset successfully. New passcode: X" when Graph answers a value, else "Passcode reset queued for device ..." (:21-27).',
		refusals: [],
		output: 'actionResult() plus passcode (the new passcode when CIPP names it) and status "queued" when CIPP says it is queued.',
		verdict: 'ok',
	},
	'intune:searchBitlockerKeys': {
		source: 'Endpoint/MEM/Invoke-ExecBitlockerSearch.ps1; CIPPCore/Public/Search-CIPPBitlockerKeys.ps1',
		reads:
			'query ?? body keyId, deviceId, limit, tenantFilter (:16-22). keyId wins over deviceId (:46-51); neither is HTTP 400 {error} (:52-58), which the required field prevents. No tenantFilter: every tenant the client may see (:24-38).',
		clears: 'none',
		failure:
			'HTTP 403 {error: "Access denied to tenant: X"} (:29-33), HTTP 500 {error: "Failed to search for BitLocker keys: ..."} (:101-109).',
		async: "none (searches CIPP's cached BitLocker key records, which may be hours old).",
		refusals: [],
		output: '{Results: [{tenant, keyId, deviceId, deviceName, ...}], Count} (:80-98), without the key itself. `resultRecords`.',
		verdict: 'ok',
	},
	'intune:getManyAssignmentFilters': {
		source: 'Endpoint/MEM/Invoke-ListAssignmentFilters.ps1',
		reads: 'query tenantFilter, filterId, UseReportDB (-eq $true) (:16-19).',
		clears: 'none',
		failure:
			'Live: HTTP 500 with an EMPTY array, the cause only logged (:43-47); the node reports the HTTP 500. Report path: HTTP 500 with the exception text (:24-26).',
		async: 'none (AllTenants/UseReportDB read the report database; a filterId is always read live, :21).',
		refusals: [],
		output: 'Bare array of assignmentFilter objects (or the one filter). `records`.',
		verdict: 'ok',
	},
	'intune:createAssignmentFilter': {
		source: 'Endpoint/MEM/Invoke-AddAssignmentFilter.ps1; CIPPCore/Public/New-CIPPAssignmentFilter.ps1',
		reads:
			'body tenantFilter (list of {value,label}; .value of each, :14), and the whole body as the filter: displayName, description (?? ""), platform, rule, assignmentFilterManagementType (?? "devices").',
		clears: 'none',
		failure:
			'Per tenant "Failed to create assignment filter <name> for <tenant>: ..." in Results; the HTTP status is the LAST tenant\'s (:24, :30), so an earlier failure can come with HTTP 200: actionResult fails the item on any "Failed" line.',
		async: 'none',
		refusals: [],
		output: 'actionResult(): one line per tenant; the description warns that CIPP does not check for an existing filter of that name.',
		verdict: 'settled',
		note: 'CIPP creates a second filter of the same name when run twice (no lookup); the description says so.',
	},
	'intune:updateAssignmentFilter': {
		source: 'Endpoint/MEM/Invoke-EditAssignmentFilter.ps1',
		reads:
			'body tenantFilter, filterId (required, :16-23), displayName and rule (only if not blank), description (if present, even empty) (:28-40). Platform and type cannot change.',
		clears: 'An empty description would clear it; the node sends a field only when it is given.',
		failure: 'HTTP 500 {Results: "Failed to update assignment filter: <error>"} (:48-53).',
		async: 'none',
		refusals: [],
		output:
			'actionResult(): "Successfully updated assignment filter <displayName>" (the name part is empty when not renamed). With nothing to change CIPP PATCHes {} and still reports success: the node refuses that before sending (run hook).',
		verdict: 'settled',
		note: 'An update without Display Name, Description or Rule is refused before sending (test "Update Assignment Filter without a change is refused").',
	},
	'intune:deleteAssignmentFilter': {
		source: 'Endpoint/MEM/Invoke-ExecAssignmentFilter.ps1',
		reads: 'query TenantFilter ?? body tenantFilter (:16), body ID, Action (constant "Delete"; the only action, :24-33).',
		clears: 'Deletes the filter (Graph refuses while an assignment uses it).',
		failure: 'HTTP 500 {Results: "Failed to execute assignment filter action: <error>"} (:38-43).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully deleted assignment filter".',
		verdict: 'ok',
	},
	'intune:createAssignmentFilterTemplate': {
		source: 'Endpoint/MEM/Invoke-AddAssignmentFilterTemplate.ps1',
		reads:
			'body displayName, description, platform, rule, assignmentFilterManagementType (?? devices), GUID (?? new) (:14-35). The node never sends GUID (a new template each time).',
		clears: 'none',
		failure:
			'Every failure (missing field, storage) is HTTP 200 {Results: "Assignment Filter Template Creation failed: <text>"} (:50-53, :57-60): no state and no leading error word.',
		async: 'none',
		refusals: ['^Assignment Filter Template Creation failed'],
		output: 'actionResult(): "Successfully added template".',
		verdict: 'ok',
	},
	'intune:getManyAssignmentFilterTemplates': {
		source: 'Endpoint/MEM/Invoke-ListAssignmentFilterTemplates.ps1',
		reads: 'query ID (:13).',
		clears: 'none',
		failure: 'none (HTTP 200 always).',
		async: 'none',
		refusals: [],
		output: 'Bare array of {displayName, description, platform, rule, assignmentFilterManagementType, GUID}, sorted by name. `records`.',
		verdict: 'ok',
	},
	'intune:deleteAssignmentFilterTemplate': {
		source: 'Endpoint/MEM/Invoke-RemoveAssignmentFilterTemplate.ps1',
		reads: 'query ID ?? body ID (:15).',
		clears: 'Deletes the template row.',
		failure:
			'HTTP 500 {Results: "Failed to remove assignment filter template <ID>: <error>"} (:28-33), also for an unknown ID (Remove-CIPPAzDataTableEntity gets $null).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Removed Assignment Filter Template with ID <ID>".',
		verdict: 'ok',
	},
	'intune:createTemplate': {
		source: 'Endpoint/MEM/Invoke-AddIntuneTemplate.ps1; CIPPCore/Public/New-CIPPIntuneTemplate.ps1',
		reads:
			'With body RawJSON: displayName (required), description, RawJSON (must parse), TemplateType (:16-28). Without: tenantFilter, URLName, ID, ODataType from body ?? query (:43-47), the policy read from Graph; ODataType picks the App Protection collection (New-CIPPIntuneTemplate:41-53).',
		clears: 'none (always a new GUID).',
		failure:
			'HTTP 500 {Results: "Intune Template Deployment failed: "} (:72-76): CIPP reads $ErrorMessage.NormalizedMessage, which Get-CippException does not set, so the cause is always missing.',
		async: 'none',
		refusals: [],
		output:
			'actionResult(): "Successfully added template". The node shows only the fields of the chosen Source (the other mode\'s fields are never sent).',
		verdict: 'ok',
	},
	'intune:deleteTemplate': {
		source: 'Endpoint/MEM/Invoke-RemoveIntuneTemplate.ps1',
		reads: 'query ID ?? body ID (:15).',
		clears: 'Deletes the template row (policies deployed from it stay).',
		failure:
			'HTTP 500 {Results: "Failed to remove Intune template <ID>: <error>"} (:30-35). Unknown ID: HTTP 200 "The template with ID <ID> has already been deleted." (:25).',
		async: 'none',
		refusals: ['has already been deleted\\.$'],
		output:
			'actionResult(): "Removed Intune Template with ID <ID>."; the "already been deleted" answer fails the item (nothing matched the ID).',
		verdict: 'ok',
	},
	'intune:getManyAppTemplates': {
		source: 'Endpoint/Applications/Invoke-ListAppTemplates.ps1',
		reads: 'query ID (:35).',
		clears: 'none',
		failure: 'none (rows that do not parse are skipped silently, :31).',
		async: 'none',
		refusals: [],
		output: 'JSON text (ConvertTo-Json) of [{displayName, description, appCount, appTypes, appNames, Apps, GUID}]. `parsedRecords`.',
		verdict: 'ok',
	},
	'intune:createAppTemplate': {
		source: 'Endpoint/Applications/Invoke-AddAppTemplate.ps1',
		reads:
			'body displayName (required), apps (list of {appType, appName, config}; config kept as JSON text), description (?? ""), GUID (overwrites that template if it exists, else a new GUID silently) (:15-45).',
		clears: 'Replacing a template (Replace Template ID) replaces all its apps.',
		failure: 'HTTP 500 {Results: "Failed to add app template: <error>"} (:62-67).',
		async: 'none',
		refusals: [],
		output:
			'actionResult(): "Successfully saved app template \'<name>\' with N app(s)". CIPP accepts any appType and only fails at deployment ("Unknown app type"); the node checks the list\'s shape and appType first.',
		verdict: 'settled',
		note: 'An unknown GUID silently saves a new template: the field description says so.',
	},
	'intune:deployAppTemplate': {
		source: 'Endpoint/Applications/Invoke-ExecDeployAppTemplate.ps1',
		reads:
			"body templateId, selectedTenants (defaultDomainName, customerId), AssignTo and customGroup (override each app's own, :47-63). Each app goes to Invoke-Add<Type>App with its stored config (:72-79).",
		clears: 'none',
		failure:
			'"Failed to deploy app template: Template not found" HTTP 500 (:103-107). Per app "Failed \'<name>\': <error>" inside an HTTP 200 (:94-98): actionResult fails the item on it.',
		async: "Each app is queued (CIPP's app queue), deployed later; the Add*App endpoints skip tenants the client may not manage.",
		refusals: [],
		output:
			'queuedAppOutput (shared/intune): status "queued" with a followUp; an empty Results fails the item. All Licensed Users is sent as AllUsers (what app assignment understands).',
		verdict: 'ok',
	},
	'intune:deleteAppTemplate': {
		source: 'Endpoint/Applications/Invoke-RemoveAppTemplate.ps1',
		reads: 'body ID ?? query ID (:15).',
		clears: 'Deletes the template row.',
		failure: 'HTTP 500 {Results: "Failed to remove app template: <error>"} (:29-34). Unknown ID: HTTP 200 "Template not found" (:26).',
		async: 'none',
		refusals: ['^Template not found$'],
		output: 'actionResult(): "Successfully removed app template"; "Template not found" fails the item.',
		verdict: 'ok',
	},
	'intune:updatePolicy': {
		source: 'Endpoint/MEM/Invoke-EditIntunePolicy.ps1',
		reads:
			'body tenantFilter, ID, newDisplayName (written to name for configurationPolicies, else displayName), policyType (singular app protection types mapped to their collection), platformType (?? deviceManagement), description only if the key is present (empty clears) (:15-48).',
		clears: 'An empty description would clear it; the node sends Description only when given.',
		failure: 'HTTP 500 {Results: "Failed to update Intune policy <ID>: <error>"} (:66-71).',
		async: 'none',
		refusals: [],
		output:
			'actionResult(): "Successfully updated Intune policy <ID>[ name to \'<name>\'][ and description]". With neither field CIPP PATCHes {} and reports success: the node refuses that before sending, and sends platformType deviceAppManagement for the app protection collections it offers (run hook).',
		verdict: 'settled',
		note: 'The app-protection collections are only reachable with platformType deviceAppManagement, which the node sets from Policy Type; an empty update is refused before sending.',
	},
	'intune:updateScript': {
		source: 'Endpoint/MEM/Invoke-EditIntuneScript.ps1',
		reads:
			'POST: body TenantFilter, ScriptId, ScriptType (Windows, MacOS, Remediation, Linux; without it guessed from @odata.type, :76-93), IntuneScript (JSON text, the PATCH body as is, :101).',
		clears: 'Whatever the JSON sets; properties not in it stay (a PATCH).',
		failure: 'HTTP 400 with the text "Failed to update script: <error>" (:110-115).',
		async: 'none',
		refusals: [],
		output:
			'{Results: <the PATCH\'s result>}, which is empty (Graph answers 204): HTTP 200 is the success, so the node reports "Updated <type> script <id>" itself.',
		verdict: 'ok',
	},
	'intune:createAutopilotProfile': {
		source:
			'Endpoint/Autopilot/Invoke-AddAutopilotConfig.ps1; CIPPCore/Public/Set-CIPPDefaultAPDeploymentProfile.ps1; CIPPCore/Public/Test-CIPPAutopilotProfileName.ps1',
		reads:
			'body selectedTenants.value, DisplayName (name check, HTTP 400), Description, DeploymentMode ("true" = shared), NotLocalAdmin, allowWhiteGlove (off when shared), CollectHash, HidePrivacy, HideTerms, Autokeyboard, DeviceNameTemplate, languages.value, Assignto (-eq $true: all devices, only when unassigned) (:13-45). HideChangeAccount is passed but never used.',
		clears:
			'A profile of the same name is PATCHed with the whole body: every option not sent becomes false, Description and DeviceNameTemplate empty; without languages the locale is "" (the user chooses). Duplicates of that name are deleted (Set-...:64-72).',
		failure:
			'HTTP 400 {Results: name message} (:16-22). A tenant failure throws out of the loop: HTTP 500 plain text "Failed Adding Autopilot Profile <name>. Error: ..." (Set-...:94-97).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully Added profile for <tenant>" or "Successfully Edited profile for <tenant>".',
		verdict: 'settled',
		note: "The description says a profile of that name is overwritten and unset options are turned off; the name is checked against Intune's characters before sending; the Language field says empty means the user chooses.",
	},
	'intune:deleteAutopilotProfile': {
		source: 'Endpoint/Autopilot/Invoke-RemoveAutopilotConfig.ps1; CIPPCore/Public/Remove-CIPPAutopilotProfile.ps1',
		reads:
			'body tenantFilter, ID, displayName (message only), assignments (the node never sends it: CIPP then reads them itself) (:15-19).',
		clears: "When the delete fails CIPP removes all of the profile's assignments, then deletes again (Remove-...:23-50).",
		failure: 'HTTP 500 {Results: "Failed to delete Autopilot profile <ID>. Error: ..."} (Remove-...:53-56, Invoke :39-42).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully deleted Autopilot profile \'<name>\'" (with a trailing space after removing assignments).',
		verdict: 'ok',
	},
	'intune:setEnrollmentStatusPage': {
		source: 'Endpoint/Autopilot/Invoke-AddEnrollment.ps1; CIPPCore/Public/Set-CIPPDefaultAPEnrollment.ps1',
		reads:
			'body selectedTenants.value, ShowProgress, blockDevice (written INVERTED as blockDeviceSetupRetryByUser, Set-...:24), AllowReset, EnableLog, ErrorMessage, TimeOutInMinutes, AllowFail, OBEEOnly, InstallWindowsUpdates (:13-27).',
		clears:
			'PATCHes the default ESP with every field: options not sent become false, the timeout null, the error message empty; selected apps are emptied (selectedMobileAppIds @()).',
		failure:
			'A tenant failure throws out of the loop: HTTP 500 plain text "Failed to change default enrollment status page for <tenant>: ..." (Set-...:44-46).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Successfully changed default enrollment status page for <tenant>".',
		verdict: 'settled',
		note: 'The node names the inverted field by what it does (Allow Retry, sent as blockDevice); the description says the page is overwritten and unset options are off.',
	},
	'intune:deleteEnrollmentProfile': {
		source: 'Endpoint/MEM/Invoke-ExecRemoveEnrollmentProfile.ps1',
		reads:
			'body tenantFilter, profileId ?? id, profileType (?? apple; android), tokenId (required for apple), displayName (?? profileId, message only) (:15-27).',
		clears: 'Deletes the profile.',
		failure: 'HTTP 500 {Results: "Failed to delete enrollment profile <name>: <error>"} (:36-41).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Deleted enrollment profile <name>".',
		verdict: 'ok',
	},
	'intune:getManyIntents': {
		source: 'Endpoint/MEM/Invoke-ListIntuneIntents.ps1',
		reads: 'query tenantFilter (:13).',
		clears: 'none',
		failure: 'HTTP 403 with the normalized Graph error in a one-element array (:18-22).',
		async: 'none',
		refusals: [],
		output: 'Bare array of deviceManagement/intents with settings and categories expanded. `records`.',
		verdict: 'ok',
	},
	'intune:getManyApprovalRequests': {
		source: 'Endpoint/MEM/Invoke-ListIntuneApprovalRequests.ps1',
		reads:
			'query tenantFilter (required: else HTTP 400 {Results: "tenantFilter is required"}, :25-30), PendingOnly (-eq $true: status needsApproval only) (:23).',
		clears: 'none',
		failure: 'HTTP 500 with the normalized error text in a one-element array (:62-67).',
		async: 'none',
		refusals: [],
		output:
			'Bare array of {id, status, operation, target, operationTypes, requestJustification, approvalJustification, requestedBy, approvedBy, dates, payload} (:39-56). `records`.',
		verdict: 'ok',
	},
	'intune:searchAppPackages': {
		source: 'Endpoint/Applications/Invoke-ListPotentialApps.ps1',
		reads: 'body type (WinGet or Choco; anything else finds nothing), SearchString (pasted into the search) (:12-21).',
		clears: 'none',
		failure: 'An unreachable store or repository is an unhandled exception: HTTP 500 plain text.',
		async: 'none',
		refusals: [],
		output: 'Bare array of {applicationName, packagename}, sorted by name (WinGet: at most 50). `records`.',
		verdict: 'ok',
	},
	'intune:clonePolicy': {
		source:
			'Endpoint/MEM/Invoke-AddIntunePolicyClone.ps1; CIPPCore/Public/New-CIPPIntuneTemplate.ps1; CIPPCore/Public/Set-CIPPIntunePolicy.ps1',
		reads:
			"body tenantFilter, ID, URLName, ODataType (App Protection), newDisplayName (required), newDescription (?? the original's) (:15-20).",
		clears:
			'none on the original. Set-CIPPIntunePolicy updates a policy that already has the new name instead of creating one (the description says so). The copy has no assignments.',
		failure:
			'HTTP 500 {Results: "Failed to clone Intune policy <ID>: <error>"} (:53-57), also for an unsupported type or a new name equal to the original (:27-32).',
		async: 'none',
		refusals: [],
		output: "actionResult(): \"Successfully cloned Intune policy '<old>' to '<new>'\".",
		verdict: 'settled',
		note: 'The description warns that a policy already named like the copy is overwritten.',
	},
	'intune:getManyReusableSettings': {
		source: 'Endpoint/MEM/Invoke-ListIntuneReusableSettings.ps1',
		reads: 'query tenantFilter (required: HTTP 400 "tenantFilter is required", :19-24), ID, UseReportDB (:16-18).',
		clears: 'none',
		failure:
			'Live: HTTP 500 {Results: "Failed to retrieve reusable policy settings: <error>"} (:73-81). Report path: HTTP 500 with the exception text (:30-33).',
		async: 'none',
		refusals: [],
		output: 'Bare array of reusablePolicySettings, each with RawJSON (its own JSON) (:60-71). `records`.',
		verdict: 'ok',
	},
	'intune:deleteReusableSetting': {
		source: 'Endpoint/MEM/Invoke-RemoveIntuneReusableSetting.ps1',
		reads:
			'body ?? query tenantFilter, ID, DisplayName (message only) (:15-17); missing tenant or ID: HTTP 400 (:19-31), which the required fields prevent.',
		clears: 'Deletes the setting (Graph refuses while a policy references it).',
		failure: 'HTTP 500 {Results: "Failed to delete Intune reusable setting <ID>: <error>"} (:41-45).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Deleted Intune reusable setting \'<name>\' (<ID>)".',
		verdict: 'ok',
	},
	'intune:getManyReusableSettingTemplates': {
		source: 'Endpoint/MEM/Invoke-ListIntuneReusableSettingTemplates.ps1',
		reads: 'query ID (:16-24).',
		clears: 'none',
		failure: 'none (HTTP 200 always).',
		async: 'none',
		refusals: [],
		output: 'Bare array of {displayName, description, GUID, RawJSON, isSynced}, sorted by name. `records`.',
		verdict: 'ok',
	},
	'intune:deleteReusableSettingTemplate': {
		source: 'Endpoint/MEM/Invoke-RemoveIntuneReusableSettingTemplate.ps1',
		reads: 'query ID ?? body ID (:15).',
		clears: 'Deletes the template row.',
		failure:
			'HTTP 500 {Results: "Failed to remove Intune reusable setting template <ID>: <error>"} (:28-32), also for an unknown ID (the row is $null).',
		async: 'none',
		refusals: [],
		output: 'actionResult(): "Removed Intune reusable setting template with ID <ID>".',
		verdict: 'ok',
	},
	'intune:createReusableSettingTemplate': {
		source: 'Endpoint/MEM/Invoke-AddIntuneReusableSettingTemplate.ps1',
		reads:
			'body GUID (default a new GUID, :14), displayName (:40), description (:43), rawJSON ?? RawJSON ?? json (:44). The node sends displayName, rawJSON and optionally description; never GUID (it would overwrite that template).',
		clears:
			'Adds a template row; with a GUID it would replace that row (-Force, :66). Null children become [] and Graph metadata is removed before storing (:55-57).',
		failure:
			"HTTP 500 {Results: 'Reusable Settings Template creation failed: <error>'} (:81-86), e.g. missing displayName or RawJSON, invalid JSON.",
		async: 'none',
		refusals: [],
		output: "actionResult(): 'Successfully added reusable setting template' (no GUID in the answer).",
		verdict: 'ok',
	},
	'intune:deployReusableSettingTemplate': {
		source: 'Endpoint/MEM/Invoke-AddIntuneReusableSetting.ps1',
		reads:
			'query ?? body tenantFilter (a list: its first; .value or addedFields.defaultDomainName, :14-21); body TemplateId ?? TemplateList.value ?? TemplateList ?? query TemplateId (:15). The node sends body tenantFilter and TemplateId.',
		clears:
			"Looks up the template row's RawJSON (:38-55); a tenant setting whose displayName equals the template's is compared (Compare-CIPPIntuneObject) and, when it differs, REPLACED whole by the template (PUT, :79-81); otherwise a new setting is created (POST). The description says so.",
		failure:
			"HTTP 400 {Results: 'tenantFilter is required' | 'TemplateId is required'} (:23-35); HTTP 404 {Results: 'Template <id> not found'} (:42-47); HTTP 500 {Results: 'Reusable settings deployment failed: <error>'} (:90-97).",
		async: 'none',
		refusals: [],
		output:
			'actionResult(): "Created reusable setting \'<name>\' in tenant <tenant>" | "Updated reusable setting ..." | HTTP 200 {Results: "Reusable setting \'<name>\' is already compliant.", Id} when it already matches (nothing to do: success, :70-76).',
		verdict: 'settled',
		note: 'CIPP overwrites a same-named setting with the template without saying so in the request; the description tells the user.',
	},
	'intune:importAutopilotDevices': {
		source: 'Endpoint/Autopilot/Invoke-AddAPDevice.ps1',
		reads:
			'body TenantFilter.value (resolved to the customerId for Partner Center, :15), Groupname (the device batch; existing: devices added to it, else a new batch; default a random GUID, :16), autopilotData (list of devices with hardwareHash, SerialNumber, productKey, oemManufacturerName, modelName, :19-33).',
		clears: 'none',
		failure:
			'HTTP 500 {Results: [{resultText: "<tenant>: Failed to create autopilot devices. <error>", state: "error"}]} (:78-85), including "Could not retrieve status of import - This job might still be running..." when Partner Center has not finished within 4 polls (:45). Per device, HTTP 200 with state "error" and "<serial>: <status> - <code> <description>" (:59-71).',
		async: 'Partner Center imports the batch; CIPP polls its status four times, a second apart (:41-45).',
		refusals: [],
		output:
			'One item: status success, message (all device lines) and devices (one line each). A device with state error fails the item with its line. copyField (the serial) is not a secret and is not split out.',
		verdict: 'settled',
		note: 'The description says a slow import fails the item although Partner Center may still finish it; device lists are checked for an identifier before sending.',
	},
	'intune:addScriptApp': {
		source: 'Endpoint/Applications/Invoke-AddWin32ScriptApp.ps1',
		reads:
			'body ApplicationName (required, HTTP 400), installScript (required, HTTP 400), AssignTo (customGroup → CustomGroup), InstallationIntent, description, publisher, uninstallScript, detectionPath, detectionFile, detectionScript, InstallAsSystem (missing: user), DisableRestart, runAs32Bit, enforceSignatureCheck, selectedTenants (only those whose customerId the client may manage, :35-36) (:14-57).',
		clears: 'none',
		failure:
			'HTTP 400 {Results: ["Application name is required"]} or ["Install script is required"] (:17-29); per tenant "Failed to add Win32 Script App for <tenant> to queue: ..." in an HTTP 200 (:68-71).',
		async:
			"Queued in CIPP's apps table, deployed later like the other app types. Tenants the client may not manage are skipped silently; none at all gives no Results (queuedAppOutput fails the item).",
		refusals: [],
		output: 'queuedAppOutput: status queued with a followUp.',
		verdict: 'settled',
		note: 'A Win32 app without a detection rule could never deploy: the node refuses one without Detection Script or Detection File before sending.',
	},
	'intune:getManyCves': {
		source: 'Endpoint/MEM/Invoke-ListCVEManagement.ps1',
		reads: 'query tenantFilter, UseReportDB (-eq $true); AllTenants always reads the report database (:14-19).',
		clears: 'none',
		failure: 'HTTP 500 with the exception text in a one-element array (:26-30, :192-196).',
		async: "none (the report database is filled by CIPP's own schedule).",
		refusals: [],
		output:
			"Bare array sorted by cveId: {cveId, vulnerabilitySeverityLevel, exploitabilityLevel, softwareName, softwareVendor, softwareVersion, deviceCount, tenantCount, registryPaths, diskPaths, affectedTenants, affectedDevices, exception fields, cacheTimeStamp} (:108-128). Exceptions match a tenant by its default domain or 'ALL' (:42). `recordsOrFail`.",
		verdict: 'ok',
	},
	'intune:removeCveException': {
		source: 'Endpoint/MEM/Invoke-ExecRemoveCippCveException.ps1',
		reads:
			'query ?? body tenantFilter, cveId (required, HTTP 400), removeScope (CurrentTenant: the tenant as given; AllAffected: every tenant row; Global: ALL; missing: the tenant) (:13-48).',
		clears: 'Deletes the matching exception rows.',
		failure: 'HTTP 500 {Results: "Failed to remove exception: <error>"} (:68-73).',
		async: 'none',
		refusals: ['^Successfully removed 0 exception\\(s\\)'],
		output:
			'Own reader: "Successfully removed N exception(s) for CVE <id>" is a success with removed: N (the generic check would take the word "exception" for an error); N = 0 (nothing matched, HTTP 200) fails the item. The tenant must be a default domain: CIPP keys and matches exceptions by it, so a tenant ID would match nothing.',
		verdict: 'settled',
		note: 'A tenant ID is refused before sending (defaultDomainOnly); "removed 0" fails the item.',
	},
	'intune:renameAutopilotDevice': {
		source: 'Endpoint/Autopilot/Invoke-ExecRenameAPDevice.ps1',
		reads:
			"body tenantFilter, deviceId (the Autopilot identity id), displayName (one text: CIPP's OpenAPI types it as a list, corrected in test/contract/beyondSpec/endpoint.ts), serialNumber (message only) (:11-17).",
		clears: 'Only displayName is posted to UpdateDeviceProperties (:34-38); nothing else changes.',
		failure:
			"HTTP 400 {Results: \"Validation failed: <rule>\"} for more than 15 characters, characters other than letters/digits/hyphens, or only digits (:20-31); HTTP 400 {Results: \"Could not rename device '<id>' with serial number '<serial>' to '<name>'. Error: <graph>\"} (:43-47).",
		async: 'none',
		refusals: [],
		output: "actionResult(): \"Successfully renamed device '<id>' with serial number '<serial>' to '<name>'\".",
		verdict: 'settled',
		note: "CIPP's three name rules are checked before sending (the item fails naming the rule, no request). Serial Number is an optional field CIPP only quotes in its message. The device is picked from Get Many Autopilot Devices (searchIntuneAutopilotDevices).",
	},
	'intune:setAutopilotGroupTag': {
		source: 'Endpoint/Autopilot/Invoke-ExecSetAPDeviceGroupTag.ps1',
		reads:
			"body tenantFilter, deviceId (the Autopilot identity id), groupTag (one text: CIPP's OpenAPI types it as a list, corrected in test/contract/beyondSpec/endpoint.ts), serialNumber (message only) (:13-18).",
		clears:
			'groupTag is always posted to UpdateDeviceProperties (:30-34): empty or missing clears the tag. The node always sends it (empty when left empty) and says so in the field.',
		failure:
			'HTTP 400 {Results: "Validation failed: Group tag cannot exceed 128 characters."} (:21-27); HTTP 400 {Results: "Could not update group tag for device \'<id>\' ... Error: <graph>"} (:39-43).',
		async: 'none',
		refusals: [],
		output: "actionResult(): \"Successfully updated group tag for device '<id>' with serial number '<serial>' to '<tag>'\".",
		verdict: 'ok',
	},
	'intune:addCveException': {
		source: 'Endpoint/MEM/Invoke-ExecAddCippCveException.ps1',
		reads:
			'query ?? body tenantFilter (:13); body cveId, exceptionType, applyTo, justification (all required, :16-27), expiryDate (optional text, stored as exceptionExpiry, never enforced) (:20). applyTo: CurrentTenant (the tenant as given: must be the default domain, which ListCVEManagement matches), AllAffected (tenants from the DefenderCVEs cache), Global (customerId ALL) (:35-53).',
		clears:
			'Replaces (Force) the exception row of each tenant for the CVE: type, comment and expiry are written again; an expiry not given is written empty (:63-90).',
		failure:
			'HTTP 400 {Results: "Error: cveId, exceptionType, applyTo, and justification are required"} (:22-27); HTTP 500 {Results: "Failed to add exception: <error>"} for CurrentTenant without a tenant, an unknown applyTo, and, in this checkout, EVERY AllAffected call: `| -Filter "..."` mid-pipeline (:44) is a command that does not exist (CIPP\'s own later Pester test says it shipped broken and was fixed) (:105-111).',
		async: 'none',
		refusals: [],
		output:
			'Own reader: {Results: "Successfully applied exception to CVE <id>", TenantsAffected, ExceptionsAdded, ExceptionsUpdated, Details} becomes one item with those counts (the generic check would take the word "exception" for an error); TenantsAffected 0 (AllAffected with no affected tenant, in a fixed CIPP) fails the item.',
		verdict: 'settled',
		note: "The success text is read by its own reader. A tenant ID is refused before sending (defaultDomainOnly), as CIPP keys exceptions by default domain. Every Affected Tenant is offered (fixed in later CIPP); its option description says it fails with HTTP 500 on the broken versions, and the item then fails with CIPP's text. Expiry Date's description says CIPP only shows it.",
	},
	'intune:comparePolicy': {
		source: 'Endpoint/MEM/Invoke-ExecCompareIntunePolicy.ps1',
		reads:
			'body sourceA, sourceB (objects, both required, :31-37), each {type, ...}: template {templateGuid, tenantFilter?} (:146-161), tenantPolicyByTemplate {templateGuid, tenantFilter, standardsTemplateId?} (:163-242), tenantPolicy {tenantFilter, policyId, urlName: DeviceConfigurations, ConfigurationPolicies, GroupPolicyConfigurations, deviceCompliancePolicies, the update profiles, Intents, ManagedAppPolicies (case-insensitive hashtable, :17-28)} (:244-268), communityRepo {fullName, branch, path} (:270-321). The node sends sourceA {type: template, templateGuid} and sourceB tenantPolicyByTemplate {templateGuid, tenantFilter} or tenantPolicy {tenantFilter, policyId, urlName}.',
		clears:
			"none as the node calls it. A template source WITH a tenantFilter first runs Sync-CIPPReusablePolicySettings, which writes the template's reusable settings into that tenant (:65-75) behind a read role: the node never sends a tenant on the template source (tenantPolicyByTemplate skips the sync, :174).",
		failure:
			'HTTP 400 with ConvertTo-Json text {Results: "Failed to compare policies: <error>"} for a missing source, an unknown template/policy/type (:448-456). A tenant policy not deployed yet is not an error: HTTP 200 with policyMissing true, missingSide and missingPolicyName (:326-349).',
		async: 'none',
		refusals: [],
		output:
			'Own reader: the ConvertTo-Json text is parsed into ONE item {Results: [{Property, ExpectedValue, ReceivedValue}], identical, sourceALabel, sourceBLabel, sourceAData, sourceBData, matchType, matchedName} or the policyMissing shape; anything else fails the item with its text.',
		verdict: 'settled',
		note: "The template is compared as stored (no tenant on sourceA), so CIPP writes nothing; the description says tenant variables are then not filled in. It is a POST that only reads (access read, Endpoint.MEM.Read). Community repository sources and standards' fuzzy matching are not offered.",
	},
};
