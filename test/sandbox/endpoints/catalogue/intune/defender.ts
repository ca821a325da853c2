/**
 * Defender for Endpoint deployment and templates: Invoke-AddDefenderDeployment and
 * Invoke-AddDefenderTemplate with the CIPPCore helpers they call (Enable-CIPPMDEConnector,
 * Set-CIPPDefenderCompliancePolicy, -AVPolicy, -ASRPolicy, -EDRPolicy, -ExclusionPolicy).
 */
import { randomUUID } from 'node:crypto';

import { perSandbox } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { psList, psString, psTruthy } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { intuneData, intuneTenant } from './data';

/** The MDE connector of each tenant: its partner state and the compliance settings last written. */
const connectors = perSandbox(() => new Map<string, { partnerState: string; settings: Record<string, boolean> }>());

/** Set-CIPPDefenderCompliancePolicy (:22-43): each switch read as [bool], the connector written whole. */
const COMPLIANCE_SWITCHES: Record<string, string> = {
	androidEnabled: 'ConnectAndroid',
	iosEnabled: 'ConnectIos',
	windowsEnabled: 'Connectwindows',
	macEnabled: 'ConnectMac',
	partnerUnsupportedOsVersionBlocked: 'BlockunsupportedOS',
	allowPartnerToCollectIOSApplicationMetadata: 'AppSync',
	allowPartnerToCollectIOSPersonalApplicationMetadata: 'allowPartnerToCollectIosPersonalApplicationMetadata',
	androidDeviceBlockedOnMissingPartnerData: 'androidDeviceBlockedOnMissingPartnerData',
	iosDeviceBlockedOnMissingPartnerData: 'iosDeviceBlockedOnMissingPartnerData',
	windowsDeviceBlockedOnMissingPartnerData: 'windowsDeviceBlockedOnMissingPartnerData',
	macDeviceBlockedOnMissingPartnerData: 'macDeviceBlockedOnMissingPartnerData',
	androidMobileApplicationManagementEnabled: 'ConnectAndroidCompliance',
	iosMobileApplicationManagementEnabled: 'ConnectIosCompliance',
	windowsMobileApplicationManagementEnabled: 'windowsMobileApplicationManagementEnabled',
	allowPartnerToCollectIosCertificateMetadata: 'allowPartnerToCollectIosCertificateMetadata',
	allowPartnerToCollectIosPersonalCertificateMetadata: 'allowPartnerToCollectIosPersonalCertificateMetadata',
	grantMobileThreatDefensePartnerRole: 'grantMobileThreatDefensePartnerRole',
};

const field = (section: unknown, name: string): unknown => (isPlainObject(section) ? getIgnoreCase(section, name) : undefined);
const choiceValue = (value: unknown) => psString(field(value, 'value'));

function compliance(state: SandboxState, domain: string, given: unknown): string[] {
	let tenant: SandboxTenant;
	try {
		tenant = intuneTenant(state, domain);
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		throw new Error(`Failed to retrieve MDE connector state for ${domain}. Error: ${normalizeGraphError(error.message)}`);
	}
	// Northwind's provisioning is accepted but its connector stays unavailable: Enable-CIPPMDEConnector returns
	// Success false without an ErrorMessage, and the other sections still run (:15-17).
	if (tenant.defaultDomainName === 'northwind.onmicrosoft.com') return [`${domain}: Failed to enable MDE Connector - `];
	const messages: string[] = [];
	let connector = connectors(state).get(tenant.customerId);
	if (!connector) {
		connector = { partnerState: 'enabled', settings: {} };
		connectors(state).set(tenant.customerId, connector);
	}
	messages.push(`${domain}: MDE Connector is ${connector.partnerState}`);
	const settings = Object.fromEntries(Object.entries(COMPLIANCE_SWITCHES).map(([graph, cipp]) => [graph, psTruthy(field(given, cipp))]));
	const existed = Object.keys(connector.settings).length > 0;
	const same = existed && Object.entries(settings).every(([key, value]) => connector.settings[key] === value);
	connector.settings = settings;
	if (same) messages.push(`Defender Intune Configuration already correct and active for ${domain}. Skipping`);
	else messages.push(`${domain}: Successfully ${existed ? 'updated' : 'created'} Defender Compliance and Reporting settings.`);
	return messages;
}

