/**
 * Exchange retention (MRM) policies and tags, and the mailboxes they apply to:
 * Invoke-ExecManageRetentionPolicies, -ExecManageRetentionTags (list, or Create/Modify/Delete
 * lists in the body, answered as a bare array of messages) and -ExecSetMailboxRetentionPolicies.
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { tenantMailboxes } from './settings';
import { exchangeError, exchangeTarget, exchangeTenant } from './state';

interface RetentionTag {
	Name: string;
	Type: string;
	RetentionAction: string | null;
	AgeLimitForRetention: number | null;
	RetentionEnabled: boolean;
	Comment: string | null;
}

interface RetentionPolicy {
	Name: string;
	RetentionPolicyTagLinks: string[];
}

const ROLE = 'Exchange.RetentionPolicies.ReadWrite';

/** Exchange Online's starter tags and Default MRM Policy, plus a tag no policy links and two policies no mailbox has. */
const retention = perSandbox(() => new Map<string, { tags: RetentionTag[]; policies: RetentionPolicy[] }>());

function stateOf(state: SandboxState, tenant: SandboxTenant) {
	const map = retention(state);
	let found = map.get(tenant.customerId);
	if (!found) {
		const tag = (
			Name: string,
			Type: string,
			RetentionAction: string,
			AgeLimitForRetention: number,
			RetentionEnabled = true,
		): RetentionTag => ({
			Name,
			Type,
			RetentionAction,
			AgeLimitForRetention,
			RetentionEnabled,
			Comment: null,
		});
		found = {
			tags: [
				tag('Default 2 year move to archive', 'All', 'MoveToArchive', 730),
				tag('1 Week Delete', 'Personal', 'DeleteAndAllowRecovery', 7),
				tag('1 Month Delete', 'Personal', 'DeleteAndAllowRecovery', 30),
				tag('Never Delete', 'Personal', 'DeleteAndAllowRecovery', 0, false),
				tag('Recoverable Items 14 days move to archive', 'RecoverableItems', 'MoveToArchive', 14),
				tag('1 Year Delete', 'Personal', 'DeleteAndAllowRecovery', 365),
			],
			policies: [
				{
					Name: 'Default MRM Policy',
					RetentionPolicyTagLinks: [
						'Default 2 year move to archive',
						'1 Week Delete',
						'1 Month Delete',
						'Never Delete',
						'Recoverable Items 14 days move to archive',
					],
				},
				{ Name: 'Short Retention', RetentionPolicyTagLinks: ['1 Week Delete'] },
				{ Name: 'Old Project Policy', RetentionPolicyTagLinks: [] },
			],
		};
		map.set(tenant.customerId, found);
	}
	return found;
}

const notFound = (identity: string) =>
	new GraphError(`Couldn't find object "${identity}". Please make sure that it was spelled correctly or specify a different object.`);

function byName<T extends { Name: string }>(list: T[], identity: unknown): T {
	const wanted = psString(identity).trim().toLowerCase();
	const found = list.find((entry) => entry.Name.toLowerCase() === wanted);
	if (!found) throw notFound(psString(identity));
	return found;
}

function policyRow(tenant: SandboxTenant, policy: RetentionPolicy) {
	return {
		...policy,
		Identity: policy.Name,
		Guid: stableGuid(`${tenant.customerId}/mrm/${policy.Name}`),
		IsDefault: policy.Name === 'Default MRM Policy',
	};
}

function tagRow(tenant: SandboxTenant, tag: RetentionTag) {
	const age = tag.AgeLimitForRetention ? `${tag.AgeLimitForRetention}.00:00:00` : null;
	return { ...tag, AgeLimitForRetention: age, Identity: tag.Name, Guid: stableGuid(`${tenant.customerId}/tag/${tag.Name}`) };
}

/** One cmdlet CIPP runs; a GraphError is Exchange refusing it, reported as "Failed to <op> retention <kind> <id>: <error>". */
type Step = { run: () => string; failed: string };

/** Delete<Kind>: CIPP's refusal while the record is in use (checked first), else Remove-Retention<Kind>. */
function deleteSteps<T extends { Name: string }>(
	entries: unknown,
	noun: 'policy' | 'tag',
	list: T[],
	inUse: (identity: string) => string | undefined,
): Array<Step | string> {
	return psList(entries).map((entry) => {
		const identity = psString(entry);
		if (!identity) return `Failed to delete ${noun} - Identity is required`;
		const refusal = inUse(identity);
		if (refusal) return refusal;
		const run = () => {
			list.splice(list.indexOf(byName(list, identity)), 1);
			return `Successfully deleted retention ${noun}: ${identity}`;
		};
		return { failed: `Failed to delete retention ${noun} ${identity}`, run };
	});
}

