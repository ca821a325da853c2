/**
 * Intune edits and Autopilot/enrollment configuration: Invoke-EditIntunePolicy, -EditIntuneScript,
 * -AddAutopilotConfig (Set-CIPPDefaultAPDeploymentProfile), -RemoveAutopilotConfig
 * (Remove-CIPPAutopilotProfile), -AddEnrollment (Set-CIPPDefaultAPEnrollment), -ExecRemoveEnrollmentProfile.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { convertToBoolean, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { cippTenants } from '../../../tenantList';
import { findIn, intuneData, intuneTenant, reportTenant } from './data';
import type { IntuneObject } from './data';
import { appProtection, appleProfileId, appleToken, removedEnrollmentProfiles } from './reports';

const APP_COLLECTIONS: Record<string, string> = {
	androidManagedAppProtections: 'androidManagedAppProtection',
	iosManagedAppProtections: 'iosManagedAppProtection',
	windowsManagedAppProtections: 'windowsManagedAppProtection',
	targetedManagedAppConfigurations: 'targetedManagedAppConfiguration',
};

const EditIntunePolicy: Endpoint = {
	name: 'EditIntunePolicy',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const policyType = psString(ctx.fromBody('policyType'));
		const platform = psString(ctx.fromBody('platformType')) || 'deviceManagement';
		const newName = psString(ctx.fromBody('newDisplayName'));
		const body = ctx.body as Record<string, unknown>;
		const descriptionGiven = isPlainObject(body) && 'description' in body;
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			let policy: IntuneObject | undefined;
			if (platform === 'deviceAppManagement' && APP_COLLECTIONS[policyType]) {
				policy = appProtection(ctx.state).find(
					(entry) =>
						entry.tenantId === tenant.customerId && entry.id === id && psString(entry['@odata.type']).endsWith(APP_COLLECTIONS[policyType]),
				);
			} else if (platform === 'deviceManagement') {
				policy = intuneData(ctx.state).policies.find(
					(entry) => entry.tenantId === tenant.customerId && entry.id === id.toLowerCase() && entry.URLName === policyType,
				);
			}
			if (!policy) throw new GraphError(GRAPH_ERRORS.notFound(id));
			if (newName) policy.displayName = newName;
			if (descriptionGiven) policy.description = psString(ctx.fromBody('description'));
			const result = `Successfully updated Intune policy ${id}${newName ? ` name to '${newName}'` : ''}${descriptionGiven ? ' and description' : ''}`;
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update Intune policy ${id}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const SCRIPT_TYPES = ['Windows', 'MacOS', 'Remediation', 'Linux'];

const EditIntuneScript: Endpoint = {
	name: 'EditIntuneScript',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const changes = JSON.parse(psString(ctx.fromBody('IntuneScript'))) as Record<string, unknown>;
		const scriptType = SCRIPT_TYPES.includes(psString(ctx.fromBody('ScriptType'))) ? psString(ctx.fromBody('ScriptType')) : 'Windows';
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('TenantFilter'));
			const script = findIn(intuneData(ctx.state).scripts, tenant, psString(ctx.fromBody('ScriptId')));
			if (script.scriptType !== scriptType) throw new GraphError(GRAPH_ERRORS.notFound(script.id));
			Object.assign(script, changes);
			// The PATCH answers 204: CIPP hands back its empty result.
			return { status: 200, body: { Results: null } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: `Failed to update script: ${normalizeGraphError(error.message)}` };
		}
	},
};

const PROFILE_NAME = /^[\p{L}\p{N} :"?.@$&_[\]{}|\\]+$/u;
const AP_PROFILE = '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile';

/** `selectedTenants.value`: one tenant or several. */
function selectedValues(selected: unknown): string[] {
	const entries = Array.isArray(selected) ? selected : [selected];
	return entries.map((entry) => psString(getIgnoreCase(entry, 'value'))).filter((value) => value !== '');
}

const on = (value: unknown) => value !== undefined && value !== null && convertToBoolean(value);

