/**
 * Baselines: Invoke-ListBaselineAlignment (one tenant), -ExecUpdateBaselineDeviation, -ListBaselines,
 * -ListBaselineStandards, -ExecBaselineRun, -ExecBaselineStage, -RemoveBaseline.
 */
import { stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { type BaselineRow, standardsData } from './data';

function score(rows: BaselineRow[]) {
	const count = (...statuses: string[]) => rows.filter((row) => statuses.includes(row.status)).length;
	const compliant = count('Compliant');
	const accepted = count('Accepted', 'Partially Accepted');
	const pct = (value: number) => (rows.length ? Math.round((100 * value) / rows.length) : 0);
	return {
		total: rows.length,
		applicable: rows.length,
		licenseMissing: 0,
		noData: count('No Data'),
		compliant,
		accepted,
		drift: count('Drift'),
		denied: rows.filter((row) => row.status.startsWith('Denied - ')).length,
		conflicts: 0,
		verifiedPercentage: pct(compliant),
		alignedPercentage: pct(compliant + accepted),
		acceptedPercentage: pct(accepted),
	};
}

/** Invoke-ListBaselineAlignment: ?tenantFilter= (with history=true the run events), or ?byStandard=true. */
const ListBaselineAlignment: Endpoint = {
	name: 'ListBaselineAlignment',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const tenant = ctx.fromQuery('tenantFilter');
		if (!tenant) {
			return { status: 500, body: { Results: 'Failed to list baseline alignment: Provide tenantFilter or byStandard=true.' } };
		}
		const rows = standardsData(ctx.state).baseline.filter((row) => row.tenantFilter === tenant);
		if ((ctx.fromQuery('history') ?? '').toLowerCase() === 'true') {
			const events = rows.map((row) => ({
				timestamp: row.lastRun,
				standardName: row.standardName,
				standardLabel: row.standardLabel,
				mode: 'report',
				triggeredBy: 'schedule',
				outcome: row.compliant ? 'Compliant' : 'Drift',
				remediated: false,
				runId: 'run-20260803',
				diff: null,
			}));
			return { status: 200, body: { events } };
		}
		const summary = { ...score(rows), tenantFilter: tenant, tenantId: tenant, displayName: tenant };
		return { status: 200, body: { summary, rows, stageStates: [], deviationFeed: [] } };
	},
};

const TRIAGED = ['Accepted', 'Partially Accepted', 'Denied - Remediate Pending', 'Denied - Delete Pending'];

