import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import { choiceProperty, choices } from '../common/fields';
import { mailboxParameter, recordParameter, tenantParameter } from '../common/pickers';
import type { TenantOptions } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext, SendTo, StepContext, Validator, ValueCheck } from '../types';

/** What one Mailbox operation says about itself; the builders add the resource, role, tenant and output. */
export interface MailboxSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	endpoint: string;
	/** Where the mailbox picker's value goes (CIPP's field for the Exchange identity); none for tenant-wide calls. */
	mailbox?: SendTo;
	/**
	 * Body fields CIPP only prints in its answer (e.g. `UPN` beside `Identity`), each filled with
	 * the value of another body field (default: the mailbox's), so CIPP's message names it
	 * instead of leaving a gap.
	 */
	echo?: Record<string, string>;
	/** The fields after tenant and mailbox. */
	parameters?: CippParameter[];
	/** CIPP's spelling of its tenant field, where it is not `tenantFilter`. */
	tenant?: TenantOptions;
	refusals?: RegExp[];
	constants?: CippOperation['constants'];
	output?: (response: unknown, context: OutputContext) => IDataObject[];
	/** The CIPP role, where it is not Exchange.Mailbox.Read (reads) or Exchange.Mailbox.ReadWrite (writes). */
	role?: string;
	/** For a read of one record (no Return All / Limit). */
	single?: boolean;
	/** Changes the request body before it is sent (e.g. a field whose name the user chooses). */
	prepare?: (body: IDataObject, context: StepContext) => void;
}

function identity(spec: MailboxSpec, where: 'query' | 'body'): CippParameter[] {
	return [tenantParameter(where, spec.tenant), ...(spec.mailbox ? [mailboxParameter(spec.mailbox)] : []), ...(spec.parameters ?? [])];
}

/** A Mailbox change: POST to CIPP with the tenant in the body, answered with CIPP's `{Results}`. */
export function mailboxWrite(spec: MailboxSpec): CippOperation {
	const { value, name, action, description, refusals, constants, echo, prepare, mailbox } = spec;
	const operation: CippOperation = {
		resource: 'mailbox',
		value,
		name,
		action,
		description,
		...writes(spec.endpoint, spec.role ?? 'Exchange.Mailbox.ReadWrite'),
		parameters: identity(spec, 'body'),
		...(refusals ? { refusals } : {}),
		...(constants ? { constants } : {}),
		output: spec.output ?? actionResult(),
	};
	if (!echo && !prepare) return operation;
	return {
		...operation,
		run: async (context) => {
			const body = (context.request.body ?? {}) as IDataObject;
			for (const [field, from] of Object.entries(echo ?? {})) body[field] = body[from || (mailbox?.name ?? '')];
			prepare?.(body, context);
			return operation.output(await context.call({ ...context.request, body }, operation.role), context);
		},
	};
}

/** A Mailbox list: GET with the tenant in the query, one item per record. */
export function mailboxRead(spec: MailboxSpec): CippOperation {
	const { value, name, action, description, constants } = spec;
	return {
		resource: 'mailbox',
		value,
		name,
		action,
		description,
		...reads(spec.endpoint, spec.role ?? 'Exchange.Mailbox.Read'),
		...(spec.single ? {} : { list: true }),
		parameters: identity(spec, 'query'),
		...(constants ? { constants } : {}),
		output: spec.output ?? records,
	};
}

/** A yes/no field, on by default, sent as a JSON boolean (CIPP reads a missing one as false). */
export function flag(name: string, displayName: string, description: string, send: string): CippParameter {
	return {
		property: { displayName, name, type: 'boolean', default: true, description },
		send: { name: send, in: 'body', encoding: 'boolean' },
	};
}

/** Litigation and retention holds: CIPP turns the hold on unless `disable` is true. */
export const removeHold: CippParameter = {
	property: {
		displayName: 'Remove Hold',
		name: 'removeHold',
		type: 'boolean',
		default: false,
		description: 'Whether to turn the hold off instead of on',
	},
	send: { name: 'disable', in: 'body', encoding: 'boolean' },
};