/** The assignment CIPP posts: '#microsoft.graph.' + AssignTo + 'AssignmentTarget'; Graph refuses an unknown type. */
function targets(assignTo: string): Array<{ id: string; target: Record<string, unknown> }> {
	const known: Record<string, string[]> = {
		alldevices: ['allDevices'],
		alllicensedusers: ['allLicensedUsers'],
		alldevicesandusers: ['allDevices', 'allLicensedUsers'],
	};
	const types = known[assignTo.toLowerCase()];
	if (!types) throw new GraphError(`Cannot create an abstract class. Type: microsoft.graph.${assignTo}AssignmentTarget`);
	return types.map((type, index) => ({ id: String(index), target: { '@odata.type': `#microsoft.graph.${type}AssignmentTarget` } }));
}

/** The Graph body each helper builds (simplified: the setting IDs and values CIPP would send). */
function policyBody(name: string, templateId: string, settings: Array<Record<string, unknown>>) {
	return { name, description: '', platforms: 'windows10', technologies: 'mdm,microsoftSense', templateReference: { templateId }, settings };
}

const AV_PREFIX = 'device_vendor_msft_policy_config_defender';
const ASR_TEMPLATE = 'e8c053d6-9f95-42b1-a7f1-ebfd71c67a4b_1';

function avBody(given: unknown) {
	const settings = Object.entries(isPlainObject(given) ? given : {})
		.filter(([name, value]) => name !== 'AssignTo' && psTruthy(value))
		.map(([name, value]) => ({
			settingDefinitionId: `${AV_PREFIX}_${name.toLowerCase()}`,
			value: isPlainObject(value) && 'value' in value ? choiceValue(value) : name === 'Remediation' ? value : value === true ? 1 : value,
		}));
	return policyBody('Default AV Policy', '804339ad-1553-4478-a742-138fb5807418_1', settings);
}

function asrRules(given: unknown) {
	const mode = psString(field(given, 'Mode')) || 'block';
	return Object.entries(isPlainObject(given) ? given : {})
		.filter(([name, value]) => !['Mode', 'AssignTo'].includes(name) && psTruthy(value))
		.map(([name]) => ({ settingDefinitionId: `${AV_PREFIX}_attacksurfacereductionrules_${name.toLowerCase()}`, value: mode }));
}

function edrSettings(given: unknown) {
	return ['SampleSharing', 'Config']
		.filter((name) => psTruthy(field(given, name)))
		.map((name) => ({ settingDefinitionId: `device_vendor_msft_windowsadvancedthreatprotection_${name.toLowerCase()}` }));
}

/** Each list's non-blank entries (a text is one entry: CIPP does not split it). */
function exclusionSettings(given: unknown) {
	return ['excludedExtensions', 'excludedPaths', 'excludedProcesses']
		.map((name) => {
			const value = field(given, name);
			const entries = psList(value)
				.map(psString)
				.filter((entry) => entry.trim());
			return { settingDefinitionId: `${AV_PREFIX}_${name.toLowerCase()}`, values: entries };
		})
		.filter((setting) => setting.values.length > 0);
}

interface PolicyKind {
	policyName: string;
	label: string;
	done: string;
	body: (given: unknown) => Record<string, unknown> | undefined;
	/** AV assigns unless AssignTo is 'None' (even when it is missing); the others only when it is given and not 'none'. */
	assigns: (assignTo: unknown) => boolean;
}

const assignsWhenGiven = (assignTo: unknown) => psTruthy(assignTo) && psString(assignTo).toLowerCase() !== 'none';

/** A kind CIPP creates only when it has a setting to put in (ASR :82, EDR :153, Exclusion :246). */
function settingsKind(
	policyName: string,
	label: string,
	done: string,
	templateId: string,
	settingsOf: (given: unknown) => unknown[],
): PolicyKind {
	const body = (given: unknown) => {
		const settings = settingsOf(given) as Array<Record<string, unknown>>;
		return settings.length > 0 ? policyBody(policyName, templateId, settings) : undefined;
	};
	return { policyName, label, done, body, assigns: assignsWhenGiven };
}

const KINDS: Record<'Policy' | 'ASR' | 'EDR' | 'Exclusion', PolicyKind> = {
	Policy: {
		policyName: 'Default AV Policy',
		label: 'AV Policy',
		done: 'Successfully set Default AV Policy settings',
		body: avBody,
		assigns: (assignTo) => psString(assignTo).toLowerCase() !== 'none',
	},
	ASR: settingsKind('ASR Default rules', 'ASR Policy', 'Successfully added ASR Settings', ASR_TEMPLATE, asrRules),
	EDR: settingsKind(
		'EDR Configuration',
		'EDR Policy',
		'Successfully added EDR Settings',
		'0385b795-0f2f-44ac-8602-9f65bf6adede_1',
		edrSettings,
	),
	Exclusion: settingsKind(
		'Default AV Exclusion Policy',
		'Exclusion Policy',
		'Successfully set Default AV Exclusion Policy settings',
		'45fea5e9-280d-4da1-9792-fb5736da0ca9_1',
		exclusionSettings,
	),
};