/** Invoke-ExecUpdateBaselineDeviation: every refusal is a throw, answered HTTP 500 "Failed to update deviation: ...". */
const ExecUpdateBaselineDeviation: Endpoint = {
	name: 'ExecUpdateBaselineDeviation',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({ status: 500, body: { Results: `Failed to update deviation: ${message}` } });
		const action = psString(ctx.fromBody('action'));
		const tenant = psString(ctx.fromBody('tenantFilter'));
		const standard = psString(ctx.fromBody('standard'));
		const reason = ctx.fromBody('reason');
		if (!action || !tenant || !standard) return fail('Provide action, tenantFilter, and standard.');
		if (['accept', 'acceptpath', 'denypath'].includes(action.toLowerCase()) && !reason)
			return fail('A reason is required to triage a deviation.');
		const row = standardsData(ctx.state).baseline.find(
			(candidate) => candidate.tenantFilter === tenant && candidate.standardName === standard,
		);
		if (!row) return fail(`No resolved data for ${standard} on ${tenant} yet - run the baseline first.`);
		const at = Math.floor(Date.now() / 1000);
		let message: string;
		switch (action.toLowerCase()) {
			case 'accept':
				Object.assign(row, {
					status: 'Accepted',
					deviationReason: psString(reason),
					deviationBy: '',
					deviationAt: at,
					deviationExpires: ctx.fromBody('expires') ?? '',
					remediateOnExpire: !!ctx.fromBody('remediateOnExpire'),
				});
				message = `Accepted the deviation on ${standard} for ${tenant}.`;
				break;
			case 'deny': {
				const method = psString(ctx.fromBody('method') ?? 'remediate');
				if (!['remediate', 'delete'].includes(method.toLowerCase()))
					return fail(`Unknown deny method '${method}'. Use remediate or delete.`);
				Object.assign(row, {
					status: method.toLowerCase() === 'delete' ? 'Denied - Delete Pending' : 'Denied - Remediate Pending',
					deviationReason: psString(reason),
					deviationBy: '',
					deviationAt: at,
					deviationExpires: '',
					remediateOnExpire: false,
					acceptedPaths: {},
				});
				message = `Denied the deviation on ${standard} for ${tenant} - ${method} pending on the next run.`;
				break;
			}
			case 'clear':
				if (TRIAGED.includes(row.status)) row.status = 'Drift';
				Object.assign(row, {
					deviationReason: '',
					deviationBy: '',
					deviationAt: null,
					deviationExpires: '',
					remediateOnExpire: false,
					acceptedPaths: {},
				});
				message = `Cleared the triage and any accepted properties on ${standard} for ${tenant} - it re-surfaces as Drift.`;
				break;
			case 'acceptpath':
			case 'denypath':
			case 'clearpath': {
				const path = psString(ctx.fromBody('path'));
				if (!path) return fail(`${action} requires the property path.`);
				if (action.toLowerCase() === 'clearpath') {
					delete row.acceptedPaths[path];
					message = `Cleared the triage on property ${path} of ${standard} for ${tenant} - it re-surfaces as drift on the next run.`;
				} else {
					const deny = action.toLowerCase() === 'denypath';
					row.acceptedPaths[path] = { reason, by: '', at, verdict: deny ? 'denyDelete' : 'accept' };
					message = deny
						? `Denied ${path} of ${standard} for ${tenant} - it is deleted on the next remediation run. Other properties keep alerting.`
						: `Accepted the deviation on property ${path} of ${standard} for ${tenant}. Other properties keep alerting.`;
				}
				// Compare-CIPPIntuneObject on the top-level properties.
				const expected = (row.expectedValue ?? {}) as Record<string, unknown>;
				const current = (row.currentValue ?? {}) as Record<string, unknown>;
				const remaining = Object.keys(expected).filter(
					(key) => JSON.stringify(expected[key]) !== JSON.stringify(current[key]) && !(key in row.acceptedPaths),
				);
				const accepted = Object.keys(row.acceptedPaths);
				if (['Drift', 'Partially Accepted', 'Accepted', 'Denied - Delete Pending'].includes(row.status)) {
					row.status =
						remaining.length > 0
							? accepted.length > 0
								? 'Partially Accepted'
								: 'Drift'
							: Object.values(row.acceptedPaths).some((entry) => (entry as { verdict: string }).verdict === 'denyDelete')
								? 'Denied - Delete Pending'
								: accepted.length > 0
									? 'Accepted'
									: 'Drift';
					if (remaining.length > 0) {
						message = `${message} ${remaining.length} untriaged deviating ${remaining.length === 1 ? 'property keeps' : 'properties keep'} alerting.`;
					}
				}
				break;
			}
			case 'completetask':
				Object.assign(row, {
					status: 'Compliant',
					compliant: true,
					lastRemediated: at,
					currentValue: { ...(row.currentValue as object), completed: true },
				});
				message = `Marked the manual task ${standard} as completed for ${tenant}.`;
				break;
			default:
				return fail(`Unknown action '${action}'. Use Accept, Deny, Clear, AcceptPath, DenyPath, ClearPath, or CompleteTask.`);
		}
		return { status: 200, body: { Results: message } };
	},
};

/** Invoke-ListBaselines (Get-CIPPBaseline): baselines with stages and each assigned tenant's stage. */
const ListBaselines: Endpoint = {
	name: 'ListBaselines',
	role: 'Tenant.Standards.Read',
	handle(ctx) {
		const rows = standardsData(ctx.state).baselines.map(({ tenantStates, ...baseline }) => ({
			...baseline,
			baselineName: baseline.templateName,
			stageNames: baseline.stages.map((stage) => stage.name),
			standardsCount: new Set(baseline.stages.flatMap((stage) => stage.standards)).size,
			tenantStates: [...tenantStates.entries()].map(([tenant, stage]) => ({
				tenantFilter: tenant,
				currentStage: stage,
				totalStages: baseline.stages.length,
				stageName: baseline.stages[stage - 1].name,
			})),
		}));
		return { status: 200, body: rows };
	},
};

