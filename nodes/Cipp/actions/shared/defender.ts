import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { choices } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { isFailure, readResults } from '../../transport/envelope';
import type { CippOperation, CippParameter, OutputContext, StepContext, ValueCheck } from '../types';

/**
 * Defender for Endpoint settings as CIPP's Set-CIPPDefender*Policy helpers read them, written once as
 * data: one row per switch (section, CIPP field, display name, description, type). Both Intune →
 * Deploy Defender and Create Defender Template build their section collections from this table.
 */
type Section = 'Compliance' | 'Policy' | 'ASR' | 'EDR' | 'Exclusion';
type Kind = 'on' | 'number' | 'list' | Record<string, string>;
type Row = readonly [Section, string, string, string, Kind];

const REMEDIATION = { Clean: '1', Quarantine: '2', Remove: '3', Allow: '6', 'User Defined': '8', Block: '10' };
const off = (what: string) => `Turn on ${what}`;
const blocked = (os: string) => `Mark ${os} devices noncompliant when Defender sends no data`;

const ROWS: Row[] = [
	['Compliance', 'Connectwindows', 'Connect Windows', off('the Windows devices connection'), 'on'],
	['Compliance', 'ConnectAndroid', 'Connect Android', off('the Android devices connection'), 'on'],
	['Compliance', 'ConnectIos', 'Connect iOS', off('the iOS devices connection'), 'on'],
	['Compliance', 'ConnectMac', 'Connect macOS', off('the macOS devices connection'), 'on'],
	['Compliance', 'ConnectAndroidCompliance', 'Android App Protection', off('Android app protection policy evaluation'), 'on'],
	['Compliance', 'ConnectIosCompliance', 'iOS App Protection', off('iOS app protection policy evaluation'), 'on'],
	['Compliance', 'windowsMobileApplicationManagementEnabled', 'Windows App Protection', off('Windows app protection evaluation'), 'on'],
	['Compliance', 'BlockunsupportedOS', 'Block Unsupported OS', off('blocking unsupported OS versions'), 'on'],
	['Compliance', 'AppSync', 'Collect iOS App Metadata', off('iOS app inventory collection'), 'on'],
	[
		'Compliance',
		'allowPartnerToCollectIosPersonalApplicationMetadata',
		'Collect iOS Personal App Metadata',
		off('app inventory of personal iOS devices'),
		'on',
	],
	['Compliance', 'allowPartnerToCollectIosCertificateMetadata', 'Collect iOS Certificate Metadata', off('iOS certificate inventory'), 'on'],
	[
		'Compliance',
		'allowPartnerToCollectIosPersonalCertificateMetadata',
		'Collect iOS Personal Certificate Metadata',
		off('certificate inventory of personal iOS devices'),
		'on',
	],
	['Compliance', 'androidDeviceBlockedOnMissingPartnerData', 'Block Android Without Partner Data', blocked('Android'), 'on'],
	['Compliance', 'iosDeviceBlockedOnMissingPartnerData', 'Block iOS Without Partner Data', blocked('iOS'), 'on'],
	['Compliance', 'windowsDeviceBlockedOnMissingPartnerData', 'Block Windows Without Partner Data', blocked('Windows'), 'on'],
	['Compliance', 'macDeviceBlockedOnMissingPartnerData', 'Block macOS Without Partner Data', blocked('macOS'), 'on'],
	['Compliance', 'grantMobileThreatDefensePartnerRole', 'Grant Partner Role', off('the Mobile Threat Defense partner role'), 'on'],
	['Policy', 'ScanArchives', 'Scan Archives', off('archive scanning'), 'on'],
	['Policy', 'AllowBehavior', 'Behavior Monitoring', off('behavior monitoring'), 'on'],
	['Policy', 'AllowCloudProtection', 'Cloud Protection', off('cloud-delivered protection'), 'on'],
	['Policy', 'AllowEmailScanning', 'Email Scanning', off('email scanning'), 'on'],
	['Policy', 'AllowFullScanNetwork', 'Full Scan Network Drives', off('full scans of mapped network drives'), 'on'],
	['Policy', 'AllowFullScanRemovable', 'Full Scan Removable Drives', off('full scans of removable drives'), 'on'],
	['Policy', 'AllowDownloadable', 'Scan Downloads', off('IOAV protection of downloads and attachments'), 'on'],
	['Policy', 'AllowRealTime', 'Real-Time Monitoring', off('real-time monitoring'), 'on'],
	['Policy', 'AllowNetwork', 'Scan Network Files', off('scanning of network files'), 'on'],
	['Policy', 'AllowScriptScan', 'Script Scanning', off('script scanning'), 'on'],
	['Policy', 'AllowUI', 'User UI Access', off('user access to the Defender UI'), 'on'],
	['Policy', 'CheckSigs', 'Check Signatures Before Scan', off('a signature check before each scan'), 'on'],
	['Policy', 'DisableCatchupFullScan', 'Disable Catch-Up Full Scan', 'Skip the full scan missed while a device was off', 'on'],
	['Policy', 'DisableCatchupQuickScan', 'Disable Catch-Up Quick Scan', 'Skip the quick scan missed while a device was off', 'on'],
	['Policy', 'LowCPU', 'Low CPU Priority', off('low CPU priority for scheduled scans'), 'on'],
	['Policy', 'MeteredConnectionUpdates', 'Update on Metered Connections', off('updates on metered connections'), 'on'],
	['Policy', 'DisableLocalAdminMerge', 'Disable Local Admin Merge', 'Ignore exclusions set by local administrators', 'on'],
	['Policy', 'AvgCPULoadFactor', 'Average CPU Load (%)', 'Maximum CPU use of a scan; 0 leaves it unset', 'number'],
	['Policy', 'CloudExtendedTimeout', 'Cloud Extended Timeout (s)', 'Extra seconds to await a cloud verdict; 0 leaves it unset', 'number'],
	['Policy', 'SignatureUpdateInterval', 'Signature Update Interval (h)', 'Hours between signature checks; 0 leaves it unset', 'number'],
	['Policy', 'EnableNetworkProtection', 'Network Protection', 'Network protection mode', { Disabled: '0', Enabled: '1', Audit: '2' }],
	[
		'Policy',
		'CloudBlockLevel',
		'Cloud Block Level',
		'How aggressively the cloud blocks',
		{ Default: '0', High: '2', 'High Plus': '4', 'Zero Tolerance': '6' },
	],
	[
		'Policy',
		'AllowOnAccessProtection',
		'On-Access Protection',
		'Whether on-access protection is allowed',
		{ 'Not Allowed': '0', Allowed: '1' },
	],
	[
		'Policy',
		'SubmitSamplesConsent',
		'Submit Samples',
		'When samples are sent to Microsoft',
		{ 'Always Prompt': '0', 'Send Safe Samples': '1', 'Never Send': '2', 'Send All Samples': '3' },
	],
	['Policy', 'Remediation.Low', 'Low Severity Action', 'Action on low severity threats', REMEDIATION],
	['Policy', 'Remediation.Moderate', 'Moderate Severity Action', 'Action on moderate severity threats', REMEDIATION],
	['Policy', 'Remediation.High', 'High Severity Action', 'Action on high severity threats', REMEDIATION],
	['Policy', 'Remediation.Severe', 'Severe Threat Action', 'Action on severe threats', REMEDIATION],
	[
		'ASR',
		'Mode',
		'Mode',
		'The mode of every rule turned on (block when not given)',
		{ Block: 'block', Audit: 'audit', Warn: 'warn', Off: 'off' },
	],
	['ASR', 'BlockObfuscatedScripts', 'Obfuscated Scripts', 'Block potentially obfuscated scripts', 'on'],
	['ASR', 'BlockAdobeChild', 'Adobe Reader Child Processes', 'Block Adobe Reader from creating child processes', 'on'],
	['ASR', 'BlockWin32Macro', 'Win32 API Calls From Macros', 'Block Win32 API calls from Office macros', 'on'],
	['ASR', 'BlockCredentialStealing', 'Credential Stealing (LSASS)', 'Block credential stealing from LSASS', 'on'],
	['ASR', 'BlockPSExec', 'PSExec and WMI Processes', 'Block process creations from PSExec and WMI commands', 'on'],
	['ASR', 'WMIPersistence', 'WMI Persistence', 'Block persistence through WMI event subscription', 'on'],
	['ASR', 'BlockOfficeExes', 'Office Executable Content', 'Block Office applications from creating executable content', 'on'],
	['ASR', 'BlockOfficeApps', 'Office Code Injection', 'Block Office applications from injecting code into other processes', 'on'],
	['ASR', 'BlockYoungExe', 'Untrusted Executables', 'Block executables unless they meet a prevalence, age or trusted list criterion', 'on'],
	['ASR', 'blockJSVB', 'JS/VBS Launching Downloads', 'Block JavaScript or VBScript from launching downloaded executable content', 'on'],
	['ASR', 'BlockWebshellForServers', 'Webshells on Servers', 'Block webshell creation for servers', 'on'],
	[
		'ASR',
		'blockOfficeComChild',
		'Office Communication Child Processes',
		'Block Office communication apps from creating child processes',
		'on',
	],
	['ASR', 'BlockSystemTools', 'Copied System Tools', 'Block use of copied or impersonated system tools', 'on'],
	['ASR', 'blockOfficeChild', 'Office Child Processes', 'Block all Office applications from creating child processes', 'on'],
	['ASR', 'BlockUntrustedUSB', 'Untrusted USB Processes', 'Block untrusted and unsigned processes that run from USB', 'on'],
	['ASR', 'EnableRansomwareVac', 'Ransomware Protection', 'Use advanced protection against ransomware', 'on'],
	['ASR', 'BlockExesMail', 'Executables From Email', 'Block executable content from email client and webmail', 'on'],
	['ASR', 'BlockUnsignedDrivers', 'Vulnerable Signed Drivers', 'Block abuse of exploited vulnerable signed drivers', 'on'],
	['ASR', 'BlockSafeMode', 'Reboot Into Safe Mode', 'Block rebooting the machine in Safe Mode', 'on'],
	['EDR', 'SampleSharing', 'Sample Sharing', 'Turn on sample sharing from devices', 'on'],
	['EDR', 'Config', 'Onboard From Connector', 'Onboard devices with the Defender for Endpoint connector package', 'on'],
	['Exclusion', 'excludedExtensions', 'Excluded Extensions', 'File extensions to exclude, separated by commas or line breaks', 'list'],
	['Exclusion', 'excludedPaths', 'Excluded Paths', 'Folders or files to exclude, separated by commas or line breaks', 'list'],
	['Exclusion', 'excludedProcesses', 'Excluded Processes', 'Processes to exclude, separated by commas or line breaks', 'list'],
];

