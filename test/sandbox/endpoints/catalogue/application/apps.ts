/**
 * App registrations and enterprise apps of the customer tenants, with their credentials:
 * Invoke-ExecManageAppCredentials (Add, Rotate, Remove) and Invoke-ExecApplication (Update, Delete).
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';

export interface Credential {
	keyId: string;
	displayName: string;
	endDateTime: string;
}

export interface SandboxApp {
	tenant: string;
	type: 'applications' | 'servicePrincipals';
	appId: string;
	properties: Record<string, unknown>;
	passwordCredentials: Credential[];
	keyCredentials: Credential[];
}

export const LINE_OF_BUSINESS_APP = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const SECRET_KEY_ID = stableGuid('app/lob/secret');
export const CERTIFICATE_KEY_ID = stableGuid('app/lob/certificate');

const credential = (keyId: string, displayName: string): Credential => ({ keyId, displayName, endDateTime: '2026-12-31T00:00:00.000Z' });

export const sandboxApps = perSandbox((): SandboxApp[] =>
	(['applications', 'servicePrincipals'] as const).map((type) => ({
		tenant: 'contoso.onmicrosoft.com',
		type,
		appId: LINE_OF_BUSINESS_APP,
		properties: { displayName: 'Contoso Line of Business', notes: '', signInAudience: 'AzureADMultipleOrgs' },
		passwordCredentials: [credential(SECRET_KEY_ID, 'Integration secret')],
		keyCredentials: [credential(CERTIFICATE_KEY_ID, 'CN=contoso-lob')],
	})),
);

/** GET /beta/<type>(appId='…') (or /<type>/<id>) in the tenant; Graph's 404 otherwise. */
export function findApp(state: SandboxState, tenantFilter: unknown, type: string, appId: string): SandboxApp {
	const tenant = graphTenant(state, tenantFilter, { authCheck: false });
	const app = sandboxApps(state).find(
		(candidate) => candidate.tenant === tenant.defaultDomainName && candidate.type === type && candidate.appId === appId.toLowerCase(),
	);
	if (!app) throw new GraphError(GRAPH_ERRORS.notFound(appId));
	return app;
}

const appRef = (ctx: EndpointContext) => psString(ctx.fromQueryOrBody('Id')) || psString(ctx.fromQueryOrBody('AppId'));

const issued = perSandbox(() => ({ count: 0 }));

function addPassword(state: SandboxState, app: SandboxApp, displayName: string): string {
	const counter = issued(state);
	counter.count += 1;
	app.passwordCredentials.push({ ...credential(stableGuid(`app/secret/${counter.count}`), displayName) });
	return `Q~sandbox.${counter.count}.${stableGuid(`secretText/${counter.count}`).slice(0, 23)}`;
}

function removePassword(app: SandboxApp, keyId: string): void {
	const index = app.passwordCredentials.findIndex((entry) => entry.keyId === keyId.toLowerCase());
	if (index < 0) throw new GraphError(`No password credential found with keyId ${keyId}.`);
	app.passwordCredentials.splice(index, 1);
}

/** Invoke-ExecManageAppCredentials: a switch on Action; failures are HTTP 500 "Failed to <Action> credential: ...". */
const ExecManageAppCredentials: Endpoint = {
	name: 'ExecManageAppCredentials',
	role: 'Tenant.Application.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromBody('Action'));
		const keyId = psString(ctx.fromBody('KeyId'));
		const password = psString(ctx.fromBody('CredentialType')) === 'password';
		const find = () => findApp(ctx.state, ctx.fromBody('tenantFilter'), psString(ctx.fromBody('AppType')), appRef(ctx));
		try {
			let results: Record<string, unknown>;
			if (action === 'Remove') {
				const app = find();
				if (password) removePassword(app, keyId);
				// Certificates: the keyCredentials without that keyId are PATCHed back, whether it was there or not (:206-210).
				else app.keyCredentials = app.keyCredentials.filter((entry) => entry.keyId !== keyId.toLowerCase());
				results = { resultText: `Successfully removed ${password ? 'password' : 'key'} credential ${keyId}`, state: 'success' };
			} else if (action === 'Add') {
				if (!password) {
					results = {
						resultText: 'Adding certificate credentials is not supported here yet. Upload the certificate in Entra instead.',
						state: 'error',
					};
				} else {
					const name = psString(ctx.fromBody('DisplayName')).trim() || 'CIPP-Generated Secret';
					const secret = addPassword(ctx.state, find(), name);
					results = {
						resultText: `Client secret '${name}' created for the app registration. Use the Copy to Clipboard button to retrieve the secret.`,
						copyField: secret,
						state: 'success',
					};
				}
			} else if (action === 'Rotate') {
				if (!password) results = { resultText: 'Rotation is only supported for client secrets.', state: 'error' };
				else if (!keyId) results = { resultText: 'KeyId is required to rotate a secret.', state: 'error' };
				else {
					const app = find();
					const old = app.passwordCredentials.find((entry) => entry.keyId === keyId.toLowerCase());
					if (!old) results = { resultText: `Secret ${keyId} was not found on this application.`, state: 'error' };
					else {
						const name = old.displayName || 'CIPP-Generated Secret';
						const secret = addPassword(ctx.state, app, name);
						removePassword(app, keyId);
						results = {
							resultText: `Secret '${name}' rotated. Use the Copy to Clipboard button to retrieve the new secret.`,
							copyField: secret,
							state: 'success',
						};
					}
				}
			} else results = { resultText: `Unknown action: ${action}`, state: 'error' };
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const resultText = `Failed to ${action} credential: ${normalizeGraphError(error.message)}`;
			return { status: 500, body: { Results: { resultText, state: 'error' } } };
		}
	},
};

const VALID_ACTIONS = ['Update', 'Upsert', 'Delete', 'RemoveKey', 'RemovePassword'];

/** Invoke-ExecApplication: plain-text HTTP 400 for a missing ID, a bad type or action; Graph failures HTTP 500. */
const ExecApplication: Endpoint = {
	name: 'ExecApplication',
	role: 'Tenant.Application.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('Id'));
		const type = psString(ctx.fromQueryOrBody('Type'));
		const action = psString(ctx.fromQueryOrBody('Action'));
		if (!appRef(ctx)) return { status: 400, body: "Required parameter 'Id' or 'AppId' is missing" };
		if (type && !['applications', 'servicePrincipals'].includes(type)) {
			return { status: 400, body: 'Invalid Type specified. Valid types are: applications, servicePrincipals' };
		}
		if (!VALID_ACTIONS.includes(action)) {
			return { status: 400, body: `Invalid Action specified. Valid actions are: ${VALID_ACTIONS.join(', ')}` };
		}
		try {
			const app = findApp(ctx.state, ctx.fromQueryOrBody('tenantFilter'), type, appRef(ctx));
			if (action === 'Delete') sandboxApps(ctx.state).splice(sandboxApps(ctx.state).indexOf(app), 1);
			else if (action === 'Update' || action === 'Upsert') Object.assign(app.properties, ctx.fromBody('Payload') ?? {});
			return {
				status: 200,
				body: { Results: { resultText: `Successfully executed ${action} on ${type} with Id: ${id}`, state: 'success' } },
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const resultText = `Failed to execute ${action} on ${type} with Id: ${id}. Error: ${error.message}`;
			return { status: 500, body: { Results: [{ resultText, state: 'error' }] } };
		}
	},
};

export const endpoints: Endpoint[] = [ExecManageAppCredentials, ExecApplication];
