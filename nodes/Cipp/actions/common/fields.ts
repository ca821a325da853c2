import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { CippParameter, SendTo, Validator } from '../types';
import * as validate from './validators';

/**
 * The builders every operation writes its editor fields with. A field is its editor property and
 * where its value goes in the CIPP request (`send`), checked by a validator before anything is sent.
 */

/** One option of a collection ("Additional Fields") and the CIPP field it fills. */
export interface FieldEntry {
	property: INodeProperties;
	send: SendTo;
}

type FieldProperty<T> = Omit<INodeProperties, 'type' | 'default'> & { default?: T };

/** A text option, checked as one bounded line unless another validator is given. */
export function textField(property: FieldProperty<string>, send: SendTo, check: Validator = validate.text): FieldEntry {
	return { property: { type: 'string', default: '', ...property }, send: { validate: check, ...send } };
}

/** A boolean option, sent as JSON true or false: CIPP reads a missing boolean as false. */
export function booleanField(property: FieldProperty<boolean>, send: SendTo): FieldEntry {
	return { property: { type: 'boolean', default: false, ...property }, send: { encoding: 'boolean', ...send } };
}

/** A whole-number option, at least 1 unless the property says otherwise. */
export function numberField(property: FieldProperty<number> & { default: number }, send: SendTo): FieldEntry {
	return { property: { type: 'number', typeOptions: { minValue: 1 }, ...property }, send: { encoding: 'number', ...send } };
}

/** Where a one-line field goes: CIPP's body field of that name, or any `SendTo`. */
export type Destination = string | SendTo;

const destination = (to: Destination): SendTo => (typeof to === 'string' ? { name: to, in: 'body' } : to);