/** The node's option name for a CIPP field: `Remediation.Low` → `remediationLow`. */
const optionName = (field: string) => field.charAt(0).toLowerCase() + field.slice(1).replace('.', '');

function option([, field, displayName, description, kind]: Row): INodeProperties {
	const base = { displayName, name: optionName(field), description };
	if (kind === 'on') return { ...base, type: 'boolean', default: false };
	if (kind === 'number') return { ...base, type: 'number', default: 0, typeOptions: { minValue: 0 } };
	if (kind === 'list') return { ...base, type: 'string', default: '' };
	return { ...base, type: 'options', default: Object.values(kind)[0], options: choices(kind) };
}

interface SectionSpec {
	section: Section;
	displayName: string;
	name: string;
	description: string;
}

const SECTIONS: SectionSpec[] = [
	{
		section: 'Compliance',
		displayName: 'Connector Settings',
		name: 'connector',
		description: 'Turns on the Defender for Endpoint connector',
	},
	{ section: 'Policy', displayName: 'Antivirus Policy', name: 'antivirus', description: 'Settings of the "Default AV Policy"' },
	{ section: 'ASR', displayName: 'Attack Surface Reduction', name: 'asr', description: 'Rules of the "ASR Default rules" policy' },
	{ section: 'EDR', displayName: 'EDR Policy', name: 'edr', description: 'Settings of the "EDR Configuration" policy' },
	{ section: 'Exclusion', displayName: 'Antivirus Exclusions', name: 'exclusions', description: 'The "Default AV Exclusion Policy"' },
];

