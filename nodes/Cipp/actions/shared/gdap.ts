import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { requiredText } from '../common/fields';
import { recordParameter } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext, SendTo, StepContext } from '../types';

/** The Entra roles CIPP offers for GDAP (Invoke-ExecAddGDAPRole.ps1's defaults), by role definition ID. */
export const GDAP_ROLES: Record<string, string> = {
	'9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
	'0526716b-113d-4c15-b2c8-68e3c22b9f80': 'Authentication Policy Administrator',
	'b0f54661-2d74-4c50-afa3-1ec803f12efe': 'Billing Administrator',
	'892c5842-a9a6-463a-8041-72aa08ca3cf6': 'Cloud App Security Administrator',
	'7698a772-787b-4ac8-901f-60d6b08affd2': 'Cloud Device Administrator',
	'8329153b-31d0-4727-b945-745eb3bc5f31': 'Domain Name Administrator',
	'29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
	'62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
	'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
	'3a2c62db-5318-420d-8d74-23affee5d9d5': 'Intune Administrator',
	'7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
	'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
	'194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
	'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
	'69091246-20e8-4a56-aa4d-066075b2a7a8': 'Teams Administrator',
	'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
};

export const roleOptions = Object.entries(GDAP_ROLES)
	.map(([value, name]) => ({ name, value }))
	.sort((a, b) => a.name.localeCompare(b.name));

/** A GDAP relationship of the partner tenant, picked or typed by ID. */
export function relationshipParameter(send: SendTo): CippParameter {
	const parameter = recordParameter(
		{
			displayName: 'Relationship ID',
			name: 'relationshipId',
			description: 'The GDAP relationship (its ID from GDAP → Get Many Relationships)',
			searchListMethod: 'gdapSearchRelationships',
			placeholder: 'Select a relationship...',
			typed: 'text',
		},
		send,
	);
	return parameter;
}

/** A CIPP role mapping: the partner-tenant security group mapped to a GDAP role. */
export const roleMappingParameter: CippParameter = recordParameter(
	{
		displayName: 'Role Mapping Group ID',
		name: 'groupId',
		description: 'The security group of a CIPP GDAP role mapping (GroupId from GDAP → Get Many Role Mappings)',
		searchListMethod: 'gdapSearchRoleMappings',
		placeholder: 'Select a role mapping...',
	},
	{ name: 'GroupId', in: 'body' },
);

export const customSuffixProperty: INodeProperties = {
	displayName: 'Group Name Suffix',
	name: 'customSuffix',
	type: 'string',
	default: '',
	placeholder: 'e.g. Tier 1',
	description: 'Added to each group name: "M365 GDAP (role) - (suffix)"',
};

const result = actionResult();

/**
 * The GDAP invite and Global Administrator endpoints answer `{Message}` (not `{Results}`): the
 * message becomes the item's, and the invite CIPP stored (if any) is added.
 */
export function messageResult(response: unknown, context: OutputContext): IDataObject[] {
	const body = isRecord(response) ? response : {};
	const [item] = result({ Results: body.Message ?? body.Results ?? null }, context);
	return [isRecord(body.Invite) ? { ...item, invite: body.Invite } : item];
}

/** A CIPP GDAP role template (a named set of role mappings), picked or typed by name. */
export const roleTemplateParameter: CippParameter = recordParameter(
	{
		displayName: 'Role Template',
		name: 'templateId',
		description: 'The GDAP role template (TemplateId from GDAP → Get Many Role Templates)',
		searchListMethod: 'gdapSearchRoleTemplates',
		placeholder: 'Select a role template...',
		typed: 'text',
	},
	{ name: 'TemplateId', in: 'body' },
);

/**
 * CIPP reads whole role mappings ({RoleName, GroupName, GroupId, roleDefinitionId}): the chosen
 * group IDs are looked up in CIPP's role mappings first, and a group without a mapping fails the item.
 */
export async function chosenMappings(context: StepContext, groupIds: string[]): Promise<IDataObject[]> {
	const wanted = groupIds.map((id) => id.toLowerCase());
	const mappings = records(await context.call({ method: 'GET', endpoint: 'ListGDAPRoles', qs: {} }, 'Tenant.Relationship.Read'));
	const chosen = mappings.filter((mapping) => wanted.includes(String(mapping.GroupId).toLowerCase()));
	const missing = wanted.filter((id) => !chosen.some((mapping) => String(mapping.GroupId).toLowerCase() === id));
	if (missing.length > 0) context.fail(`CIPP has no GDAP role mapping for group ${missing.join(', ')}; see GDAP → Get Many Role Mappings.`);
	return chosen;
}

/** The role mappings to use, by their group IDs; `run` replaces them with the whole mappings (chosenMappings). */
export function mappingGroupIdsParameter(name: string): CippParameter {
	return requiredText(
		{
			displayName: 'Role Mapping Group IDs',
			name: 'groupIds',
			placeholder: 'e.g. 3f1c..., 8a2b...',
			description: 'The role mappings to grant (GroupId from GDAP → Get Many Role Mappings), separated by commas',
		},
		{ name, in: 'body', encoding: 'json', validate: validate.guidList },
	);
}

/** Sends the operation's request with the chosen role mappings (whole) in `field`, plus `extra` body fields. */
export async function sendWithMappings(context: StepContext, operation: CippOperation, field: string, extra: IDataObject = {}) {
	const mappings = await chosenMappings(context, context.values.groupIds as string[]);
	const body: IDataObject = { ...(context.request.body as IDataObject), ...extra, [field]: mappings };
	return operation.output(await context.call({ ...context.request, body }, operation.role), context);
}

/**
 * The role mappings of a CIPP GDAP role template, read with ExecGDAPRoleTemplate; none for a
 * template CIPP does not have. Onboarding and access resets check them before CIPP acts on them.
 */
export async function roleTemplateMappings(context: StepContext, templateId: string, role: string): Promise<IDataObject[]> {
	const template = await context.call({ method: 'POST', endpoint: 'ExecGDAPRoleTemplate', qs: { TemplateId: templateId } }, role);
	return isRecord(template) && Array.isArray(template.RoleMappings) ? (template.RoleMappings as IDataObject[]) : [];
}
