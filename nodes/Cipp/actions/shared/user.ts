import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { asLabelValue, choiceField, choiceProperty, choices, flag, requiredGuid, requiredText, text, textField } from '../common/fields';
import { optionalTenantParameter, recordParameter, templatePicker, tenantParameter } from '../common/pickers';
import { reads, writes } from '../common/endpoints';
import type { FieldEntry } from '../common/fields';
import { actionResult, parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import { errorText, graphRead } from '../safeReset';
import type { CippOperation, CippParameter, CippRequest, Encoding, OutputContext, StepContext, ValueCheck } from '../types';

/** One profile attribute: CIPP reads it from the body under the same name. */
function profileField(
	displayName: string,
	name: string,
	description: string,
	more: { placeholder?: string; encoding?: Encoding } = {},
): FieldEntry {
	const { placeholder, encoding } = more;
	return textField(
		{ displayName, name, description, ...(placeholder ? { placeholder } : {}) },
		{ name, in: 'body', ...(encoding ? { encoding } : {}) },
	);
}

/** Profile attributes that Create and Update share (CIPP's New-CIPPUser / Set-CIPPUser read the same names). */
export const profileFields: FieldEntry[] = [
	profileField('First Name', 'givenName', 'The given name'),
	profileField('Last Name', 'surname', 'The surname'),
	profileField('Job Title', 'jobTitle', 'The job title', { placeholder: 'e.g. Sales Manager' }),
	profileField('Department', 'department', 'The department', { placeholder: 'e.g. Sales' }),
	profileField('Company Name', 'companyName', 'The company name'),
	profileField('Mobile Phone', 'mobilePhone', 'The mobile phone number', { placeholder: 'e.g. +1 425 555 0100' }),
	profileField('Business Phone', 'businessPhones', 'The business phone number', { placeholder: 'e.g. +1 425 555 0101' }),
	profileField('Street Address', 'streetAddress', 'The street address'),
	profileField('City', 'city', 'The city'),
	profileField('State', 'state', 'The state or province'),
	profileField('Postal Code', 'postalCode', 'The postal code'),
	profileField('Country', 'country', 'The country or region', { placeholder: 'e.g. United States' }),
	profileField(
		'Usage Location',
		'usageLocation',
		'Two-letter country code where the user uses Microsoft 365; needed before licences can be assigned',
		{ placeholder: 'e.g. US', encoding: 'labelValue' },
	),
	profileField('Other Emails', 'otherMails', 'Alternative email addresses, separated by commas', { placeholder: 'e.g. jane@gmail.com' }),
	profileField('Manager', 'setManager', "The manager's user principal name or object ID", {
		placeholder: 'e.g. megan.bowen@contoso.com',
		encoding: 'labelValue',
	}),
];

/** Set-CIPPSignInState's text for a directory-synced user, thrown (HTTP 500) after it has already changed the cloud account. */
const AD_SYNC_WARNING = /WARNING: User .* is AD Sync enabled/;

const signInResult = actionResult();

/** A call's failure as it was (CIPP's own text and hint), or wrapped when something else went wrong. */
function nodeError(context: StepContext, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.node, errorText(error), { itemIndex: context.itemIndex });
}

/**
 * Disable / Enable: for a directory-synced user CIPP changes accountEnabled in the cloud and only
 * then answers HTTP 500 with its "AD Sync enabled" warning. The change is real until the next
 * directory sync, so the item says so as a warning instead of failing as if nothing happened.
 */
export async function setSignInState(context: StepContext, role: string, enable: boolean): Promise<IDataObject[]> {
	try {
		return signInResult(await context.call(context.request, role), context);
	} catch (error) {
		// CIPP's own sentence, without the node's "CIPP: " prefix and item suffix.
		const cippMessage = (error instanceof Error ? error.message : String(error)).replace(/^CIPP: /, '').replace(/ \[item \d+\]$/, '');
		if (!AD_SYNC_WARNING.test(cippMessage)) throw nodeError(context, error);
		const state = enable ? 'allowed' : 'blocked';
		return [
			{
				status: 'warning',
				message: `Sign-in is ${state} in Microsoft Entra for now, but the user is synced from on-premises Active Directory: the next directory sync sets it back to the on-premises value. ${enable ? 'Enable' : 'Disable'} the account in on-premises AD to keep it ${state}.`,
				cippMessage,
			},
		];
	}
}