/** Whether a section's CIPP object would make CIPP do something (it skips a section without any setting on). */
function hasEffect(section: Section, cipp: IDataObject): boolean {
	if (section === 'Compliance') return true;
	return Object.entries(cipp).some(([field, value]) => field !== 'Mode' && field !== 'AssignTo' && value !== false);
}

/** The collection's value as CIPP reads it: booleans, `{value, label}` choices, lists, numbers above 0. */
function cippSection(spec: SectionSpec, rows: Row[], given: IDataObject, check: ValueCheck): IDataObject {
	const cipp: IDataObject = {};
	for (const row of rows) {
		const [, field, , , kind] = row;
		const value = given[optionName(field)];
		if (kind === 'on') {
			// CIPP writes the connector whole: a switch not given is turned off.
			if (spec.section === 'Compliance' || value === true) cipp[field] = value === true;
			continue;
		}
		if (value === undefined || value === null || value === '') continue;
		if (kind === 'number') {
			if (Number(value) > 0) cipp[field] = Number(value);
		} else if (kind === 'list') {
			const entries = validate.listOf(value);
			if (entries.length > 0) cipp[field] = entries;
		} else {
			const label = Object.keys(kind).find((name) => kind[name] === String(value));
			if (!label)
				validate.invalid(check, `"${String(value)}" is not a choice of ${row[2]}.`, `Pick one of: ${Object.keys(kind).join(', ')}.`);
			const choice = field === 'Mode' ? String(value) : { value: String(value), label };
			const [parent, child] = field.split('.');
			if (child) cipp[parent] = { ...((cipp[parent] as IDataObject) ?? {}), [child]: choice };
			else cipp[field] = choice;
		}
	}
	if (!hasEffect(spec.section, cipp)) {
		validate.invalid(
			check,
			'no setting is turned on: CIPP would skip it without a word.',
			`Turn on at least one setting of "${spec.displayName}", or remove it.`,
		);
	}
	return cipp;
}