/** Invoke-ListBaselineStandards (Get-CIPPBaselineDefinition): the catalogue of standards. */
const ListBaselineStandards: Endpoint = {
	name: 'ListBaselineStandards',
	role: 'Tenant.Standards.Read',
	handle: () => ({
		status: 200,
		body: [
			{ name: 'AuditLog', label: 'Unified audit log', cat: 'Global Standards', impact: 'Low Impact', variables: [] },
			{
				name: 'DisableBasicAuthSMTP',
				label: 'Disable SMTP basic authentication',
				cat: 'Exchange Standards',
				impact: 'Medium Impact',
				variables: [],
			},
		],
	}),
};

/** Invoke-ExecBaselineRun: refusals are HTTP 500; a run that resolves nothing is HTTP 200 "Nothing ran: ...". */
const ExecBaselineRun: Endpoint = {
	name: 'ExecBaselineRun',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({ status: 500, body: { Results: `Failed to start baseline run: ${message}` } });
		const mode = psString(ctx.fromBody('mode') ?? 'run');
		if (!['run', 'compare', 'oneoff'].includes(mode)) return fail(`Unknown mode '${mode}'. Use run, compare, or oneoff.`);
		const raw = ctx.fromBody('tenantFilter');
		let tenant = psString(raw && typeof raw === 'object' ? (raw as Record<string, unknown>).value : raw);
		if (tenant.toLowerCase() === 'alltenants') tenant = '';
		const standard = psString(ctx.fromBody('standard'));
		const templateId = psString(ctx.fromBody('templateId'));
		if (mode === 'oneoff' && !(tenant && standard)) return fail('A oneoff run requires tenantFilter and standard.');
		if (!(tenant || templateId)) return fail('Provide a tenantFilter or a templateId to scope the run.');
		const baselines = standardsData(ctx.state).baselines.filter((baseline) => !templateId || baseline.GUID === templateId);
		const queued = baselines
			.flatMap((baseline) =>
				[...baseline.tenantStates.entries()]
					.filter(([name]) => !tenant || name === tenant)
					.flatMap(([, stage]) => baseline.stages.slice(0, stage).flatMap((entry) => entry.standards)),
			)
			.filter((name) => !standard || name === standard).length;
		const target = templateId ? `baseline ${templateId}` : `${standard ? `${standard} on ` : ''}${tenant}`;
		if (queued === 0) {
			return {
				status: 200,
				body: {
					Results: `Nothing ran: no assigned baseline (or tenant override) resolves ${target}. Check the baseline's standards, assignment, and exclusions.`,
				},
			};
		}
		return {
			status: 200,
			body: {
				Results: `Started the ${mode}: ${queued} check${queued === 1 ? '' : 's'} queued. Results appear on the alignment page as each check completes.`,
			},
		};
	},
};

/** Invoke-ExecBaselineStage */
const ExecBaselineStage: Endpoint = {
	name: 'ExecBaselineStage',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({ status: 500, body: { Results: `Failed to advance stage: ${message}` } });
		const tenant = psString(ctx.fromBody('tenantFilter'));
		const templateId = psString(ctx.fromBody('templateId'));
		if (!(tenant && templateId)) return fail('Provide tenantFilter and templateId.');
		const baseline = standardsData(ctx.state).baselines.find((entry) => entry.GUID === templateId);
		if (!baseline) return fail(`No baseline found with ID ${templateId}.`);
		const current = baseline.tenantStates.get(tenant) ?? 1;
		if (current >= baseline.stages.length) return fail(`${tenant} is already in the final stage of ${baseline.templateName}.`);
		baseline.tenantStates.set(tenant, current + 1);
		const name = baseline.stages[current].name;
		return {
			status: 200,
			body: {
				Results: `Moved ${tenant} to stage ${current + 1} (${name}) of ${baseline.templateName}. The stage's standards apply on the next run.`,
			},
		};
	},
};

/** Invoke-RemoveBaseline */
const RemoveBaseline: Endpoint = {
	name: 'RemoveBaseline',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		if (!id) return { status: 500, body: { Results: 'Failed to remove baseline: Provide the ID of the baseline to remove.' } };
		const data = standardsData(ctx.state);
		const index = data.baselines.findIndex((entry) => entry.GUID === id);
		if (index < 0) return { status: 500, body: { Results: `Failed to remove baseline: No baseline found with ID ${id}.` } };
		const [removed] = data.baselines.splice(index, 1);
		return { status: 200, body: { Results: `Successfully removed baseline ${removed.templateName}` } };
	},
};

