import type { OperationExample } from '../support/catalogue';
import { locator } from '../support/workflows';

/** Examples of Intune → Deploy Defender and Create Defender Template, run by intune.test.ts's catalogue. */
const CONTOSO = 'contoso.onmicrosoft.com';

/** The connector switches CIPP writes whole: every one is sent, those not given as false. */
export const connectorOff = {
	Connectwindows: false,
	ConnectAndroid: false,
	ConnectIos: false,
	ConnectMac: false,
	ConnectAndroidCompliance: false,
	ConnectIosCompliance: false,
	windowsMobileApplicationManagementEnabled: false,
	BlockunsupportedOS: false,
	AppSync: false,
	allowPartnerToCollectIosPersonalApplicationMetadata: false,
	allowPartnerToCollectIosCertificateMetadata: false,
	allowPartnerToCollectIosPersonalCertificateMetadata: false,
	androidDeviceBlockedOnMissingPartnerData: false,
	iosDeviceBlockedOnMissingPartnerData: false,
	windowsDeviceBlockedOnMissingPartnerData: false,
	macDeviceBlockedOnMissingPartnerData: false,
	grantMobileThreatDefensePartnerRole: false,
};

export const defenderExamples: Record<string, OperationExample> = {
	deployDefender: {
		parameters: {
			tenantFilter: locator('domain', CONTOSO),
			connector: { connectwindows: true, blockunsupportedOS: true },
			antivirus: { allowRealTime: true, cloudBlockLevel: '2', remediationSevere: '2', signatureUpdateInterval: 4 },
			asr: { blockObfuscatedScripts: true, blockCredentialStealing: true, mode: 'audit' },
			assignTo: 'AllDevicesAndUsers',
		},
		request: {
			method: 'POST',
			endpoint: 'AddDefenderDeployment',
			body: {
				selectedTenants: [{ value: CONTOSO, label: CONTOSO }],
				Compliance: { ...connectorOff, Connectwindows: true, BlockunsupportedOS: true },
				Policy: {
					AllowRealTime: true,
					SignatureUpdateInterval: 4,
					CloudBlockLevel: { value: '2', label: 'High' },
					Remediation: { Severe: { value: '2', label: 'Quarantine' } },
					AssignTo: 'AllDevicesAndUsers',
				},
				ASR: { Mode: 'audit', BlockObfuscatedScripts: true, BlockCredentialStealing: true, AssignTo: 'AllDevicesAndUsers' },
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: expect.any(String),
				messages: [
					`${CONTOSO}: MDE Connector is enabled`,
					`${CONTOSO}: Successfully created Defender Compliance and Reporting settings.`,
					`${CONTOSO}: Successfully set Default AV Policy settings`,
					`${CONTOSO}: Successfully added ASR Settings`,
				],
			}),
	},
	createDefenderTemplate: {
		parameters: {
			templateName: 'Contoso baseline',
			antivirus: { allowCloudProtection: true, enableNetworkProtection: '1' },
			exclusions: { excludedPaths: 'C:\\Tools\\Scanner, D:\\Builds', excludedExtensions: '.vhdx' },
			additionalFields: { package: 'Security' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddDefenderTemplate',
			body: {
				templateName: 'Contoso baseline',
				package: 'Security',
				Policy: { AllowCloudProtection: true, EnableNetworkProtection: { value: '1', label: 'Enabled' } },
				Exclusion: { excludedExtensions: ['.vhdx'], excludedPaths: ['C:\\Tools\\Scanner', 'D:\\Builds'] },
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully created AV Policy template Successfully created AV Exclusion Policy template',
				messages: ['Successfully created AV Policy template', 'Successfully created AV Exclusion Policy template'],
			}),
	},
};
