import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import {
	additionalFields,
	choiceField,
	choices,
	flag,
	inQuery,
	optionalGuidFilter,
	pascalFlag,
	requiredParameter,
	shownWhen,
} from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter, tenantParameter, templatePicker } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, StepContext, Validator } from '../types';

/**
 * Purview's four kinds of compliance object (DLP policies, retention policies, sensitive
 * information types, sensitivity labels) share one set of CIPP endpoints, one per action:
 * List / Add (deploy JSON to tenants) / Edit (Set-* with extra parameters) / Remove, and the
 * template List / Add / Remove. Each operation file calls `complianceOperation(kind, action)`.
 */
export interface ComplianceKind {
	/** The kind in operation values, e.g. `DlpPolicy` (singular) and `DlpPolicies` (plural). */
	one: string;
	many: string;
	/** What the user reads, e.g. "DLP policy" / "DLP policies", and in Title Case for names. */
	noun: string;
	nouns: string;
	Noun: string;
	Nouns: string;
	/** CIPP's endpoint stem, e.g. `DlpCompliancePolicy` (AddDlpCompliancePolicy, ...). */
	stem: string;
	/** The template endpoints: List<stem>Templates, Add<stem>Template, Remove<stem>Template. */
	templates: { list: string; add: string; remove: string };
	/** The CIPP role stem, e.g. `Security.DlpCompliancePolicy`. */
	role: string;
	/** Record lists (methods/lists/compliance.ts) for the tenant's objects and CIPP's templates. */
	lists: { objects: string; templates: string };
	/** Edit toggles the policy with State (enable/disable). */
	hasState?: boolean;
	/** Add Template can capture the object from a tenant (tenantFilter + Identity). */
	captures?: boolean;
	/** Where a user finds one as JSON, e.g. "an item of Compliance → Get Many Sensitivity Labels". */
	example: string;
	/** An extra switch of Get Many or Delete, e.g. Include Built-In or Force Deletion (in Additional Fields). */
	listSwitch?: FieldEntry;
	removeSwitch?: FieldEntry;
}

export type ComplianceAction = 'getMany' | 'update' | 'delete' | 'deploy' | 'getManyTemplates' | 'createTemplate' | 'deleteTemplate';

/** What CIPP's Set-CIPP<Kind> deploy helpers answer, per tenant, when they did nothing (HTTP 200, no state). */
export const DEPLOY_REFUSALS = [/^Could not deploy /, /skipping in /, /was NOT created/];

/** Edit's State: CIPP sets Enabled to true for 'enable' and to false for anything else given. */
const stateField: FieldEntry = choiceField(
	'State',
	'state',
	'Turn the policy on or off',
	'State',
	'enable',
	choices({ Enable: 'enable', Disable: 'disable' }),
);

const JSON_EXAMPLE = '{"Name": "Contoso policy", ...}';

const objectJson: Validator = (value, check) =>
	validate.parsedJsonWhere(
		value,
		check,
		JSON_EXAMPLE,
		isRecord,
		'the value is not a JSON object.',
		`Enter one object, e.g. ${JSON_EXAMPLE}.`,
	);

/** Edit's extra Set- parameters: an empty object would change nothing while CIPP answers "Updated". */
const someParameters: Validator = (value, check) => {
	const parameters = objectJson(value, check) as IDataObject;
	if (Object.keys(parameters).length === 0)
		validate.invalid(check, 'no parameter was given.', 'Add at least one parameter, e.g. {"Comment": "Reviewed"}.');
	return parameters;
};

/** The object's JSON as CIPP stores and deploys it (CIPP runs ConvertFrom-Json on the text). */
function definitionParameter(kind: ComplianceKind, description: string): CippParameter {
	return requiredParameter(
		{
			displayName: 'Definition (JSON)',
			name: 'definition',
			type: 'json',
			default: '{}',
			description,
		},
		{ name: 'PowerShellCommand', in: 'body', validate: (value, check) => JSON.stringify(objectJson(value, check)) },
	);
}