/**
 * The shape both ExecManageRetention endpoints share: 400 without a tenant, the list when the
 * body has none of the three change lists, else one message per entry in the body's order.
 */
function manageEndpoint(
	plural: 'Policies' | 'Tags',
	steps: (ctx: EndpointContext, tenant: SandboxTenant) => Array<Step | string>,
	rows: (state: SandboxState, tenant: SandboxTenant) => unknown[],
): Endpoint {
	return {
		name: `ExecManageRetention${plural}`,
		role: ROLE,
		handle(ctx) {
			const tenantFilter = ctx.fromQueryOrBody('tenantFilter');
			if (!psString(tenantFilter)) return { status: 400, body: 'Tenant filter is required' };
			const noun = plural === 'Policies' ? 'policy' : 'tag';
			const changes = ['Create', 'Modify', 'Delete'].some((change) => psList(ctx.fromBody(`${change}${plural}`)).length > 0);
			let tenant: SandboxTenant;
			try {
				tenant = exchangeTenant(ctx.state, tenantFilter);
			} catch (error) {
				const what = `retention ${plural.toLowerCase()}: ${exchangeError(error)}`;
				return changes ? { status: 403, body: [`Failed to manage ${what}`] } : { status: 500, body: [`Failed to retrieve ${what}`] };
			}
			if (!changes) {
				const wanted = ctx.fromQuery('name');
				if (!wanted) return { status: 200, body: rows(ctx.state, tenant) };
				const one = rows(ctx.state, tenant).filter((row) => psString(getIgnoreCase(row, 'Name')).toLowerCase() === wanted.toLowerCase());
				return one.length
					? { status: 200, body: one[0] }
					: { status: 500, body: [`Failed to retrieve retention ${noun} '${wanted}': ${exchangeError(notFound(wanted))}`] };
			}
			const results = steps(ctx, tenant).map((step) => {
				if (typeof step === 'string') return step;
				try {
					return step.run();
				} catch (error) {
					return `${step.failed}: ${exchangeError(error)}`;
				}
			});
			return { status: 200, body: results };
		},
	};
}

const ExecManageRetentionPolicies = manageEndpoint(
	'Policies',
	(ctx, tenant) => {
		const { tags, policies } = stateOf(ctx.state, tenant);
		const checkTags = (names: unknown[]) => names.map((name) => byName(tags, name).Name);
		const creates = psList(ctx.fromBody('CreatePolicies')).map((entry): Step | string => {
			const name = psString(getIgnoreCase(entry, 'Name'));
			if (!name) return 'Failed to create policy - Name is required';
			return {
				failed: `Failed to create retention policy ${name}`,
				run: () => {
					if (policies.some((policy) => policy.Name.toLowerCase() === name.toLowerCase())) {
						throw new GraphError(`The retention policy "${name}" already exists.`);
					}
					policies.push({ Name: name, RetentionPolicyTagLinks: checkTags(psList(getIgnoreCase(entry, 'RetentionPolicyTagLinks'))) });
					return `Successfully created retention policy: ${name}`;
				},
			};
		});
		const modifies = psList(ctx.fromBody('ModifyPolicies')).map((entry): Step | string => {
			const identity = psString(getIgnoreCase(entry, 'Identity'));
			if (!identity) return 'Failed to modify policy - Identity is required';
			const add = psList(getIgnoreCase(entry, 'AddTags'));
			const remove = psList(getIgnoreCase(entry, 'RemoveTags'));
			const current = policies.find((policy) => policy.Name.toLowerCase() === identity.toLowerCase());
			if ((add.length || remove.length) && !current) return `Failed to modify policy ${identity} - Could not retrieve current policy`;
			return {
				failed: `Failed to modify retention policy ${identity}`,
				run: () => {
					const policy = byName(policies, identity);
					let links = policy.RetentionPolicyTagLinks;
					if (add.length) links = [...links, ...checkTags(add).filter((tag) => !links.includes(tag))];
					// RemoveTags starts again from the current links, so tags added in the same call are lost (:112-120).
					if (remove.length) links = policy.RetentionPolicyTagLinks.filter((tag) => !remove.map(psString).includes(tag));
					if (!add.length && !remove.length && getIgnoreCase(entry, 'RetentionPolicyTagLinks')) {
						links = checkTags(psList(getIgnoreCase(entry, 'RetentionPolicyTagLinks')));
					}
					const rename = psString(getIgnoreCase(entry, 'Name'));
					if (rename) {
						for (const { extras } of tenantMailboxes(ctx.state, tenant)) {
							if (extras.retentionPolicy === policy.Name) extras.retentionPolicy = rename;
						}
						policy.Name = rename;
					}
					policy.RetentionPolicyTagLinks = links;
					return `Successfully modified retention policy: ${identity}`;
				},
			};
		});
		const deletes = deleteSteps(ctx.fromBody('DeletePolicies'), 'policy', policies, (identity) =>
			// Get-Mailbox -Filter "RetentionPolicy -eq '…'": Exchange's filter compares without case.
			tenantMailboxes(ctx.state, tenant).some(({ extras }) => String(extras.retentionPolicy ?? '').toLowerCase() === identity.toLowerCase())
				? `Cannot delete retention policy ${identity} - still assigned to mailboxes`
				: undefined,
		);
		return [...creates, ...modifies, ...deletes];
	},
	(state, tenant) => stateOf(state, tenant).policies.map((policy) => policyRow(tenant, policy)),
);