/**
 * Reads the user through CIPP's Graph passthrough before an action whose endpoint does not say
 * when the user is missing (or silently restores a deleted one): an unknown or deleted user
 * fails the item with `missing` before anything is sent. Other read failures keep their own text.
 */
export async function requireActiveUser(context: StepContext, userId: string, missing: string): Promise<void> {
	try {
		await graphRead(context.call, String(context.values.tenantFilter), `users/${userId}`, 'id');
	} catch (error) {
		if (/does not exist/i.test(errorText(error))) context.fail(missing);
		throw nodeError(context, error);
	}
}

/** A user's object ID and user principal name, read before endpoints that need both. */
export interface UserIdentity {
	id: string;
	userPrincipalName: string;
	mail: string | null;
}

/**
 * Reads the picked user (by UPN or object ID) through CIPP's Graph passthrough, for endpoints that
 * need the object ID for Graph and the UPN for Exchange: an unknown user fails the item with `missing`.
 */
export async function resolveUser(context: StepContext, userId: string, missing: string): Promise<UserIdentity> {
	try {
		const [user] = await graphRead(
			context.call,
			String(context.values.tenantFilter),
			`users/${userId.replace(/#/g, '%23')}`,
			'id,userPrincipalName,mail',
		);
		if (user?.id)
			return { id: String(user.id), userPrincipalName: String(user.userPrincipalName), mail: user.mail ? String(user.mail) : null };
	} catch (error) {
		if (!/does not exist/i.test(errorText(error))) throw nodeError(context, error);
	}
	return context.fail(missing);
}

/** The request with the resolved user's fields added to its query (GET) or body (POST). */
export function withFields(request: CippRequest, fields: IDataObject): CippRequest {
	return request.method === 'GET'
		? { ...request, qs: { ...request.qs, ...fields } }
		: { ...request, body: { ...(request.body as IDataObject), ...fields } };
}

/** A deleted user or group, by its ID from Get Many Deleted Items (Restore Deleted Item, Purge Deleted Item). */
export const deletedItemIdParameter = requiredGuid(
	'Deleted Item ID',
	'deletedItemId',
	'Object ID of the deleted item, from User → Get Many Deleted Items',
	'ID',
);

/** A built-in Microsoft Entra admin role, picked from the tenant's roles (Remove Admin Role, Grant JIT Admin). */
export const adminRoleParameter = recordParameter(
	{
		displayName: 'Role',
		name: 'roleTemplateId',
		description: 'The built-in role, by role template ID',
		searchListMethod: 'searchUserAdminRoles',
		placeholder: 'Select a role...',
	},
	{ name: 'RoleTemplateId', in: 'body', encoding: 'labelValue' },
);

/** CIPP's two kinds of user template, kept in its templates table. */
interface UserTemplateKind {
	/** For names ("User Default Template") and sentences ("user default template"). */
	title: string;
	noun: string;
	list: { endpoint: string; role: string };
	remove: { endpoint: string; role: string };
	searchListMethod: string;
	/** What the templates hold, for the list's description. */
	holds: string;
}

/** New user defaults: presets for creating users. */
export const USER_DEFAULT_TEMPLATES: UserTemplateKind = {
	title: 'User Default Template',
	noun: 'user default template',
	list: { endpoint: 'ListNewUserDefaults', role: 'Identity.User.Read' },
	remove: { endpoint: 'RemoveUserDefaultTemplate', role: 'Identity.User.ReadWrite' },
	searchListMethod: 'searchUserDefaultTemplates',
	holds: 'domain, usage location, licences, groups and other defaults for new users',
};

/** JIT admin templates: presets for granting just-in-time admin access. */
export const JIT_ADMIN_TEMPLATES: UserTemplateKind = {
	title: 'JIT Admin Template',
	noun: 'JIT admin template',
	list: { endpoint: 'ListJITAdminTemplates', role: 'Identity.Role.Read' },
	remove: { endpoint: 'RemoveJITAdminTemplate', role: 'Identity.Role.ReadWrite' },
	searchListMethod: 'searchUserJitTemplates',
	holds: 'default roles, groups, duration and expiry action',
};