const AddAutopilotConfig: Endpoint = {
	name: 'AddAutopilotConfig',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const displayName = psString(ctx.fromBody('DisplayName'));
		if (!PROFILE_NAME.test(displayName)) {
			return {
				status: 400,
				body: {
					Results:
						'Autopilot profile name contains characters Intune does not accept. Only letters, numbers, spaces and : " ? . @ $ & _ [ ] { } | \\ are allowed.',
				},
			};
		}
		const shared = ctx.fromBody('DeploymentMode') === true || ctx.fromBody('DeploymentMode') === 'true';
		const language = psString(getIgnoreCase(ctx.fromBody('languages'), 'value'));
		const results = selectedValues(ctx.fromBody('selectedTenants')).map((tenantFilter) => {
			let tenant;
			try {
				tenant = intuneTenant(ctx.state, tenantFilter);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				// Set-CIPPDefaultAPDeploymentProfile throws and AddAutopilotConfig does not catch: HTTP 500.
				throw new Error(`Failed Adding Autopilot Profile ${displayName}. Error: ${normalizeGraphError(error.message)}`);
			}
			const { profiles } = intuneData(ctx.state);
			const existing = profiles.find(
				(entry) => entry.tenantId === tenant.customerId && entry['@odata.type'] === AP_PROFILE && entry.displayName === displayName,
			);
			const settings = {
				displayName,
				description: psString(ctx.fromBody('Description')),
				deviceNameTemplate: psString(ctx.fromBody('DeviceNameTemplate')),
				locale: language === 'os-default' ? '' : language,
				preprovisioningAllowed: !shared && on(ctx.fromBody('allowWhiteGlove')),
				hardwareHashExtractionEnabled: on(ctx.fromBody('CollectHash')),
				outOfBoxExperienceSetting: {
					deviceUsageType: shared ? 'shared' : 'singleUser',
					escapeLinkHidden: true,
					privacySettingsHidden: on(ctx.fromBody('HidePrivacy')),
					eulaHidden: on(ctx.fromBody('HideTerms')),
					keyboardSelectionPageSkipped: on(ctx.fromBody('Autokeyboard')),
					...(shared ? {} : { userType: on(ctx.fromBody('NotLocalAdmin')) ? 'standard' : 'administrator' }),
				},
			};
			const profile = existing ?? {
				tenantId: tenant.customerId,
				'@odata.type': AP_PROFILE,
				id: randomUUID(),
				assignments: [] as unknown[],
			};
			Object.assign(profile, settings);
			if (!existing) profiles.push(profile);
			const assignments = profile.assignments as unknown[];
			if (ctx.fromBody('Assignto') === true && assignments.length === 0) {
				assignments.push({
					id: stableGuid(`${String(profile.id)}/all`),
					target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' },
				});
			}
			return `Successfully ${existing ? 'Edit' : 'Add'}ed profile for ${tenantFilter}`;
		});
		return { status: 200, body: { Results: results } };
	},
};