/** Invoke-ExecBaselineOverride: a tenant delta for one standard; the resolved row shows it at once. */
const ExecBaselineOverride: Endpoint = {
	name: 'ExecBaselineOverride',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromBody('action'));
		const tenant = psString(ctx.fromBody('tenantFilter'));
		const standard = psString(ctx.fromBody('standard'));
		if (!(action && tenant && standard))
			return { status: 500, body: { Results: 'Failed to update override: Provide action, tenantFilter, and standard.' } };
		const row = standardsData(ctx.state).baseline.find(
			(candidate) => candidate.tenantFilter === tenant && candidate.standardName === standard,
		) as (BaselineRow & { sourceTemplate?: string; inheritedValue?: unknown }) | undefined;
		if (action === 'createOverride') {
			if (row) {
				row.inheritedValue ??= row.expectedValue;
				row.expectedValue = ctx.fromBody('variables') ?? {};
				row.sourceTemplate = 'Tenant Override';
			}
			return { status: 200, body: { Results: `Created a tenant override of ${standard} for ${tenant}.` } };
		}
		if (action === 'deleteOverride') {
			if (row?.sourceTemplate === 'Tenant Override') {
				row.expectedValue = row.inheritedValue;
				row.sourceTemplate = 'Secure Score Baseline';
			}
			return {
				status: 200,
				body: { Results: `Removed the tenant override of ${standard} for ${tenant} - it falls back to the inherited configuration.` },
			};
		}
		return {
			status: 500,
			body: { Results: `Failed to update override: Unknown action '${action}'. Use createOverride or deleteOverride.` },
		};
	},
};

/** Invoke-AddBaseline: the rollout row and one delta row per standard, stage and scope; a GUID given replaces that baseline. */
const AddBaseline: Endpoint = {
	name: 'AddBaseline',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({ status: 500, body: { Results: `Failed to save baseline: ${message}` } });
		const name = psString(ctx.fromBody('templateName'));
		const stages = [ctx.fromBody('stages') ?? []].flat() as Array<Record<string, unknown>>;
		if (!name) return fail('A baseline requires a name.');
		if (stages.length < 1) return fail('A baseline requires at least one stage.');
		const key = (entry: unknown) => psString(entry && typeof entry === 'object' ? (entry as Record<string, unknown>).value : entry);
		const keys = (value: unknown) => [value ?? []].flat().map(key).filter(Boolean);
		const instance = (config: unknown) =>
			typeof config === 'string'
				? config
				: psString((config as Record<string, unknown>).instance ?? (config as Record<string, unknown>).standard);
		const list = standardsData(ctx.state).baselines;
		const GUID = psString(ctx.fromBody('GUID')) || stableGuid(`standards/baselines/new/${list.length}/${name}`);
		const existing = list.find((baseline) => baseline.GUID === GUID);
		const baseline = {
			GUID,
			templateName: name,
			stages: stages.map((stage) => ({
				name: psString(stage.name),
				standards: [stage.standards ?? []].flat().filter(Boolean).map(instance),
			})),
			assignedTenants: keys(ctx.fromBody('assignedTenants')),
			excludedTenants: keys(ctx.fromBody('excludedTenants')),
			tenantStates: existing?.tenantStates ?? new Map<string, number>(),
		};
		if (existing) list[list.indexOf(existing)] = baseline;
		else list.push(baseline);
		const deltas = baseline.stages.reduce((count, stage) => count + stage.standards.length, 0) * baseline.assignedTenants.length;
		return { status: 200, body: { Results: 'Successfully saved the baseline', Metadata: { id: GUID, deltas } } };
	},
};

export const endpoints: Endpoint[] = [
	ExecBaselineOverride,
	ListBaselineAlignment,
	ExecUpdateBaselineDeviation,
	ListBaselines,
	AddBaseline,
	ListBaselineStandards,
	ExecBaselineRun,
	ExecBaselineStage,
	RemoveBaseline,
];
