/** Invoke-ExecCompareIntunePolicy for a stored template (no tenant: no reusable-settings sync) against a tenant's policy. */
import { getIgnoreCase, isPlainObject, omit } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { intuneData, intuneTenant } from './data';

/** Get-CIPPIntuneCompareExclusions (the common part) and ShouldSkipProperty's OData names. */
const EXCLUDED = [
	'id',
	'createdDateTime',
	'lastModifiedDateTime',
	'supportsScopeTags',
	'modifiedDateTime',
	'version',
	'roleScopeTagIds',
	'settingCount',
];
const skipped = (key: string) => EXCLUDED.includes(key) || /@odata/i.test(key) || key.startsWith('#microsoft.graph');
const empty = (value: unknown) => value === undefined || value === null || value === '';

interface Difference {
	Property: string;
	ExpectedValue: unknown;
	ReceivedValue: unknown;
}

/** Compare-CIPPIntuneObject, reduced to the plain objects the sandbox holds. */
function compare(expected: unknown, received: unknown, path: string, out: Difference[]): Difference[] {
	if (isPlainObject(expected) && isPlainObject(received)) {
		for (const key of new Set([...Object.keys(expected), ...Object.keys(received)])) {
			if (!skipped(key)) compare(expected[key], received[key], path ? `${path}.${key}` : key, out);
		}
	} else if (Array.isArray(expected) && Array.isArray(received)) {
		for (let index = 0; index < Math.max(expected.length, received.length); index += 1)
			compare(expected[index], received[index], `${path}.${index}`, out);
	} else if (!(empty(expected) && empty(received)) && JSON.stringify(expected) !== JSON.stringify(received)) {
		out.push({ Property: path, ExpectedValue: empty(expected) ? '' : expected, ReceivedValue: empty(received) ? '' : received });
	}
	return out;
}

interface Resolved {
	Object: unknown;
	Label: string;
	Missing?: string;
}

function resolve(ctx: EndpointContext, source: unknown, label: string): Resolved {
	const read = (name: string) => psString(getIgnoreCase(source, name));
	const data = intuneData(ctx.state);
	const template = () => {
		const found = data.templates.find((row) => row.GUID.toLowerCase() === read('templateGuid').toLowerCase());
		if (!found) throw new Error(`${label} : Template with GUID '${read('templateGuid')}' not found`);
		return found;
	};
	const policyObject = (policy: (typeof data.policies)[number]) => omit(policy, 'tenantId', 'URLName', 'PolicyTypeName', 'assignments');
	const type = read('type');
	if (type === 'template') {
		const found = template();
		return { Object: JSON.parse(found.RAWJson), Label: `${found.Displayname} (Template)` };
	}
	const tenantFilter = read('tenantFilter');
	if (type === 'tenantPolicyByTemplate') {
		const found = template();
		const tenant = intuneTenant(ctx.state, tenantFilter);
		const policy = data.policies.find((entry) => entry.tenantId === tenant.customerId && entry.displayName === found.Displayname);
		if (!policy) return { Object: null, Label: `${found.Displayname} (not deployed to ${tenantFilter})`, Missing: found.Displayname };
		return { Object: policyObject(policy), Label: `${found.Displayname} (${tenantFilter})` };
	}
	if (type === 'tenantPolicy') {
		const tenant = intuneTenant(ctx.state, tenantFilter);
		const [id, urlName] = [read('policyId'), read('urlName')];
		const policy = data.policies.find(
			(entry) =>
				entry.tenantId === tenant.customerId &&
				entry.id === id.toLowerCase() &&
				String(entry.URLName).toLowerCase() === urlName.toLowerCase(),
		);
		if (!policy) throw new Error(`${label} : Policy '${id}' not found in tenant '${tenantFilter}'`);
		return { Object: policyObject(policy), Label: `${policy.displayName} (${tenantFilter})` };
	}
	throw new Error(
		`${label} : Invalid source type '${type}'. Must be 'template', 'tenantPolicy', 'tenantPolicyByTemplate', or 'communityRepo'`,
	);
}

const ExecCompareIntunePolicy: Endpoint = {
	name: 'ExecCompareIntunePolicy',
	role: 'Endpoint.MEM.Read',
	anyTenant: true,
	handle(ctx) {
		// CIPP answers ConvertTo-Json text, not an object.
		const answer = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
		try {
			const [sourceA, sourceB] = [ctx.fromBody('sourceA'), ctx.fromBody('sourceB')];
			if (!sourceA || !sourceB) throw new Error('Both sourceA and sourceB are required');
			const a = resolve(ctx, sourceA, 'Source A');
			const b = resolve(ctx, sourceB, 'Source B');
			const labels = { sourceALabel: a.Label, sourceBLabel: b.Label, sourceAData: a.Object, sourceBData: b.Object };
			if (a.Missing !== undefined || b.Missing !== undefined) {
				const missingSide = a.Missing !== undefined ? 'baseline' : 'tenant';
				return answer(200, {
					Results: [],
					...labels,
					identical: false,
					policyMissing: true,
					missingPolicyName: a.Missing ?? b.Missing,
					missingSide,
					fuzzyDistance: 0,
				});
			}
			const differences = compare(a.Object, b.Object, '', []);
			return answer(200, { Results: differences, ...labels, identical: differences.length === 0, matchType: 'exact', matchedName: null });
		} catch (error) {
			return answer(400, { Results: `Failed to compare policies: ${(error as Error).message}` });
		}
	},
};

export const compareEndpoints: Endpoint[] = [ExecCompareIntunePolicy];
