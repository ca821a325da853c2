/**
 * Custom PowerShell test scripts: Invoke-ListCustomScripts, -AddCustomScript (save, action,
 * restore), -ExecCustomScript, -RemoveCustomScript. Failures are HTTP 400 {Error}.
 */
import { perSandbox, stableGuid } from '../../directory';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';

interface ScriptVersion {
	PartitionKey: 'CustomScript';
	RowKey: string;
	ScriptGuid: string;
	ScriptName: string;
	Version: number;
	ScriptContent: string;
	Description?: unknown;
	Pillar: string;
	UserImpact: string;
	ImplementationEffort: string;
	Enabled: unknown;
	AlertOnFailure: unknown;
	ResultMode: string;
	ReturnType: string;
	ResultSchema: string;
	[field: string]: unknown;
}

export const GUEST_SCRIPT = stableGuid('customScript/stale-guests');

const scripts = perSandbox((): ScriptVersion[] => [
	version(GUEST_SCRIPT, 'Stale guest accounts', 1, 'Get-CIPPGuests | Where-Object LastSignIn -lt (Get-Date).AddDays(-90)'),
	version(GUEST_SCRIPT, 'Stale guest accounts', 2, 'Get-CIPPGuests | Where-Object LastSignIn -lt (Get-Date).AddDays(-60)'),
]);

function version(guid: string, name: string, number: number, content: string): ScriptVersion {
	return {
		PartitionKey: 'CustomScript',
		RowKey: `${guid}-v${number}`,
		ScriptGuid: guid,
		ScriptName: name,
		Version: number,
		ScriptContent: content,
		Description: 'Guests who have not signed in recently',
		Pillar: 'Identity',
		UserImpact: 'Low',
		ImplementationEffort: 'Low',
		Enabled: true,
		AlertOnFailure: false,
		ResultMode: 'Auto',
		ReturnType: 'JSON',
		ResultSchema: '',
	};
}

const fail = (error: string) => ({ status: 400, body: { Error: error } });
const latest = (list: ScriptVersion[]) => [...list].sort((a, b) => b.Version - a.Version)[0];

const ListCustomScripts: Endpoint = {
	name: 'ListCustomScripts',
	role: 'CIPP.Tests.Read',
	anyTenant: true,
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('ScriptGuid'));
		const all = !!ctx.fromQueryOrBody('IncludeAllVersions');
		const rows = scripts(ctx.state);
		if (guid) {
			const versions = rows.filter((row) => row.ScriptGuid === guid).sort((a, b) => b.Version - a.Version);
			return { status: 200, body: all ? versions : versions.slice(0, 1) };
		}
		const byScript = [...new Set(rows.map((row) => row.ScriptGuid))].map((id) => latest(rows.filter((row) => row.ScriptGuid === id)));
		return { status: 200, body: byScript.sort((a, b) => a.ScriptName.localeCompare(b.ScriptName)) };
	},
};

const LEVELS = ['Low', 'Medium', 'High'];
const MODES = ['Auto', 'AlwaysPass', 'AlwaysInfo', 'AlwaysInvestigate'];

