import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/**
 * CIPP's API only accepts an Entra ID bearer token from the client-credentials grant, issued for
 * the API client's own app (scope `api://<clientId>/.default`). The token lives in the hidden,
 * expirable `accessToken` field: n8n fills it through `preAuthentication` when it is empty, and
 * again after CIPP answers 401 (an expired or revoked token), and stores it with the credential,
 * so every worker and execution shares it and nothing is cached in memory.
 */
export class CippApi implements ICredentialType {
	name = 'cippApi';

	displayName = 'CIPP API';

	icon: Icon = { light: 'file:../icons/cipp.svg', dark: 'file:../icons/cipp.dark.svg' };

	documentationUrl = 'https://docs.cipp.app/api-documentation/setup-and-authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://cippabcde.azurewebsites.net',
			description:
				'The CIPP API address from CIPP → Integrations → CIPP-API ("API Url"). This is the Function App, not the web front end. A trailing /api is fine.',
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
			description: 'Your partner tenant, which owns the CIPP API client (shown as "Tenant ID" in CIPP)',
		},
		{
			displayName: 'Application (Client) ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
			description: 'The Client ID of the API client created in CIPP → Integrations → CIPP-API',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The client secret CIPP showed once when the API client was created (the secret value, not its ID)',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '=https://login.microsoftonline.com/{{$self["tenantId"]}}/oauth2/v2.0/token',
			description:
				'Where the access token comes from. Keep the default for the commercial cloud; use login.microsoftonline.us for US Government or login.chinacloudapi.cn for China.',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSSLIssues',
			type: 'boolean',
			default: false,
			description:
				'Whether to connect even if SSL certificate validation is not possible, e.g. a self-hosted CIPP or a proxy with a self-signed certificate',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return { accessToken: await requestAccessToken(this, credentials) };
	}

	/**
	 * Adds the bearer token. A function rather than a `={{$credentials.accessToken}}` template:
	 * n8n would evaluate the template for every request, and bulk runs send thousands.
	 */
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
	});

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.apiUrl.trim().replace(/\\/+$/, "").replace(/\\/api$/i, "")}}',
			url: '/api/me',
			method: 'GET',
			skipSslCertificateValidation: '={{$credentials.ignoreSSLIssues === true}}',
		},
		// n8n's tester checks each rule by its type; its TypeScript type only lacks a mixed list.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'CIPP did not accept the token. In CIPP → Integrations → CIPP-API check that the API client is enabled and press "Save to Azure"; check the Application (Client) ID.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						"CIPP refused this API client. Give it a role in CIPP → Integrations → CIPP-API, and check its allowed IP range; if CIPP offloads functions, use the main Function App's address.",
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'The API URL does not lead to a CIPP API. Use the API Url from CIPP → Integrations → CIPP-API (the Function App address).',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'clientPrincipal',
					value: undefined,
					message:
						'The API URL answered, but not as the CIPP API: it is probably the CIPP web front end. Use the API Url from CIPP → Integrations → CIPP-API (the Function App address).',
				},
			},
		] as ICredentialTestRequest['rules'],
	};
}

/** Every token failure message starts with this, so the node can tell it from a CIPP answer. */
export const TOKEN_FAILURE_PREFIX = 'Could not get a CIPP access token';

/** Node.js TLS error codes for a certificate the machine does not trust. */
export const SSL_ERROR_CODES = new Set([
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'CERT_HAS_EXPIRED',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Node.js network error codes in plain words. Messages use the words, not the codes: n8n replaces
 * any error message that contains such a code with a generic sentence of its own.
 */
export const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the request timed out',
	EPIPE: 'the connection was closed',
};

/** What an Entra error code means for the person filling in this credential. */
const ENTRA_ERRORS: Array<{ code: string; explanation: string }> = [
	{
		code: 'AADSTS7000215',
		explanation:
			'The API Key is wrong. Paste the client secret value CIPP showed when the API client was created (not the secret ID), or create a new secret in CIPP.',
	},
	{
		code: 'AADSTS7000222',
		explanation: 'The API Key has expired. Create a new secret for the API client in CIPP.',
	},
	{
		code: 'AADSTS90002',
		explanation: 'The Tenant ID is unknown. Use the ID of the partner tenant that owns the CIPP API client.',
	},
	{
		code: 'AADSTS900023',
		explanation: 'The Tenant ID is not a valid tenant ID or domain.',
	},
	{
		code: 'AADSTS700016',
		explanation: 'The Application (Client) ID is not registered in that tenant. Check the Client ID and the Tenant ID.',
	},
	{
		code: 'AADSTS500011',
		explanation:
			'The API client has no Application ID URI (api://<client ID>). Run "Repair URI" for the client in CIPP → Integrations → CIPP-API, or add the URI in Entra ID.',
	},
];

async function requestAccessToken(http: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const tenantId = String(credentials.tenantId ?? '').trim();
	const clientId = String(credentials.clientId ?? '').trim();
	const tokenUrl = String(credentials.tokenUrl ?? '').trim() || `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`;
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: clientId,
		client_secret: String(credentials.apiKey ?? ''),
		scope: `api://${clientId}/.default`,
	});
	try {
		const response = (await http.helpers.httpRequest({
			method: 'POST',
			url: tokenUrl,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: form.toString(),
			json: true,
			timeout: 30000,
			skipSslCertificateValidation: credentials.ignoreSSLIssues === true,
		})) as IDataObject;
		if (typeof response?.access_token !== 'string' || response.access_token === '') {
			throw new Error(`${TOKEN_FAILURE_PREFIX}: ${tokenUrl} did not return an access token. Check the Token URL.`);
		}
		return response.access_token;
	} catch (error) {
		throw new Error(explainTokenFailure(error, tokenUrl));
	}
}

/** Turns a failed token request into a message that names the field to fix, never the secret. */
function explainTokenFailure(error: IDataObject & { message?: string }, tokenUrl: string): string {
	const prefix = TOKEN_FAILURE_PREFIX;
	if (error.message?.startsWith(prefix)) return error.message;
	const cause = (error.cause ?? error) as IDataObject;
	const code = String(cause.code ?? error.code ?? '');
	if (SSL_ERROR_CODES.has(code)) {
		return `${prefix}: the certificate of ${tokenUrl} is not trusted (${code}). If it is a self-signed certificate you trust, turn on "Ignore SSL Issues (Insecure)" in the credential.`;
	}
	const response = (cause.response ?? error.response) as IDataObject | undefined;
	const body = response?.data ?? response?.body;
	const description = body && typeof body === 'object' ? String((body as IDataObject).error_description ?? '') : '';
	const known = ENTRA_ERRORS.find((entry) => description.includes(entry.code));
	if (known) return `${prefix}: ${known.explanation} (${description.split(/[\r\n]/)[0].split('. ')[0]})`;
	if (response?.status) {
		const detail = description ? ` ${description.split(/[\r\n]/)[0]}` : '';
		return `${prefix}: the token endpoint answered HTTP ${String(response.status)}.${detail} Check the Tenant ID, Application (Client) ID, API Key and Token URL.`;
	}
	const reason = NETWORK_FAILURES[code] ?? 'no answer';
	return `${prefix}: ${tokenUrl} could not be reached (${reason}). Check the Token URL and the network.`;
}