/** A whole number within CIPP's and Exchange's bounds, refused before sending otherwise. */
export function wholeNumber(min: number, max: number): Validator {
	return (value, check) => {
		const number = Number(value);
		if (!Number.isInteger(number) || number < min || number > max) {
			validate.invalid(check, `"${String(value)}" is not a whole number from ${min} to ${max}.`, `Enter a number from ${min} to ${max}.`);
		}
		return number;
	};
}

/** Exchange Online Protection's policies of one kind joined with their rules (RuleName, Priority, RecipientDomainIs, State). */
export function protectionPolicies(value: string, noun: string, endpoint: string): CippOperation {
	return mailboxRead({
		value,
		name: `Get Many ${noun} Policies`,
		action: `Get many ${noun.toLowerCase()} policies`,
		description: `List the ${noun.toLowerCase()} policies of a tenant, each with every setting and its rule's name, priority, recipient domains and state (empty for a policy without a rule)`,
		endpoint,
		role: 'Exchange.SpamFilter.Read',
	});
}

/**
 * Several mailboxes by user principal name, sent as CIPP's autocomplete list `[{value, label}]`
 * (its vacation schedulers read each entry's `.value`; their OpenAPI mistypes the list as text).
 */
export function upnEntries(displayName: string, name: string, send: string, description: string): CippParameter {
	const entries = validate.labelValueList((entry, check) => validate.userPrincipalName(entry, check) as string);
	return {
		property: {
			displayName,
			name,
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. jane@contoso.com, joe@contoso.com',
			description,
		},
		send: { name: send, in: 'body', encoding: 'json' },
		validate: (value, check) => {
			const list = entries(value, check) as unknown[];
			return list.length ? list : validate.invalid(check, 'no user principal name was given.', `Enter at least one in "${displayName}".`);
		},
	};
}

const vacationDate = (displayName: string, name: string, description: string): CippParameter => ({
	property: { displayName, name, type: 'dateTime', required: true, default: '', description },
	send: { name, in: 'body', encoding: 'unixSeconds' },
});

const vacationParameters: CippParameter[] = [
	vacationDate('Start Date', 'startDate', 'When CIPP makes the change (a past date: at once)'),
	vacationDate('End Date', 'endDate', 'When CIPP undoes the change'),
	{
		property: {
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			default: '',
			description: 'A note kept on both scheduled tasks, e.g. a ticket number',
		},
		send: { name: 'reference', in: 'body' },
		optional: true,
	},
];

/**
 * A vacation scheduler: CIPP queues two scheduled tasks (Administration → Get Many Scheduled
 * Items), the change at the start date and its undo at the end date; the end must follow the start.
 */
export function vacationWrite(spec: MailboxSpec): CippOperation {
	return mailboxWrite({
		...spec,
		parameters: [...(spec.parameters ?? []), ...vacationParameters],
		prepare: (body, context) => {
			if (Number(body.endDate) <= Number(body.startDate)) {
				validate.invalid(
					{ node: context.node, field: 'End Date', itemIndex: context.itemIndex, access: 'write' },
					'the vacation ends before it starts, so CIPP would undo the change before making it.',
					'Choose an end date after the start date.',
				);
			}
		},
	});
}

/** The mailbox permissions CIPP grants and removes (Set-CIPPMailboxPermission). */
export const MAILBOX_PERMISSIONS = choices({ 'Full Access': 'FullAccess', 'Send As': 'SendAs', 'Send on Behalf': 'SendOnBehalf' });

/** Exchange's retention (MRM) policies and tags: CIPP lists, creates, changes and deletes each kind through one endpoint. */
export const RETENTION_ROLE = 'Exchange.RetentionPolicies.ReadWrite';

/** A retention policy or tag of the tenant by name, from its list; `send` where CIPP reads the name (none: the operation builds it in). */
export function retentionPicker(kind: 'Policy' | 'Tag', send?: SendTo): CippParameter {
	const noun = `retention ${kind.toLowerCase()}`;
	return recordParameter(
		{
			displayName: `Retention ${kind}`,
			name: `retention${kind}`,
			description: `The ${noun}, by name`,
			searchListMethod: `mailboxSearchRetention${kind === 'Policy' ? 'Policies' : 'Tags'}`,
			placeholder: `Select a ${noun}...`,
			typed: 'text',
		},
		send,
	);
}