/** The template list's tenant: optional, and AllTenants means the templates stored for every tenant. */
const templateTenantParameter: CippParameter = (() => {
	const parameter = optionalTenantParameter();
	return {
		...parameter,
		property: {
			...parameter.property,
			description: 'The tenant whose templates to list (with the AllTenants ones); leave empty for every template',
		},
		send: { name: 'TenantFilter', in: 'query' },
	};
})();

/** Get Many for one kind of user template: CIPP answers JSON text. */
export function userTemplateList(kind: UserTemplateKind, value: string): CippOperation {
	return {
		resource: 'user',
		value,
		name: `Get Many ${kind.title}s`,
		action: `Get many ${kind.noun}s`,
		description: `List CIPP's ${kind.noun}s (${kind.holds}); AllTenants lists only the templates stored for every tenant`,
		...reads(kind.list.endpoint, kind.list.role),
		list: true,
		parameters: [templateTenantParameter],
		output: parsedRecords,
	};
}

/** Delete for one kind of user template, picked from its list. */
export function userTemplateDelete(kind: UserTemplateKind, value: string): CippOperation {
	return {
		resource: 'user',
		value,
		name: `Delete ${kind.title}`,
		action: `Delete a ${kind.noun}`,
		description: `Delete a ${kind.noun} from CIPP`,
		...writes(kind.remove.endpoint, kind.remove.role),
		parameters: [templateIdParameter(kind)],
		output: actionResult(),
	};
}

/** One template of a kind, picked from its list (sent as ID; Update sends it as GUID). */
export function templateIdParameter(kind: UserTemplateKind): CippParameter {
	return templatePicker(kind.searchListMethod, `The ${kind.noun}, by its GUID`, { name: 'ID', in: 'body' });
}

/**
 * The tenant a stored template is for: one tenant, or AllTenants for a template offered in every
 * tenant. It is where the template applies, not a tenant the call changes, so AllTenants is allowed.
 */
export const storedTemplateTenantParameter: CippParameter = (() => {
	const parameter = tenantParameter('body', { allowAllTenants: true });
	const description = 'The tenant the template is for, or AllTenants for every tenant';
	return { ...parameter, property: { ...parameter.property, description }, validate: validate.storedTenant };
})();

export const templateNameParameter = requiredText(
	{
		displayName: 'Template Name',
		name: 'templateName',
		placeholder: 'e.g. Helpdesk 4 hours',
		description: 'The name CIPP lists the template by',
	},
	{ name: 'templateName', in: 'body' },
);

export const defaultForTenantField = flag(
	'Default for Tenant',
	'defaultForTenant',
	"Whether CIPP's form preselects this template for its tenant",
	'defaultForTenant',
);

/** The JIT admin template fields Add and Edit send (Invoke-AddJITAdminTemplate.ps1:76-91). */
export const jitTemplateFields: FieldEntry[] = [
	defaultForTenantField,
	textField(
		{
			displayName: 'Roles',
			name: 'defaultRoles',
			placeholder: 'e.g. 29232cdf-9323-42fd-ade2-1d097af3e4de',
			description: 'Built-in role template IDs to preselect, separated by commas',
		},
		{ name: 'defaultRoles', in: 'body', encoding: 'labelValueList' },
		validate.guidList,
	),
	text('Duration', 'defaultDuration', 'How long the access lasts, as an ISO 8601 duration', 'defaultDuration', {
		placeholder: 'e.g. PT4H',
		check: validate.matching(/^P(?!$)(\d+[YMWD])*(T(?=\d)(\d+[HMS])*)?$/i, 'PT4H or P1D'),
	}),
	choiceField(
		'At End',
		'defaultExpireAction',
		'What CIPP does when the access ends',
		asLabelValue('defaultExpireAction'),
		'RemoveRoles',
		choices({ 'Delete User': 'DeleteUser', 'Disable User': 'DisableUser', 'Remove Roles': 'RemoveRoles' }),
	),
	flag('Generate TAP', 'generateTAPByDefault', 'Whether to create a temporary access pass by default', 'generateTAPByDefault'),
	text('Reason Template', 'reasonTemplate', 'The reason text to prefill', 'reasonTemplate', { check: validate.longText }),
];