/** Each section: a collection; left out of the request unless the user added a setting to it. */
const sectionParameters: Record<Section, CippParameter> = Object.fromEntries(
	SECTIONS.map((spec): [Section, CippParameter] => {
		const rows = ROWS.filter(([section]) => section === spec.section);
		return [
			spec.section,
			{
				property: {
					displayName: spec.displayName,
					name: spec.name,
					type: 'collection',
					placeholder: 'Add Setting',
					default: {},
					description: spec.description,
					options: rows.map(option).sort((a, b) => a.displayName.localeCompare(b.displayName)),
				},
				validate: (value, check) => {
					const given = (value ?? {}) as IDataObject;
					return Object.keys(given).length === 0 ? undefined : cippSection(spec, rows, given, check);
				},
			},
		];
	}),
) as Record<Section, CippParameter>;

export const defenderAssignTo: CippParameter = {
	property: {
		displayName: 'Assign Policies To',
		name: 'assignTo',
		type: 'options',
		default: 'none',
		options: choices({
			'All Devices': 'allDevices',
			'All Devices and Users': 'AllDevicesAndUsers',
			'All Licensed Users': 'allLicensedUsers',
			'No Assignment': 'none',
		}),
		description: 'Who every policy CIPP creates is assigned to',
	},
	validate: (value, check) => validate.text(value, check),
};

/** Puts the chosen sections (and their assignment) into the body; refuses an item without any. */
function sectionsInto(context: StepContext, sections: Section[]): void {
	const body = (context.request.body ??= {}) as IDataObject;
	const names = sections.filter((section) => context.values[sectionParameters[section].property.name] !== undefined);
	if (names.length === 0) {
		const field = sections.map((section) => sectionParameters[section].property.displayName).join(', ');
		validate.invalid(
			{ node: context.node, field, itemIndex: context.itemIndex, access: 'write' },
			'no section is given: CIPP would do nothing.',
			'Add at least one setting to one of the sections.',
		);
	}
	for (const section of names) {
		const cipp = { ...(context.values[sectionParameters[section].property.name] as IDataObject) };
		// CIPP assigns the AV policy unless AssignTo is exactly "None": it is always sent.
		if (section !== 'Compliance' && context.values.assignTo !== undefined)
			cipp.AssignTo = section === 'Policy' && context.values.assignTo === 'none' ? 'None' : context.values.assignTo;
		body[section] = cipp;
	}
}

const SKIPPED = /already exists\. Skipping/;

/**
 * CIPP's per-tenant messages as one item. A "Failed" message fails it (CIPP answers HTTP 200 either
 * way); a policy that already exists by CIPP's default name is skipped, not changed: status warning.
 */
function defenderOutput(response: unknown, context: OutputContext): IDataObject[] {
	// A failed item still says what CIPP did before or beside the failure (a policy may have been created).
	const done = readResults(response).filter((result) => !isFailure(result) && result.text !== '');
	const fail = (text: string) =>
		context.fail(done.length > 0 ? `${text} CIPP also answered: ${done.map((result) => result.text).join(' ')}` : text);
	const [item] = actionResult()(response, { ...context, fail });
	const messages = (item.messages as string[] | undefined) ?? [String(item.message)];
	const skipped = messages.filter((message) => SKIPPED.test(message));
	return [skipped.length > 0 ? { ...item, status: 'warning', skipped } : item];
}

const ROLE = 'Endpoint.MEM.ReadWrite';

interface DefenderOperation {
	value: string;
	name: string;
	action: string;
	description: string;
	endpoint: string;
	before: CippParameter[];
	sections: Section[];
	after: CippParameter[];
}

/** Deploy Defender and Create Defender Template: the same section collections, different targets. */
export function defenderOperation(kind: DefenderOperation): CippOperation {
	const run = async (context: StepContext) => {
		sectionsInto(context, kind.sections);
		return defenderOutput(await context.call(context.request, ROLE), context);
	};
	return {
		resource: 'intune',
		value: kind.value,
		name: kind.name,
		action: kind.action,
		description: kind.description,
		...writes(kind.endpoint, ROLE),
		parameters: [...kind.before, ...kind.sections.map((section) => sectionParameters[section]), ...kind.after],
		output: defenderOutput,
		run,
	};
}