/** The list of a retention kind: GET of its ExecManageRetention endpoint with only the tenant. */
export function retentionList(spec: Omit<MailboxSpec, 'role'>): CippOperation {
	return mailboxRead({ ...spec, role: RETENTION_ROLE });
}

/**
 * One change to a retention policy or tag. CIPP reads a create or a change as the only entry of
 * its `Create<Kind>`/`Modify<Kind>` list (built here from the checked values by `entry`), a delete
 * as the name in `Delete<Kind>`, and refuses a delete of one still in use with HTTP 200.
 */
export function retentionWrite(
	spec: Omit<MailboxSpec, 'role' | 'prepare'> & { list?: string; entry?: (values: IDataObject, check: ValueCheck) => IDataObject },
): CippOperation {
	const { list, entry, ...rest } = spec;
	return mailboxWrite({
		...rest,
		role: RETENTION_ROLE,
		refusals: [/^Cannot delete retention/],
		...(list && entry
			? {
					prepare: (body: IDataObject, context: StepContext) => {
						const check: ValueCheck = { node: context.node, field: spec.name, itemIndex: context.itemIndex, access: 'write' };
						body[list] = [entry(context.values, check)];
					},
				}
			: {}),
	});
}

/** Optional values of a change that CIPP only applies when given, as one collection read by the operation. */
export function changeFields(entries: INodeProperties[]): CippParameter {
	return {
		property: {
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...entries].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		validate: (value, check) => {
			const given = Object.entries(isRecord(value) ? value : {}).filter(
				([, entry]) => entry !== '' && entry !== null && entry !== undefined,
			);
			if (given.length === 0) validate.invalid(check, 'nothing to change was given.', 'Add at least one field to change.');
			return Object.fromEntries(given);
		},
	};
}

/** A value the operation builds into CIPP's request itself (no field of its own in the request). */
export function valueOnly(property: INodeProperties, check: Validator = validate.text): CippParameter {
	return { property: { required: true, ...property }, validate: check };
}

/** A retention tag's or policy's name as Exchange accepts it (CIPP's check for tags, Invoke-ExecManageRetentionTags.ps1:103-110). */
export function retentionName(value: unknown, check: ValueCheck): string {
	const name = validate.text(value, check);
	if (/[\\/:*?"<>|]/.test(name) || name.length > 64) {
		const problem = `"${name}" is longer than 64 characters or contains one of \\ / : * ? " < > |.`;
		validate.invalid(check, problem, 'Choose a shorter name without those characters.');
	}
	return name;
}

/** What a retention tag does to an item once it reaches its age limit (CIPP's valid RetentionAction values). */
export const RETENTION_ACTION = choiceProperty(
	'Retention Action',
	'retentionAction',
	'DeleteAndAllowRecovery',
	[
		{ name: 'Delete and Allow Recovery', value: 'DeleteAndAllowRecovery' },
		{ name: 'Mark as Past Retention Limit', value: 'MarkAsPastRetentionLimit' },
		{ name: 'Move to Archive', value: 'MoveToArchive', description: 'Only for tags of type All, Personal or Recoverable Items' },
		{ name: 'Permanently Delete', value: 'PermanentlyDelete' },
	],
	'What happens to an item when it reaches the age limit',
);

/** A retention tag's age limit in days (Exchange's range; CIPP skips 0). */
export const AGE_LIMIT: INodeProperties = {
	displayName: 'Age Limit (Days)',
	name: 'ageLimitForRetention',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 24855 },
	default: 730,
	description: 'How many days after an item arrives the retention action applies',
};

export const RETENTION_ENABLED: INodeProperties = {
	displayName: 'Retention Enabled',
	name: 'retentionEnabled',
	type: 'boolean',
	default: true,
	description: 'Whether the tag applies its action (off: the tag is kept but does nothing)',
};