/** Where a deploy or a new template takes the object from; the first option is the default. */
function sourceProperty(kind: ComplianceKind, first: string, options: Array<{ name: string; value: string }>): INodeProperties {
	return {
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: first,
		options,
		description: `Where the ${kind.noun} comes from`,
	};
}

const switches = (entry?: FieldEntry): CippParameter[] => (entry ? [additionalFields([entry])] : []);

/** A list of CIPP's templates of one kind, one item per template; a template ID narrows it to that one. */
export function templateListOperation(
	resource: string,
	value: string,
	name: string,
	templates: string,
	call: Pick<CippOperation, 'endpoint' | 'method' | 'access' | 'role'>,
): CippOperation {
	return {
		resource,
		value,
		name,
		action: `Get many ${templates}`,
		description: `List CIPP's ${templates}, one item per template with its GUID and name; give a template ID for just that one`,
		...call,
		list: true,
		parameters: [
			optionalGuidFilter(
				'Template ID',
				'templateId',
				{ name: 'ID', in: 'query' },
				'Return only this template (its GUID); leave empty for all',
			),
		],
		output: records,
	};
}

function objectParameter(kind: ComplianceKind): CippParameter {
	return recordParameter(
		{
			displayName: kind.Noun,
			name: 'identity',
			description: `The ${kind.noun}, from the list or by its name`,
			searchListMethod: kind.lists.objects,
			placeholder: `Select a ${kind.noun}...`,
			typed: 'text',
		},
		{ name: 'Identity', in: 'body' },
	);
}

function templateParameter(kind: ComplianceKind, send?: { name: string; in: 'body' }): CippParameter {
	return templatePicker(
		kind.lists.templates,
		`The ${kind.noun} template, from the list or by its GUID`,
		send ?? { name: 'ID', in: 'body' },
	);
}

/** CIPP reads selectedTenants[].value; the OpenAPI types it as text, so it goes as JSON. */
const oneTenant = validate.tenant({ allowAllTenants: false });
const deployTenant: CippParameter = {
	...tenantParameter('body'),
	send: { name: 'selectedTenants', in: 'body', encoding: 'json' },
	validate: (value, check) => {
		const tenant = oneTenant(value, check);
		return [{ value: tenant, label: tenant }];
	},
};

async function readTemplate(kind: ComplianceKind, context: StepContext): Promise<IDataObject> {
	const id = String(context.values.templateId);
	const answer = await context.call({ method: 'GET', endpoint: kind.templates.list, qs: { ID: id } }, `${kind.role}.Read`);
	const [template] = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	if (!template) context.fail(`${kind.noun} template ${id} was not found.`);
	// The list adds GUID to the stored JSON; the deploy reads the template's own fields.
	return Object.fromEntries(Object.entries(template).filter(([key]) => key !== 'GUID'));
}

function runWith(operation: () => CippOperation, prepare: (context: StepContext) => Promise<IDataObject | undefined>) {
	return async (context: StepContext) => {
		const body = await prepare(context);
		const request = body ? { ...context.request, body } : context.request;
		return operation().output(await context.call(request, operation().role), context);
	};
}

