import type { INodeProperties } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { choiceProperty, requiredParameter, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter } from '../types';

/** Which Entra object an app action works on: CIPP pastes it into the Graph URL (`/beta/<type>(appId='…')`). */
const objectTypeProperty: INodeProperties = choiceProperty(
	'Object Type',
	'objectType',
	'applications',
	[
		['App Registration', 'applications', 'The application object in its home tenant'],
		['Enterprise App', 'servicePrincipals', 'The service principal in this tenant'],
	],
	'The app registration or the enterprise app (service principal) of the app',
);

/** A required GUID typed in. */
const guidText = (displayName: string, name: string, send: string, description: string): CippParameter =>
	requiredText(
		{ displayName, name, placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a', description },
		{ name: send, in: 'body', validate: validate.guid },
	);

/** The app, by its application (client) ID, sent as CIPP's AppId: CIPP addresses it as `(appId='…')`. */
export const appIdParameter = guidText(
	'Application (Client) ID',
	'appId',
	'AppId',
	'The appId of the app, e.g. from Tenant → Get Many OAuth Apps',
);

/** The tenant, object type and app every app action targets; `typeField` is CIPP's name for the object type. */
export function appTarget(typeField: 'AppType' | 'Type'): CippParameter[] {
	return [tenantParameter('body'), requiredParameter(objectTypeProperty, { name: typeField, in: 'body' }), appIdParameter];
}

/** A credential's keyId (from the app's passwordCredentials or keyCredentials). */
export const keyIdParameter = guidText(
	'Key ID',
	'keyId',
	'KeyId',
	"The credential's keyId, from the app's passwordCredentials or keyCredentials",
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