export const RETENTION_COMMENT: INodeProperties = {
	displayName: 'Comment',
	name: 'comment',
	type: 'string',
	default: '',
	description: 'A note users see with the tag',
};

/** Exchange's retention tag fields from the operation's values (create) or Update Fields (change), in CIPP's names. */
export function tagFields(given: IDataObject, check: ValueCheck): IDataObject {
	const fields: IDataObject = {};
	if (given.ageLimitForRetention !== undefined)
		fields.AgeLimitForRetention = wholeNumber(1, 24855)(given.ageLimitForRetention, check) as number;
	if (given.retentionAction !== undefined) fields.RetentionAction = validate.text(given.retentionAction, check);
	if (given.retentionEnabled !== undefined) fields.RetentionEnabled = given.retentionEnabled === true || given.retentionEnabled === 'true';
	if (given.comment !== undefined && given.comment !== '') fields.Comment = validate.longText(given.comment, check) as string;
	return fields;
}

/** Names of retention tags, separated by commas, e.g. those a policy links. */
export function tagNames(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', placeholder: 'e.g. 1 Month Delete, Deleted Items', description };
}

/** The new name of a renamed retention policy or tag. */
export const NEW_NAME: INodeProperties = {
	displayName: 'New Name',
	name: 'newName',
	type: 'string',
	default: '',
	description: 'A new name for it',
};

/** A High Volume Email (HVE) account of the tenant (a mail user that sends bulk mail over SMTP), by address. */
export const hveAccount: CippParameter = recordParameter(
	{
		displayName: 'HVE Account',
		name: 'hveAccount',
		description: 'The HVE account, by its email address',
		searchListMethod: 'mailboxSearchHveAccounts',
		placeholder: 'Select an HVE account...',
		typed: 'text',
	},
	{ name: 'Identity', in: 'body' },
);

/** One action of Invoke-ExecHVEUser, which reads the tenant as TenantFilter and the action from `Action`. */
export function hveWrite(spec: Omit<MailboxSpec, 'endpoint' | 'tenant'> & { hveAction: string }): CippOperation {
	const { hveAction, ...rest } = spec;
	return mailboxWrite({ ...rest, endpoint: 'ExecHVEUser', tenant: { name: 'TenantFilter' }, constants: { body: { Action: hveAction } } });
}

/**
 * Invoke-ExecMailboxRestore answers a failure with HTTP 200 and Exchange's words alone (no state, often
 * no failure word): any message but its success text is a refusal.
 */
const RESTORE_REFUSAL = /^(?!Mailbox restore request (created|removed|resumed|suspended) successfully$)/;

/** A restore request of the tenant (Tool → Get Many Mailbox Restores), by its identity. */
const restoreRequest: CippParameter = recordParameter(
	{
		displayName: 'Restore Request',
		name: 'restoreRequest',
		description: 'The mailbox restore request, by identity (target mailbox\\name)',
		searchListMethod: 'mailboxSearchRestoreRequests',
		placeholder: 'Select a restore request...',
		typed: 'text',
	},
	{ name: 'Identity', in: 'body' },
);

/** One action of Invoke-ExecMailboxRestore (TenantFilter and Action), with the request Exchange hands back as `restoreRequest`. */
export function restoreWrite(spec: Omit<MailboxSpec, 'endpoint' | 'tenant'> & { restoreAction?: string }): CippOperation {
	const { restoreAction, ...rest } = spec;
	return mailboxWrite({
		...rest,
		endpoint: 'ExecMailboxRestore',
		tenant: { name: 'TenantFilter' },
		parameters: spec.parameters ?? [restoreRequest],
		...(restoreAction ? { constants: { body: { Action: restoreAction } } } : {}),
		refusals: [RESTORE_REFUSAL],
		output: (response, context) => {
			const [item] = actionResult()(response, context);
			const request = isRecord(response) ? response.RestoreRequest : undefined;
			return [request ? { ...item, restoreRequest: request } : item];
		},
	});
}