/** One compliance operation of one kind, as the four kinds share them. */
export function complianceOperation(kind: ComplianceKind, action: ComplianceAction): CippOperation {
	const base = { resource: 'compliance' };
	const templates = `${kind.noun} templates`;
	switch (action) {
		case 'getMany':
			return {
				...base,
				value: `getMany${kind.many}`,
				name: `Get Many ${kind.Nouns}`,
				action: `Get many ${kind.nouns}`,
				description: `List a tenant's ${kind.nouns}, one item each as Purview describes it`,
				...reads(`List${kind.stem}`, `${kind.role}.Read`),
				list: true,
				parameters: [tenantParameter('query'), ...switches(kind.listSwitch)],
				output: records,
			};
		case 'update': {
			const operation: CippOperation = {
				...base,
				value: `update${kind.one}`,
				name: `Update ${kind.Noun}`,
				action: `Update a ${kind.noun}`,
				description: `Change a ${kind.noun} with parameters of its Purview Set- cmdlet${kind.hasState ? ', or turn it on or off' : ''}`,
				...writes(`Edit${kind.stem}`, `${kind.role}.ReadWrite`),
				parameters: [
					tenantParameter('body'),
					objectParameter(kind),
					additionalFields([
						...(kind.hasState ? [stateField] : []),
						{
							property: {
								displayName: 'Parameters (JSON)',
								name: 'parameters',
								type: 'json',
								default: '{}',
								description: 'More parameters of the Set- cmdlet, e.g. {"Comment": "Reviewed"}',
							},
							send: { name: 'parameters', in: 'body', encoding: 'json', validate: someParameters },
						},
					]),
				],
				output: actionResult(),
				run: async (context) => {
					validate.requireSomeChange(context, ['tenantFilter', 'Identity'], `"Updated ${kind.noun} <name>"`);
					return operation.output(await context.call(context.request, operation.role), context);
				},
			};
			return operation;
		}
		case 'delete':
			return {
				...base,
				value: `delete${kind.one}`,
				name: `Delete ${kind.Noun}`,
				action: `Delete a ${kind.noun}`,
				description: `Delete a ${kind.noun} from a tenant`,
				...writes(`Remove${kind.stem}`, `${kind.role}.ReadWrite`),
				parameters: [tenantParameter('body'), objectParameter(kind), ...switches(kind.removeSwitch)],
				output: actionResult(),
			};
		case 'deploy': {
			const fromTemplate = { source: ['template'] };
			const operation: CippOperation = {
				...base,
				value: `deploy${kind.one}`,
				name: `Deploy ${kind.Noun}`,
				action: `Create or update a ${kind.noun} from a template or JSON`,
				description: `Create a ${kind.noun} in a tenant from a CIPP template or JSON, or update the one of that name. A tenant CIPP skips or cannot deploy to fails the item with CIPP's words.`,
				...writes(`Add${kind.stem}`, `${kind.role}.ReadWrite`),
				parameters: [
					deployTenant,
					{
						property: sourceProperty(kind, 'template', [
							{ name: 'CIPP Template', value: 'template' },
							{ name: 'JSON', value: 'json' },
						]),
					},
					shownWhen(fromTemplate, templateParameter(kind, { name: 'PowerShellCommand', in: 'body' })),
					shownWhen(
						{ source: ['json'] },
						definitionParameter(kind, `The ${kind.noun} as Purview describes it, e.g. a template from Get Many Templates`),
					),
				],
				refusals: DEPLOY_REFUSALS,
				output: actionResult(),
				run: runWith(
					() => operation,
					async (context) =>
						context.values.source === 'template'
							? { ...(context.request.body as IDataObject), PowerShellCommand: JSON.stringify(await readTemplate(kind, context)) }
							: undefined,
				),
			};
			return operation;
		}
		case 'getManyTemplates':
			return templateListOperation(
				'compliance',
				`getMany${kind.one}Templates`,
				`Get Many ${kind.Noun} Templates`,
				templates,
				reads(kind.templates.list, `${kind.role}.Read`),
			);
		case 'createTemplate': {
			const capture = { source: ['tenant'] };
			return {
				...base,
				value: `create${kind.one}Template`,
				name: `Create ${kind.Noun} Template`,
				action: `Create a ${kind.noun} template`,
				description: kind.captures
					? `Save a ${kind.noun} of a tenant, or JSON, as a CIPP template to deploy elsewhere`
					: `Save a ${kind.noun} as JSON (e.g. ${kind.example}) as a CIPP template to deploy elsewhere`,
				...writes(kind.templates.add, `${kind.role}.ReadWrite`),
				parameters: kind.captures
					? [
							{
								property: sourceProperty(kind, 'tenant', [
									{ name: 'From a Tenant', value: 'tenant' },
									{ name: 'JSON', value: 'json' },
								]),
							},
							shownWhen(capture, tenantParameter('body')),
							shownWhen(capture, objectParameter(kind)),
							shownWhen({ source: ['json'] }, definitionParameter(kind, `The ${kind.noun} as Purview describes it`)),
						]
					: [definitionParameter(kind, `The ${kind.noun} as Purview describes it, e.g. ${kind.example}`)],
				output: actionResult(),
			};
		}
		case 'deleteTemplate':
			return {
				...base,
				value: `delete${kind.one}Template`,
				name: `Delete ${kind.Noun} Template`,
				action: `Delete a ${kind.noun} template`,
				description: `Delete a ${kind.noun} template from CIPP; what was deployed from it stays`,
				...writes(kind.templates.remove, `${kind.role}.ReadWrite`),
				parameters: [templateParameter(kind)],
				output: actionResult(),
			};
	}
}