/** Every field CIPP rebuilds a JIT admin template from (:76-128): Edit sends them all, from the stored template unless given. */
export const JIT_TEMPLATE_KEYS = [
	'templateName',
	'tenantFilter',
	'defaultForTenant',
	'defaultRoles',
	'defaultGroups',
	'defaultUseRoles',
	'defaultUseGroups',
	'defaultDuration',
	'defaultExpireAction',
	'defaultNotificationActions',
	'generateTAPByDefault',
	'reasonTemplate',
	'defaultUserAction',
	'defaultExistingUser',
	'defaultFirstName',
	'defaultLastName',
	'defaultUserName',
	'defaultUsageLocation',
	'defaultDomain',
];

/** CIPP's "Created ... with GUID x" names the new template: given as templateId for the next step. */
export const createdTemplate = (() => {
	const result = actionResult();
	return (response: unknown, context: OutputContext): IDataObject[] =>
		result(response, context).map((item) => {
			const id = /GUID:? ([0-9a-f-]{36})/i.exec(String(item.message))?.[1];
			return id ? { ...item, templateId: id } : item;
		});
})();

/** CIPP keeps defaultUseRoles beside the roles ([bool], missing = false): on when roles are given. */
export function withJitRoleSwitch(request: CippRequest): CippRequest {
	const body = request.body as IDataObject;
	return Array.isArray(body.defaultRoles) ? withFields(request, { defaultUseRoles: true }) : request;
}

/** Graph's limit for a profile photo (Invoke-ExecSetUserPhoto.ps1:61-64). */
const MAX_PHOTO_BYTES = 4 * 1024 * 1024;

/** The image's kind from its first bytes: CIPP uploads it as image/jpeg whatever it is. */
function imageKind(data: Buffer): string | undefined {
	if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'JPEG';
	if (data.length > 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
	return undefined;
}

/**
 * The photo as CIPP's photoData (base64), from the item's binary property or from base64 text (a
 * data URL too), checked before anything is sent: real base64 of a JPEG or PNG image of at most 4 MB.
 */
export async function photoData(context: StepContext): Promise<string> {
	const field = context.values.photoSource === 'base64' ? 'Photo (Base64)' : 'Binary Property';
	const check: ValueCheck = { node: context.node, field, itemIndex: context.itemIndex, access: 'write' };
	let data: Buffer;
	if (context.values.photoSource === 'base64') {
		const text = String(context.values.photoBase64)
			.replace(/^data:image\/[^;]+;base64,/, '')
			.replace(/\s+/g, '');
		if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) {
			validate.invalid(
				check,
				'the value is not base64 text.',
				'Map the image as base64 (optionally as a data:image/...;base64, URL), or use Binary Property.',
			);
		}
		data = Buffer.from(text, 'base64');
	} else {
		data = (await context.binary(String(context.values.binaryProperty))).data;
	}
	if (!imageKind(data)) validate.invalid(check, 'the file is not a JPEG or PNG image.', 'Give a JPEG or PNG photo.');
	if (data.length > MAX_PHOTO_BYTES) {
		validate.invalid(
			check,
			`the image is ${(data.length / 1024 / 1024).toFixed(2)} MB; Microsoft 365 takes at most 4 MB.`,
			'Resize or compress the photo.',
		);
	}
	return data.toString('base64');
}

export const photoSourceParameters: CippParameter[] = [
	{
		property: choiceProperty(
			'Photo Source',
			'photoSource',
			'binary',
			[
				{ name: 'Binary File', value: 'binary', description: 'A binary property of the input item' },
				{ name: 'Base64', value: 'base64', description: 'Base64 text or a data URL' },
			],
			'Where the image comes from',
		),
	},
	{
		property: {
			displayName: 'Binary Property',
			name: 'binaryProperty',
			type: 'string',
			default: 'data',
			required: true,
			description: 'The input binary property holding the JPEG or PNG photo',
			displayOptions: { show: { photoSource: ['binary'] } },
		},
		validate: validate.text,
	},
	{
		property: {
			displayName: 'Photo (Base64)',
			name: 'photoBase64',
			type: 'string',
			default: '',
			required: true,
			typeOptions: { rows: 2 },
			description: 'The JPEG or PNG image as base64 text',
			displayOptions: { show: { photoSource: ['base64'] } },
		},
		// Up to 4 MB of image is about 5.6 million characters of base64: no text length limit here; photoData checks the bytes.
		validate: (value, check) =>
			typeof value === 'string' && value.trim() !== ''
				? value.trim()
				: validate.invalid(check, 'no image was given.', 'Map the photo as base64 text.'),
	},
];