/** CIPP's PascalCase spelling of an editor name (Exchange cmdlet parameters): allowConflicts → AllowConflicts. */
export function pascalCase(name: string): string {
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A yes/no option in one line: `flag('Allow Conflicts', 'allowConflicts', 'Whether …', 'AllowConflicts')`. */
export function flag(displayName: string, name: string, description: string, to: Destination, fallback = false): FieldEntry {
	return booleanField({ displayName, name, description, default: fallback }, destination(to));
}

/** A text option in one line, checked as one bounded line unless `check` says otherwise. */
export function text(
	displayName: string,
	name: string,
	description: string,
	to: Destination,
	{ placeholder, check = validate.text }: { placeholder?: string; check?: Validator } = {},
): FieldEntry {
	return textField({ displayName, name, description, ...(placeholder ? { placeholder } : {}) }, destination(to), check);
}

/**
 * The choices of an options field written as `{ 'Shown Name': 'value' }`: n8n's list of
 * `{name, value}` in the order given (n8n's lint wants them sorted by name).
 */
export function choices(names: Record<string, string>): INodePropertyOptions[] {
	return Object.entries(names).map(([name, value]) => ({ name, value }));
}

/** Choices shown by their own value, e.g. `sameNamed(['String', 'Integer'])`: CIPP's own words, kept as they are. */
export function sameNamed(values: string[]): INodePropertyOptions[] {
	return values.map((value) => ({ name: value, value }));
}

/** A plain text property by ID, e.g. a policy or template ID, for an operation to send as it needs. */
export function idField(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', placeholder, description };
}

/** A required value typed by the user, checked as one bounded line unless `send` names another validator. */
export function requiredParameter(property: INodeProperties, send: SendTo): CippParameter {
	return { property: { required: true, ...property }, send, validate: send.validate ?? validate.text };
}

/** A required text typed by the user (an ID, a name), checked as one bounded line unless `send` names another validator. */
export function requiredText(property: Omit<INodeProperties, 'type' | 'default'>, send: SendTo): CippParameter {
	return requiredParameter({ type: 'string', default: '', ...property }, send);
}

/** A user principal name typed in, for endpoints that cannot take the object ID a user picker gives. */
export function upnParameter(send: SendTo, property: Partial<INodeProperties> = {}): CippParameter {
	return requiredText(
		{
			displayName: 'User Principal Name',
			name: 'userPrincipalName',
			placeholder: 'e.g. jane.doe@contoso.com',
			...property,
		},
		{ ...send, validate: validate.userPrincipalName },
	);
}

/**
 * "Additional Fields": optional values, each sent only when the user adds it. Options are
 * sorted by name, as n8n's editor expects.
 */
export function additionalFields(entries: FieldEntry[]): CippParameter {
	return namedCollection('Additional Fields', 'additionalFields', 'Add Field', entries);
}

/** A collection like "Additional Fields", under another name (e.g. the offboarding "Actions"). */
export function namedCollection(displayName: string, name: string, placeholder: string, entries: FieldEntry[]): CippParameter {
	return {
		property: {
			displayName,
			name,
			type: 'collection',
			placeholder,
			default: {},
			options: entries.map((entry) => entry.property).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		fields: Object.fromEntries(entries.map((entry) => [entry.property.name, entry.send])),
	};
}

/** A field shown only when other fields of the operation have the given values, e.g. `{ target: ['group'] }`. */
export function shownWhen(show: Record<string, Array<string | boolean>>, parameter: CippParameter): CippParameter {
	return { ...parameter, property: { ...parameter.property, displayOptions: { show } } };
}

/**
 * CIPP's scheduler switch `{<enabledKey>: true, date: <Unix seconds>}` from one date field: the
 * work then runs at that time instead of now.
 */
export function scheduleField(description: string, enabledKey: 'Enabled' | 'enabled'): FieldEntry {
	const toSchedule: Validator = (value, check) => ({ [enabledKey]: true, date: validate.unixSeconds(value, check) });
	return {
		property: { displayName: 'Schedule At', name: 'scheduleAt', type: 'dateTime', default: '', description },
		send: { name: 'Scheduled', in: 'body', encoding: 'json', validate: toSchedule },
	};
}

/** An optional GUID that narrows a list to one record (e.g. a template); left out when empty. */
export function optionalGuidFilter(displayName: string, name: string, send: SendTo, description: string): CippParameter {
	return {
		property: idField(displayName, name, GUID_EXAMPLE, description),
		send,
		optional: true,
		validate: validate.guid,
	};
}

/** A drop-down property for an operation to send as it needs (`choiceField` when it goes to one CIPP field). */
export function choiceProperty(
	displayName: string,
	name: string,
	fallback: string | number,
	options: INodePropertyOptions[],
	description: string,
): INodeProperties {
	return { displayName, name, type: 'options', default: fallback, options, description };
}

/**
 * A drop-down option in one call, in the order of `flag` and `text`: `choiceField('Period', 'period',
 * 'The period a report covers', { name: 'period', in: 'query' }, 'D30', REPORT_PERIODS)`. An empty
 * description is left out.
 */
export function choiceField(
	displayName: string,
	name: string,
	description: string,
	to: Destination,
	fallback: string | number,
	options: INodePropertyOptions[],
): FieldEntry {
	return {
		property: { displayName, name, type: 'options', default: fallback, options, ...(description ? { description } : {}) },
		send: destination(to),
	};
}

/** A yes/no option sent under the PascalCase spelling of its name: `pascalFlag('Delete', 'delete', '…')` sends Delete. */
export function pascalFlag(displayName: string, name: string, description: string): FieldEntry {
	return flag(displayName, name, description, pascalCase(name));
}

/** A query-string parameter of the CIPP endpoint, as the `to` of `text`, `flag` or `guidText`: `inQuery('$filter')`. */
export function inQuery(name: string): SendTo {
	return { name, in: 'query' };
}

/** The GUID most ID fields show as their example. */
export const GUID_EXAMPLE = 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a';

/** An optional ID option checked as a GUID, with an example GUID as its placeholder. */
export function guidText(displayName: string, name: string, description: string, to: Destination, placeholder = GUID_EXAMPLE): FieldEntry {
	return text(displayName, name, description, to, { placeholder, check: validate.guid });
}

/** "Excluded Tenants" of a run over AllTenants: default domains, sent as JSON in the form `check` returns. */
export function excludedTenantsField(description: string, check: Validator): FieldEntry {
	const to: SendTo = { name: 'excludedTenants', in: 'body', encoding: 'json' };
	return text('Excluded Tenants', 'excludedTenants', description, to, { placeholder: 'e.g. fabrikam.onmicrosoft.com', check });
}

/** A date and time option, sent as Unix seconds (what CIPP's schedules and searches read). */
export function dateField(displayName: string, name: string, description: string, to: Destination): FieldEntry {
	return {
		property: { displayName, name, type: 'dateTime', default: '', description },
		send: { encoding: 'unixSeconds', ...destination(to) },
	};
}

/** Users or groups typed comma-separated, sent under the option's own name as CIPP's `[{label, value}]` list. */
export function entriesText(displayName: string, name: string, description: string): FieldEntry {
	return text(displayName, name, description, { name, in: 'body', encoding: 'labelValueList' }, { check: validate.longText });
}

/**
 * A required text in one line, in the order of `text`: `requiredLine('Display Name', 'displayName', '',
 * 'displayName', { placeholder: 'e.g. Project Falcon' })`. An empty description is left out.
 */
export function requiredLine(
	displayName: string,
	name: string,
	description: string,
	to: Destination,
	{ placeholder, check }: { placeholder?: string; check?: Validator } = {},
): CippParameter {
	const property = { displayName, name, ...(description ? { description } : {}), ...(placeholder ? { placeholder } : {}) };
	return requiredText(property, { ...destination(to), ...(check ? { validate: check } : {}) });
}

/** A one-line field made required: `required(dateField('Start Time', 'StartTime', '…', 'StartTime'))`. */
export function required({ property, send }: FieldEntry): CippParameter {
	return requiredParameter(property, send);
}

/** A required drop-down in one call, with the arguments of `choiceField`. An empty description is left out. */
export function requiredChoice(...args: Parameters<typeof choiceField>): CippParameter {
	return required(choiceField(...args));
}

/** Values typed comma-separated, sent to CIPP's body field `to` as a list of strings. */
export function commaListText(displayName: string, name: string, description: string, to: string, placeholder?: string): FieldEntry {
	const send: SendTo = { name: to, in: 'body', encoding: 'stringList' };
	return text(displayName, name, description, send, { placeholder, check: validate.commaList });
}

/** A required ID typed in, checked as a GUID, with an example GUID as its placeholder (`guidText` when it is optional). */
export function requiredGuid(
	displayName: string,
	name: string,
	description: string,
	to: Destination,
	placeholder = GUID_EXAMPLE,
): CippParameter {
	return requiredText({ displayName, name, placeholder, description }, { ...destination(to), validate: validate.guid });
}

/** CIPP's body field `name`, sent as `{label, value}` (the form of its own drop-downs): the `to` of `text` or `choiceField`. */
export function asLabelValue(name: string): SendTo {
	return { name, in: 'body', encoding: 'labelValue' };
}

/**
 * A required drop-down without a description, sent to CIPP's body field `to` as the `{label, value}`
 * of the chosen option (as CIPP's front end sends its drop-downs): `labelChoice('Scope', 'scope', 'Scope', 'Anonymous', {…})`.
 */
export function labelChoice(displayName: string, name: string, to: string, fallback: string, names: Record<string, string>): CippParameter {
	return requiredChoice(displayName, name, '', asLabelValue(to), fallback, choices(names));
}
