/** Baselines: Invoke-ListBaselineAlignment (one tenant) and -ExecUpdateBaselineDeviation. */
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

export const endpoints: Endpoint[] = [ListBaselineAlignment, ExecUpdateBaselineDeviation];