/** What a kind is written with: the rest of `ComplianceKind` follows from it (see `complianceKind`). */
type ComplianceKindSpec = Omit<ComplianceKind, 'one' | 'many' | 'noun' | 'nouns' | 'Noun' | 'Nouns' | 'stem' | 'templates' | 'role'> & {
	/** CIPP's endpoint stem, when it is not `one`. */
	stem?: string;
};

/** The plural of a name: policy → policies, label → labels. */
const plural = (name: string): string => name.replace(/([^aeiou])y$/, '$1ie') + 's';

/** Title Case of a noun, acronyms kept: "DLP policy" → "DLP Policy". */
const titleCase = (noun: string): string => noun.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

/**
 * A kind from its names (`one`, `noun`): the plurals and Title Case follow from them, and CIPP names
 * the template endpoints and the role after the stem (List<stem>Templates, Security.<stem>).
 */
function complianceKind(one: string, noun: string, spec: ComplianceKindSpec): ComplianceKind {
	const stem = spec.stem ?? one;
	return {
		...spec,
		one,
		many: plural(one),
		noun,
		nouns: plural(noun),
		Noun: titleCase(noun),
		Nouns: titleCase(plural(noun)),
		stem,
		templates: { list: `List${stem}Templates`, add: `Add${stem}Template`, remove: `Remove${stem}Template` },
		role: `Security.${stem}`,
	};
}

/** Purview's DLP policies (the list stays Security & Compliance → Get Many DLP Policies). */
export const DLP = complianceKind('DlpPolicy', 'DLP policy', {
	stem: 'DlpCompliancePolicy',
	example: 'an item of Security & Compliance → Get Many DLP Policies, with its AssociatedRules',
	lists: { objects: 'searchComplianceDlpPolicies', templates: 'searchComplianceDlpTemplates' },
	hasState: true,
});

export const RETENTION = complianceKind('RetentionPolicy', 'retention policy', {
	stem: 'RetentionCompliancePolicy',
	example: 'an item of Get Many Retention Policies',
	lists: { objects: 'searchComplianceRetentionPolicies', templates: 'searchComplianceRetentionTemplates' },
	hasState: true,
	captures: true,
	removeSwitch: pascalFlag('Force Deletion', 'forceDeletion', 'Whether to delete a policy that is still pending deletion'),
});

export const SIT = complianceKind('SensitiveInfoType', 'sensitive information type', {
	example: '{"Name": "Project Code", "Pattern": "PRJ-\\d{6}"}',
	lists: { objects: 'searchComplianceSensitiveInfoTypes', templates: 'searchComplianceSitTemplates' },
	captures: true,
	listSwitch: flag(
		'Include Built-In',
		'includeBuiltIn',
		"Whether to list Microsoft's built-in types too (hundreds)",
		inQuery('IncludeBuiltIn'),
	),
});

export const LABEL = complianceKind('SensitivityLabel', 'sensitivity label', {
	example: 'an item of Get Many Sensitivity Labels',
	lists: { objects: 'searchComplianceSensitivityLabels', templates: 'searchComplianceLabelTemplates' },
});