const TYPES = (
	'All Inbox SentItems DeletedItems Drafts Outbox JunkEmail Journal SyncIssues ConversationHistory Personal RecoverableItems NonIpmRoot ' +
	'LegacyArchiveJournals Clutter Calendar Notes Tasks Contacts RssSubscriptions ManagedCustomFolder'
).split(' ');
const ACTIONS = ['DeleteAndAllowRecovery', 'PermanentlyDelete', 'MoveToArchive', 'MarkAsPastRetentionLimit'];

/** Test-RetentionTagParams (Invoke-ExecManageRetentionTags.ps1:54-125). */
function tagProblem(entry: unknown, create: boolean): string | null {
	const name = psString(getIgnoreCase(entry, 'Name'));
	const type = psString(getIgnoreCase(entry, 'Type'));
	const action = psString(getIgnoreCase(entry, 'RetentionAction'));
	if (create) {
		if (!name) return 'Tag Name is required';
		if (!type) return 'Tag Type is required';
		if (!TYPES.includes(type)) return `Invalid Type '${type}'. Valid types: ${TYPES.join(', ')}`;
		const archiveTypes = ['All', 'Personal', 'RecoverableItems'];
		if (action === 'MoveToArchive' && !archiveTypes.includes(type)) {
			return `RetentionAction 'MoveToArchive' can only be used with tag types: ${archiveTypes.join(', ')}. Current type: '${type}'`;
		}
		if (action && action !== 'MoveToArchive' && action !== 'MarkAsPastRetentionLimit' && type === 'RecoverableItems') {
			return `RetentionAction '${action}' cannot be used with tag type '${type}'`;
		}
		if (getIgnoreCase(entry, 'RetentionEnabled') === true && !action)
			return 'RetentionAction is required when RetentionEnabled is set to true';
	}
	if (name && /[\\/:*?"<>|]/.test(name)) return 'Tag name contains invalid characters. Avoid using: \\ / : * ? " < > |';
	if (name.length > 64) return 'Tag name cannot exceed 64 characters';
	if (action && !ACTIONS.includes(action)) return `Invalid RetentionAction '${action}'. Valid actions: ${ACTIONS.join(', ')}`;
	const age = Number(getIgnoreCase(entry, 'AgeLimitForRetention') ?? 0);
	if (age && (age < 0 || age > 24855)) return 'AgeLimitForRetention must be between 0 and 24855 days';
	return null;
}

/** The fields CIPP passes on when they are truthy (RetentionEnabled whenever it is not null). */
function applyTag(tag: RetentionTag, entry: unknown): void {
	const age = Number(getIgnoreCase(entry, 'AgeLimitForRetention') ?? 0);
	if (age) tag.AgeLimitForRetention = age;
	if (psString(getIgnoreCase(entry, 'RetentionAction'))) tag.RetentionAction = psString(getIgnoreCase(entry, 'RetentionAction'));
	if (psString(getIgnoreCase(entry, 'Comment'))) tag.Comment = psString(getIgnoreCase(entry, 'Comment'));
	const enabled = getIgnoreCase(entry, 'RetentionEnabled');
	if (enabled !== undefined && enabled !== null) tag.RetentionEnabled = enabled === true || psString(enabled).toLowerCase() === 'true';
}

const ExecManageRetentionTags = manageEndpoint(
	'Tags',
	(ctx, tenant) => {
		const { tags, policies } = stateOf(ctx.state, tenant);
		const creates = psList(ctx.fromBody('CreateTags')).map((entry): Step | string => {
			const name = psString(getIgnoreCase(entry, 'Name'));
			const problem = tagProblem(entry, true);
			if (problem) return `Failed to create tag '${name}': ${problem}`;
			const type = psString(getIgnoreCase(entry, 'Type'));
			const action = psString(getIgnoreCase(entry, 'RetentionAction'));
			const age = Number(getIgnoreCase(entry, 'AgeLimitForRetention') ?? 0);
			const summary = `(Type: ${type}${action ? `, Action: ${action}` : ''}${age ? `, Age: ${age} days` : ''})`;
			return {
				failed: `Failed to create retention tag ${name}`,
				run: () => {
					if (tags.some((tag) => tag.Name.toLowerCase() === name.toLowerCase())) {
						throw new GraphError(`The retention policy tag "${name}" already exists.`);
					}
					const tag: RetentionTag = {
						Name: name,
						Type: type,
						RetentionAction: null,
						AgeLimitForRetention: null,
						RetentionEnabled: true,
						Comment: null,
					};
					applyTag(tag, entry);
					tags.push(tag);
					return `Successfully created retention tag: ${name} ${summary}`;
				},
			};
		});
		const modifies = psList(ctx.fromBody('ModifyTags')).map((entry): Step | string => {
			const identity = psString(getIgnoreCase(entry, 'Identity'));
			if (!identity) return 'Failed to modify tag - Identity is required';
			const problem = tagProblem(entry, false);
			if (problem) return `Failed to modify tag '${identity}': ${problem}`;
			return {
				failed: `Failed to modify retention tag ${identity}`,
				run: () => {
					const tag = byName(tags, identity);
					applyTag(tag, entry);
					const rename = psString(getIgnoreCase(entry, 'Name'));
					if (rename) {
						for (const policy of policies) {
							policy.RetentionPolicyTagLinks = policy.RetentionPolicyTagLinks.map((link) => (link === tag.Name ? rename : link));
						}
						tag.Name = rename;
					}
					return `Successfully modified retention tag: ${identity}`;
				},
			};
		});
		const deletes = deleteSteps(ctx.fromBody('DeleteTags'), 'tag', tags, (identity) => {
			// PowerShell's -contains compares without case.
			const linked = (policy: (typeof policies)[number]) =>
				policy.RetentionPolicyTagLinks.some((tag) => tag.toLowerCase() === identity.toLowerCase());
			const using = policies.filter(linked).map((policy) => policy.Name);
			return using.length ? `Cannot delete retention tag '${identity}' - still used in policies: ${using.join(', ')}` : undefined;
		});
		return [...creates, ...modifies, ...deletes];
	},
	(state, tenant) => stateOf(state, tenant).tags.map((tag) => tagRow(tenant, tag)),
);

const ExecSetMailboxRetentionPolicies: Endpoint = {
	name: 'ExecSetMailboxRetentionPolicies',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromQueryOrBody('tenantFilter');
		if (!psString(tenantFilter)) return { status: 400, body: 'Tenant filter is required' };
		const policyName = psString(ctx.fromBody('PolicyName'));
		if (!policyName) return { status: 400, body: 'PolicyName is required' };
		const mailboxes = psList(ctx.fromBody('Mailboxes'));
		if (mailboxes.length === 0) return { status: 400, body: 'Mailboxes array is required' };
		const results = mailboxes.map((identity) => {
			if (!psString(identity)) return 'Failed to apply retention policy to empty mailbox identity';
			try {
				const { tenant, extras } = exchangeTarget(ctx.state, tenantFilter, identity);
				extras.retentionPolicy = byName(stateOf(ctx.state, tenant).policies, policyName).Name;
				return `Successfully applied retention policy '${policyName}' to ${psString(identity)}`;
			} catch (error) {
				return `Failed to apply retention policy '${policyName}' to ${psString(identity)}: ${exchangeError(error)}`;
			}
		});
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ExecManageRetentionPolicies, ExecManageRetentionTags, ExecSetMailboxRetentionPolicies];
