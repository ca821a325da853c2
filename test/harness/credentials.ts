import {
	ICredentialsHelper,
	NodeHelpers,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type IRequestOptionsSimplified,
	type Workflow,
} from 'n8n-workflow';

/**
 * The credential side of n8n, as its CLI implements it (packages/cli credentials-helper.ts):
 * stored credential data with defaults and `$self` expressions applied, the expirable-field
 * `preAuthentication` flow (run when the field is empty or after a 401, result saved back),
 * and generic `authenticate` with `={{$credentials.x}}` resolved. The store stands in for n8n's
 * database, so tests can see what n8n would persist.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** credential id → decrypted data, as n8n's database would hold it. */
	readonly store = new Map<string, ICredentialDataDecryptedObject>();

	/** How often preAuthentication ran, to see token fetches. */
	preAuthenticationCount = 0;

	/** The workflow being run: credential expressions resolve against it, as in n8n. */
	workflow?: Workflow;

	constructor(private readonly types: Record<string, ICredentialType>) {
		super();
	}

	private type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	private resolve(value: unknown, node: INode | undefined, additionalKeys: IDataObject, self?: IDataObject) {
		const workflow = this.workflow;
		if (!workflow || !node || typeof value !== 'string' || !value.startsWith('=')) return value;
		return workflow.expression.getComplexParameterValue(node, value, 'internal', additionalKeys, undefined, undefined, self);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		const options = requestOptions as IHttpRequestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate || authenticate.type !== 'generic') return options;
		for (const [target, entries] of Object.entries(authenticate.properties)) {
			const bag = ((options as unknown as IDataObject)[target] ??= {}) as IDataObject;
			for (const [key, value] of Object.entries(entries as IDataObject)) {
				bag[key] = this.resolve(value, node ?? workflow?.getStartNode(), { $credentials: credentials }) as string;
			}
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!expirable || !type.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		this.preAuthenticationCount++;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const details = node.credentials?.[typeName];
		if (details?.id) {
			await this.updateCredentials(details, typeName, Object.assign(credentials, output));
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (!type.preAuthentication) return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('Not used by this harness');
	}

	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = nodeCredentials.id ? this.store.get(nodeCredentials.id) : undefined;
		if (!stored) throw new Error(`Credential "${nodeCredentials.name}" (${type}) is not in the test store`);
		const withDefaults = NodeHelpers.getNodeParameters(
			this.type(type).properties,
			stored as never,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		const node = this.workflow?.getStartNode();
		const resolved: ICredentialDataDecryptedObject = {};
		for (const [key, value] of Object.entries(withDefaults)) {
			resolved[key] = this.resolve(value, node, {}, withDefaults) as ICredentialDataDecryptedObject[string];
		}
		return resolved;
	}

	async updateCredentials(nodeCredentials: INodeCredentialsDetails, _type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		if (nodeCredentials.id) this.store.set(nodeCredentials.id, { ...data });
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return this.type(type).properties;
	}
}