/** One Set-CIPPDefender*Policy call in a tenant: skipped by name, else created and assigned. */
function deployPolicy(state: SandboxState, domain: string, kind: PolicyKind, given: unknown): string[] {
	const body = kind.body(given);
	// ASR with no rule, EDR and exclusions with nothing to set: no policy and not a word (:82, :153, :246);
	// the AV policy always has a body.
	if (!body) return [];
	const tenant = intuneTenant(state, domain);
	const policies = intuneData(state).policies;
	if (policies.some((policy) => policy.tenantId === tenant.customerId && policy.displayName === kind.policyName)) {
		return [`${domain}: ${kind.label} already exists. Skipping`];
	}
	const now = new Date().toISOString();
	const policy = {
		tenantId: tenant.customerId,
		id: randomUUID(),
		displayName: kind.policyName,
		...body,
		createdDateTime: now,
		lastModifiedDateTime: now,
		roleScopeTagIds: ['0'],
		URLName: 'configurationPolicies',
		PolicyTypeName: 'Settings Catalog',
		assignments: [] as Array<{ id: string; target: Record<string, unknown> }>,
	};
	policies.push(policy);
	const assignTo = field(given, 'AssignTo');
	if (kind.assigns(assignTo)) policy.assignments = targets(psString(assignTo));
	return [`${domain}: ${kind.done}`];
}

const AddDefenderDeployment: Endpoint = {
	name: 'AddDefenderDeployment',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const selected = ctx.fromBody('selectedTenants');
		let domains = (Array.isArray(selected) ? selected : [selected]).map((entry) => psString(field(entry, 'value'))).filter(Boolean);
		if (domains.includes('AllTenants')) domains = cippTenants(ctx.state).map((tenant) => tenant.defaultDomainName);
		const sections: Array<[string, unknown]> = ['Compliance', 'Policy', 'ASR', 'EDR', 'Exclusion'].map((name) => [
			name,
			ctx.fromBody(name),
		]);
		const results: string[] = [];
		for (const domain of domains) {
			try {
				for (const [name, given] of sections) {
					if (!psTruthy(given)) continue;
					if (name === 'Compliance') results.push(...compliance(ctx.state, domain, given));
					else results.push(...deployPolicy(ctx.state, domain, KINDS[name as keyof typeof KINDS], given));
				}
			} catch (error) {
				const message = error instanceof GraphError ? error.message : (error as Error).message;
				results.push(`Failed to add policy for ${domain}: ${message}`);
			}
		}
		return { status: 200, body: { Results: results } };
	},
};

const AddDefenderTemplate: Endpoint = {
	name: 'AddDefenderTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const templateName = psString(ctx.fromBody('templateName'));
		if (!templateName) return { status: 400, body: { Results: 'A template name prefix is required.' } };
		const Package = psString(ctx.fromBody('package'));
		const results: string[] = [];
		const save = (label: string, raw: Record<string, unknown>) => {
			intuneData(ctx.state).templates.push({
				Displayname: `${templateName} - ${label}`,
				Description: '',
				RAWJson: JSON.stringify(raw),
				Type: 'Catalog',
				GUID: randomUUID(),
				Package,
			});
			results.push(`Successfully created ${label} template`);
		};
		const policy = ctx.fromBody('Policy');
		if (psTruthy(policy)) save('AV Policy', avBody(policy));
		const asr = ctx.fromBody('ASR');
		// The ASR template is saved even without a rule (Set-CIPPDefenderASRPolicy -TemplateOnly returns before the count check).
		if (psTruthy(asr)) save('ASR Policy', policyBody('ASR Default rules', ASR_TEMPLATE, asrRules(asr)));
		// EDR and exclusions: only with a setting to put in (a body is only built from a given section).
		const edr = KINDS.EDR.body(ctx.fromBody('EDR'));
		if (edr) save('EDR Policy', edr);
		const exclusion = KINDS.Exclusion.body(ctx.fromBody('Exclusion'));
		if (exclusion) save('AV Exclusion Policy', exclusion);
		return { status: 200, body: { Results: results } };
	},
};

export const defenderEndpoints: Endpoint[] = [AddDefenderDeployment, AddDefenderTemplate];
