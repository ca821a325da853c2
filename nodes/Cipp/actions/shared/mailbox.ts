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