const RemoveAutopilotConfig: Endpoint = {
	name: 'RemoveAutopilotConfig',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const displayName = ctx.fromBody('displayName') === undefined ? id : psString(ctx.fromBody('displayName'));
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const { profiles } = intuneData(ctx.state);
			const profile = profiles.find(
				(entry) => entry.tenantId === tenant.customerId && entry.id === id && entry['@odata.type'] === AP_PROFILE,
			);
			if (!profile) throw new GraphError(GRAPH_ERRORS.notFound(id));
			const assigned = (profile.assignments as unknown[]).length > 0;
			profiles.splice(profiles.indexOf(profile), 1);
			// An assigned profile cannot be deleted: CIPP removes its assignments and deletes again (note the trailing space).
			return { status: 200, body: { Results: `Successfully deleted Autopilot profile '${displayName}'${assigned ? ' ' : ''}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to delete Autopilot profile ${id}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const AddEnrollment: Endpoint = {
	name: 'AddEnrollment',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const results = selectedValues(ctx.fromBody('selectedTenants')).map((tenantFilter) => {
			try {
				const tenant = intuneTenant(ctx.state, tenantFilter);
				const page = intuneData(ctx.state).profiles.find(
					(entry) =>
						entry.tenantId === tenant.customerId &&
						entry['@odata.type'] === '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration',
				);
				if (!page) throw new GraphError(GRAPH_ERRORS.notFound('DefaultWindows10EnrollmentCompletionPageConfiguration'));
				const timeout = ctx.fromBody('TimeOutInMinutes');
				Object.assign(page, {
					showInstallationProgress: on(ctx.fromBody('ShowProgress')),
					blockDeviceSetupRetryByUser: !on(ctx.fromBody('blockDevice')),
					allowDeviceResetOnInstallFailure: on(ctx.fromBody('AllowReset')),
					allowLogCollectionOnInstallFailure: on(ctx.fromBody('EnableLog')),
					customErrorMessage: psString(ctx.fromBody('ErrorMessage')),
					installProgressTimeoutInMinutes: timeout === undefined ? null : Number(timeout),
					installQualityUpdates: on(ctx.fromBody('InstallWindowsUpdates')),
					allowDeviceUseOnInstallFailure: on(ctx.fromBody('AllowFail')),
					trackInstallProgressForAutopilotOnly: on(ctx.fromBody('OBEEOnly')),
				});
				return `Successfully changed default enrollment status page for ${tenantFilter}`;
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				throw new Error(`Failed to change default enrollment status page for ${tenantFilter}: ${normalizeGraphError(error.message)}`);
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

const ExecRemoveEnrollmentProfile: Endpoint = {
	name: 'ExecRemoveEnrollmentProfile',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const profileId = psString(ctx.fromBody('profileId') ?? ctx.fromBody('id'));
		const profileType = psString(ctx.fromBody('profileType')) || 'apple';
		const displayName = psString(ctx.fromBody('displayName')) || profileId;
		try {
			if (!profileId.trim()) throw new GraphError('No profile id was supplied.');
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const removed = removedEnrollmentProfiles(ctx.state);
			let known: string[];
			if (profileType === 'android') {
				known = [0, 1].map((index) => stableGuid(`ListAndroidEnrollmentProfiles/${tenant.customerId}/${index}`));
			} else {
				const tokenId = psString(ctx.fromBody('tokenId'));
				if (!tokenId.trim()) throw new GraphError('No Apple ADE token id was supplied.');
				const contoso = tenant.defaultDomainName === 'contoso.onmicrosoft.com';
				known = contoso && tokenId === appleToken(tenant).id ? [appleProfileId(tenant)] : [];
			}
			if (!known.includes(profileId) || removed.has(profileId)) throw new GraphError(GRAPH_ERRORS.notFound(profileId));
			removed.add(profileId);
			return { status: 200, body: { Results: `Deleted enrollment profile ${displayName}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to delete enrollment profile ${displayName}: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const AddIntunePolicyClone: Endpoint = {
	name: 'AddIntunePolicyClone',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const newName = psString(ctx.fromBody('newDisplayName'));
		try {
			if (!newName.trim()) throw new GraphError('You must enter a display name for the cloned policy');
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const { policies } = intuneData(ctx.state);
			const urlName = psString(ctx.fromBody('URLName'));
			const source = policies.find(
				(entry) => entry.tenantId === tenant.customerId && entry.id === id.toLowerCase() && entry.URLName === urlName,
			);
			if (!source) throw new GraphError(GRAPH_ERRORS.notFound(id));
			if (newName === source.displayName)
				throw new GraphError('The new display name must be different from the name of the policy you are cloning');
			const description = ctx.fromBody('newDescription') ?? source.description;
			// Set-CIPPIntunePolicy: a policy of that name (and type) is updated instead of created.
			const existing = policies.find(
				(entry) => entry.tenantId === tenant.customerId && entry.URLName === urlName && entry.displayName === newName,
			);
			if (existing) existing.description = description;
			else policies.push({ ...source, id: randomUUID(), displayName: newName, description, assignments: [] });
			return { status: 200, body: { Results: `Successfully cloned Intune policy '${source.displayName}' to '${newName}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to clone Intune policy ${id}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Reusable policy settings per tenant, and CIPP's reusable setting templates. */
const reusable = perSandbox((state: SandboxState) => ({
	settings: state.tenants
		.filter((tenant) => !tenant.isPartner && tenant.intuneLicensed)
		.map((tenant) => ({
			tenantId: tenant.customerId,
			id: stableGuid(`${tenant.customerId}/reusable/usb`),
			displayName: 'Approved USB drives',
			description: '',
			settingDefinitionId: 'device_vendor_msft_defender_configuration_devicecontrol_policygroups_{0}_groupdata',
			version: 1,
			referencingConfigurationPolicyCount: 0,
			settingInstance: {},
		})),
	templates: [
		{
			displayName: 'Approved USB drives',
			description: 'Device control group',
			GUID: stableGuid('reusableTemplate/usb'),
			RawJSON: JSON.stringify({
				displayName: 'Approved USB drives',
				description: 'Device control group',
				settingDefinitionId: 'device_vendor_msft_defender_configuration_devicecontrol_policygroups_{0}_groupdata',
				settingInstance: {},
			}),
			isSynced: false,
		},
		{
			displayName: 'Blocked printers',
			description: 'Printer protection group',
			GUID: stableGuid('reusableTemplate/printers'),
			RawJSON: JSON.stringify({
				displayName: 'Blocked printers',
				description: 'Printer protection group',
				settingDefinitionId: 'device_vendor_msft_defender_configuration_devicecontrol_policygroups_{0}_groupdata',
				settingInstance: {},
			}),
			isSynced: false,
		},
	],
}));

const ListIntuneReusableSettings: Endpoint = {
	name: 'ListIntuneReusableSettings',
	role: 'Endpoint.MEM.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (!tenantFilter) return { status: 400, body: { Results: 'tenantFilter is required' } };
		const id = ctx.fromQuery('ID');
		const { settings } = reusable(ctx.state);
		const row = ({ tenantId, ...setting }: (typeof settings)[number]) => {
			void tenantId;
			return { ...setting, RawJSON: JSON.stringify(setting) };
		};
		if (!id && (tenantFilter === 'AllTenants' || ctx.fromQuery('UseReportDB') === 'true')) {
			const tenants = cippTenants(ctx.state).filter(
				(tenant) => tenantFilter === 'AllTenants' || reportTenant(ctx.state, tenantFilter)?.customerId === tenant.customerId,
			);
			return {
				status: 200,
				body: tenants.flatMap((tenant) =>
					settings.filter((s) => s.tenantId === tenant.customerId).map((s) => ({ Tenant: tenant.defaultDomainName, ...row(s) })),
				),
			};
		}
		try {
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const own = settings.filter((setting) => setting.tenantId === tenant.customerId && (!id || setting.id === id.toLowerCase()));
			if (id && own.length === 0) throw new GraphError(GRAPH_ERRORS.notFound(id));
			return { status: 200, body: own.map(row) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to retrieve reusable policy settings: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const RemoveIntuneReusableSetting: Endpoint = {
	name: 'RemoveIntuneReusableSetting',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const name = psString(ctx.fromQueryOrBody('DisplayName')) || id;
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const { settings } = reusable(ctx.state);
			const setting = settings.find((entry) => entry.tenantId === tenant.customerId && entry.id === id.toLowerCase());
			if (!setting) throw new GraphError(GRAPH_ERRORS.notFound(id));
			settings.splice(settings.indexOf(setting), 1);
			return { status: 200, body: { Results: `Deleted Intune reusable setting '${name}' (${id})` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to delete Intune reusable setting ${id}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ListIntuneReusableSettingTemplates: Endpoint = {
	name: 'ListIntuneReusableSettingTemplates',
	role: 'Endpoint.MEM.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('ID');
		return { status: 200, body: reusable(ctx.state).templates.filter((template) => !id || template.GUID === id) };
	},
};

/** Invoke-AddIntuneReusableSettingTemplate: stores a new template row (a given GUID would overwrite one). */
const AddIntuneReusableSettingTemplate: Endpoint = {
	name: 'AddIntuneReusableSettingTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const fail = (why: string) => ({ status: 500, body: { Results: `Reusable Settings Template creation failed: ${why}` } });
		const displayName = psString(ctx.fromBody('displayName'));
		if (!displayName) return fail('You must enter a displayName');
		const raw = psString(ctx.fromBody('rawJSON') ?? ctx.fromBody('json'));
		if (!raw) return fail('You must provide RawJSON for the reusable setting');
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch (error) {
			return fail(`RawJSON is not valid JSON: ${(error as Error).message}`);
		}
		const GUID = psString(ctx.fromBody('GUID')) || randomUUID();
		const { templates } = reusable(ctx.state);
		const index = templates.findIndex((template) => template.GUID === GUID);
		if (index >= 0) templates.splice(index, 1);
		templates.push({
			displayName,
			description: psString(ctx.fromBody('description')),
			GUID,
			RawJSON: JSON.stringify(parsed),
			isSynced: false,
		});
		return { status: 200, body: { Results: 'Successfully added reusable setting template' } };
	},
};

/** Invoke-AddIntuneReusableSetting: a setting of the template's name is compared, then overwritten (PUT) or left alone. */
const AddIntuneReusableSetting: Endpoint = {
	name: 'AddIntuneReusableSetting',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		const list = ctx.fromBody('TemplateList');
		const templateId = psString(
			ctx.fromBody('TemplateId') ?? (isPlainObject(list) ? getIgnoreCase(list, 'value') : list) ?? ctx.fromQuery('TemplateId'),
		);
		if (!tenantFilter) return { status: 400, body: { Results: 'tenantFilter is required' } };
		if (!templateId) return { status: 400, body: { Results: 'TemplateId is required' } };
		const { settings, templates } = reusable(ctx.state);
		const template = templates.find((entry) => entry.GUID === templateId);
		if (!template) return { status: 404, body: { Results: `Template ${templateId} not found` } };
		try {
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const wanted = JSON.parse(template.RawJSON) as Record<string, unknown>;
			const displayName = psString(wanted.displayName) || templateId;
			const existing = settings.find((entry) => entry.tenantId === tenant.customerId && entry.displayName === displayName);
			if (existing) {
				const current = existing as unknown as Record<string, unknown>;
				const same = Object.entries(wanted).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value));
				if (same) return { status: 200, body: { Results: `Reusable setting '${displayName}' is already compliant.`, Id: existing.id } };
				Object.assign(existing, wanted, { version: existing.version + 1 });
				return { status: 200, body: { Results: `Updated reusable setting '${displayName}' in tenant ${tenantFilter}` } };
			}
			settings.push({
				tenantId: tenant.customerId,
				id: randomUUID(),
				displayName,
				description: psString(wanted.description),
				settingDefinitionId: psString(wanted.settingDefinitionId),
				version: 1,
				referencingConfigurationPolicyCount: 0,
				settingInstance: {},
			});
			return { status: 200, body: { Results: `Created reusable setting '${displayName}' in tenant ${tenantFilter}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Reusable settings deployment failed: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const RemoveIntuneReusableSettingTemplate: Endpoint = {
	name: 'RemoveIntuneReusableSettingTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const { templates } = reusable(ctx.state);
		const index = templates.findIndex((template) => template.GUID === id);
		// An unknown ID: Remove-CIPPAzDataTableEntity gets $null and throws.
		if (index < 0) {
			return {
				status: 500,
				body: {
					Results: `Failed to remove Intune reusable setting template ${id}: Cannot bind argument to parameter 'Entity' because it is null.`,
				},
			};
		}
		templates.splice(index, 1);
		return { status: 200, body: { Results: `Removed Intune reusable setting template with ID ${id}` } };
	},
};

export const editEndpoints: Endpoint[] = [
	AddIntunePolicyClone,
	ListIntuneReusableSettings,
	RemoveIntuneReusableSetting,
	ListIntuneReusableSettingTemplates,
	RemoveIntuneReusableSettingTemplate,
	AddIntuneReusableSetting,
	AddIntuneReusableSettingTemplate,
	EditIntunePolicy,
	EditIntuneScript,
	AddAutopilotConfig,
	RemoveAutopilotConfig,
	AddEnrollment,
	ExecRemoveEnrollmentProfile,
];
