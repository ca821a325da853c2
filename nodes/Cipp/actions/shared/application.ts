import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { choiceProperty, requiredGuid, requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import type { CippOperation, CippParameter, StepContext } from '../types';
import { parsedBody } from './standard';

/** Which Entra object an app action works on: CIPP pastes it into the Graph URL (`/beta/<type>(appId='…')`). */
const objectTypeProperty: INodeProperties = choiceProperty(
	'Object Type',
	'objectType',
	'applications',
	[
		{ name: 'App Registration', value: 'applications', description: 'The application object in its home tenant' },
		{ name: 'Enterprise App', value: 'servicePrincipals', description: 'The service principal in this tenant' },
	],
	'The app registration or the enterprise app (service principal) of the app',
);

/** The app, by its application (client) ID, sent as CIPP's AppId: CIPP addresses it as `(appId='…')`. */
export const appIdParameter = requiredGuid(
	'Application (Client) ID',
	'appId',
	'The appId of the app, e.g. from Tenant → Get Many OAuth Apps',
	'AppId',
);

/** The tenant, object type and app every app action targets; `typeField` is CIPP's name for the object type. */
export function appTarget(typeField: 'AppType' | 'Type'): CippParameter[] {
	return [tenantParameter('body'), requiredParameter(objectTypeProperty, { name: typeField, in: 'body' }), appIdParameter];
}

/** A credential's keyId (from the app's passwordCredentials or keyCredentials). */
export const keyIdParameter = requiredGuid(
	'Key ID',
	'keyId',
	"The credential's keyId, from the app's passwordCredentials or keyCredentials",
	'KeyId',
);

type Naming = Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>;

/** One action of ExecManageAppCredentials (Add, Rotate, Remove) on an app's credentials. */
export function credentialOperation(
	naming: Naming,
	constants: Record<string, string>,
	parameters: CippParameter[],
	output: CippOperation['output'] = actionResult(),
): CippOperation {
	return {
		resource: 'application',
		...naming,
		...writes('ExecManageAppCredentials', 'Tenant.Application.ReadWrite'),
		parameters: [...appTarget('AppType'), ...parameters],
		constants: { body: constants },
		output,
	};
}

/** CIPP answers its template endpoints with ConvertTo-Json text, often a one-element list: parsed and unwrapped. */
export function jsonAnswer(response: unknown): unknown {
	const parsed = parsedBody(response);
	return Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : parsed;
}

const readAction = actionResult();

/**
 * A template write's answer as one item with the template's ID (CIPP's Metadata.TemplateId). With
 * `saved`, any other message fails the item: CIPP answers a failed save with HTTP 200 and only the exception text.
 */
export function templateResult(saved?: string): CippOperation['output'] {
	return (response, context) => {
		const answer = jsonAnswer(response);
		const [item] = readAction(answer, context);
		if (saved !== undefined && item.message !== saved) context.fail(String(item.message));
		const metadata = isRecord(answer) && isRecord(answer.Metadata) ? answer.Metadata : {};
		return [{ ...item, templateId: metadata.TemplateId ?? null }];
	};
}

/** CIPP's app permission sets (ExecAppPermissionTemplate without Action): rows with a TemplateId (an empty table answers [null]). */
export function permissionTemplates(response: unknown): IDataObject[] {
	const answer = jsonAnswer(response);
	return (Array.isArray(answer) ? answer : [answer]).filter((row): row is IDataObject => isRecord(row) && Boolean(row.TemplateId));
}

/** A permission set of CIPP's (Enterprise Application → Get Many Permission Templates), by its TemplateId. */
export const permissionTemplateParameter = requiredGuid(
	'Permission Template ID',
	'permissionTemplateId',
	'The TemplateId from Enterprise Application → Get Many Permission Templates',
	'TemplateId',
);

/** ExecAppPermissionTemplate: CIPP's own table, whatever the tenant. */
export const PERMISSION_TEMPLATES = {
	endpoint: 'ExecAppPermissionTemplate',
	method: 'POST',
	role: 'Tenant.ApplicationTemplates.ReadWrite',
} as const;

/** Reads one permission set from CIPP, failing the item when CIPP has none with that ID (CIPP itself never checks). */
export async function readPermissionSet(context: StepContext, id: string): Promise<IDataObject> {
	const { endpoint, role } = PERMISSION_TEMPLATES;
	const listed = permissionTemplates(await context.call({ method: 'POST', endpoint, qs: { TemplateId: id } }, role));
	return (
		listed.find((row) => String(row.TemplateId).toLowerCase() === id) ??
		context.fail(`App permission template ${id} was not found in CIPP.`)
	);
}