const AddCustomScript: Endpoint = {
	name: 'AddCustomScript',
	role: 'CIPP.Tests.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const rows = scripts(ctx.state);
		const guid = psString(body.ScriptGuid);
		const versions = rows.filter((row) => row.ScriptGuid === guid);
		if (body.Action) {
			if (!guid) return fail('ScriptGuid is required for action operations');
			if (versions.length === 0) return fail(`Script with GUID '${guid}' not found`);
			const current = latest(versions);
			switch (psString(body.Action)) {
				case 'EnableScript':
					current.Enabled = true;
					break;
				case 'DisableScript':
					current.Enabled = false;
					break;
				case 'EnableAlerts':
					current.AlertOnFailure = true;
					break;
				case 'DisableAlerts':
					current.AlertOnFailure = false;
					break;
				case 'SetResultMode':
					if (!MODES.includes(psString(body.ResultMode))) return fail(`ResultMode must be one of: ${MODES.join(', ')}`);
					current.ResultMode = psString(body.ResultMode);
					break;
			}
			return { status: 200, body: { Results: `Successfully updated custom script '${current.ScriptName}'` } };
		}
		if (body.RestoreToVersion) {
			if (!guid) return fail('ScriptGuid is required for restore operation');
			const target = versions.find((row) => row.Version === Number(body.RestoreToVersion));
			if (!target) return fail(`Version ${psString(body.RestoreToVersion)} not found for script GUID '${guid}'`);
			for (const newer of versions.filter((row) => row.Version > target.Version)) rows.splice(rows.indexOf(newer), 1);
			return { status: 200, body: { Results: `Successfully restored custom script '${target.ScriptName}' to version ${target.Version}` } };
		}
		const name = psString(body.ScriptName);
		const returnType = psString(body.ReturnType) || 'JSON';
		const mode = psString(body.ResultMode) || 'Auto';
		if (!name) return fail('ScriptName is required');
		if (!body.Pillar) return fail('Pillar is required');
		if (!body.UserImpact) return fail('UserImpact is required');
		if (!body.ImplementationEffort) return fail('ImplementationEffort is required');
		if (!['JSON', 'Markdown'].includes(returnType)) return fail('ReturnType must be one of: JSON, Markdown');
		if (!MODES.includes(mode)) return fail(`ResultMode must be one of: ${MODES.join(', ')}`);
		if (!['Identity', 'Devices', 'Data'].includes(psString(body.Pillar))) return fail('Pillar must be one of: Identity, Devices, Data');
		if (!LEVELS.includes(psString(body.UserImpact))) return fail('UserImpact must be one of: Low, Medium, High');
		if (!LEVELS.includes(psString(body.ImplementationEffort))) return fail('ImplementationEffort must be one of: Low, Medium, High');
		let content = psString(body.ScriptContent);
		let number = 1;
		let id = guid;
		if (guid) {
			if (versions.length === 0) return fail(`Script with GUID '${guid}' not found`);
			content ||= latest(versions).ScriptContent;
			number = Math.max(...versions.map((row) => row.Version)) + 1;
		} else {
			id = crypto.randomUUID();
		}
		if (!content) return fail('ScriptContent is required');
		// Test-CustomScriptSecurity: only read commands of an allowed list.
		const blocked = /\b((?:Remove|Set|New)-\w+)/i.exec(content);
		if (blocked) return fail(`Security violation at line 1: Command '${blocked[1]}' is not in the allowed list.`);
		rows.push({
			...version(id, name, number, content),
			Description: body.Description ?? null,
			Category: body.Category ?? null,
			Risk: body.Risk ?? null,
			Pillar: psString(body.Pillar),
			UserImpact: psString(body.UserImpact),
			ImplementationEffort: psString(body.ImplementationEffort),
			Enabled: body.Enabled ?? null,
			AlertOnFailure: body.AlertOnFailure ?? null,
			ReturnType: returnType,
			ResultMode: mode,
		});
		return { status: 200, body: { Results: `Successfully saved custom script '${name}'`, ScriptGuid: id } };
	},
};

const ExecCustomScript: Endpoint = {
	name: 'ExecCustomScript',
	role: 'CIPP.Tests.ReadWrite',
	handle(ctx) {
		const guid = psString(ctx.fromBody('ScriptGuid'));
		const tenant = psString(ctx.fromBody('TenantFilter'));
		if (!guid) return { status: 400, body: { Error: 'ScriptGuid is required', Tenant: tenant } };
		const versions = scripts(ctx.state).filter((row) => row.ScriptGuid === guid);
		if (versions.length === 0) return { status: 400, body: { Error: `Script with GUID '${guid}' not found`, Tenant: tenant } };
		return {
			status: 200,
			body: {
				Results: [{ userPrincipalName: `old.guest_example.com#EXT#@${tenant}`, lastSignIn: '2026-01-04T10:00:00Z' }],
				ScriptGuid: guid,
				Tenant: tenant,
				CIPPStatus: 'Investigate',
				CIPPResultMarkdown: '1 guest has not signed in for 60 days',
			},
		};
	},
};

const RemoveCustomScript: Endpoint = {
	name: 'RemoveCustomScript',
	role: 'CIPP.Tests.ReadWrite',
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('ScriptGuid'));
		if (!guid) return fail('ScriptGuid is required');
		const rows = scripts(ctx.state);
		const versions = rows.filter((row) => row.ScriptGuid === guid);
		if (versions.length === 0) return fail(`Script with GUID '${guid}' not found`);
		for (const row of versions) rows.splice(rows.indexOf(row), 1);
		return { status: 200, body: { Results: `Successfully removed custom script '${versions[0].ScriptName}'` } };
	},
};

export const endpoints: Endpoint[] = [ListCustomScripts, AddCustomScript, ExecCustomScript, RemoveCustomScript];
