import type { IDataObject } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import type { TenantOptions } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext, SendTo, StepContext, Validator } from '../types';

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
	/** The CIPP role a read needs, where it is not Exchange.Mailbox.Read. */
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
		...writes(spec.endpoint, 'Exchange.Mailbox.ReadWrite'),
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
export const MAILBOX_PERMISSIONS = [
	{ name: 'Full Access', value: 'FullAccess' },
	{ name: 'Send As', value: 'SendAs' },
	{ name: 'Send on Behalf', value: 'SendOnBehalf' },
];
