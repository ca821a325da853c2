/** The CIPP sandbox: a local stand-in for a CIPP deployment and its Entra ID token endpoint. */
export { CippSandbox } from './server';
export type {
	ChaosOptions,
	ClientCredentials,
	ClientName,
	InjectedKind,
	SandboxFault,
	SandboxOptions,
	SandboxRequest,
	SandboxStats,
	SyntheticTenant,
	TenantConcurrencyLimit,
} from './types';
export { fixtures, findTenant, findUser } from './fixtures';
export type { ManagedDevice, SandboxTenant, SandboxUser } from './fixtures';
