/** What a CIPP HTTP function gets (the request) and gives back (an HttpResponseContext). */
import type { ApiClient, SandboxState } from '../fixtures';
import type { HttpResult } from '../http';

export interface EndpointContext {
	state: SandboxState;
	/** The API client that called (from the bearer token). */
	client: ApiClient;
	/** PwPush extension enabled. */
	pwPush: boolean;
	/** `$Request.Query.<name>` (case-insensitive). */
	fromQuery(name: string): string | undefined;
	/** `$Request.Query.<name> ?? $Request.Body.<name>` (case-insensitive, query wins). */
	fromQueryOrBody(name: string): unknown;
	/** `$Request.Body` as a whole, for endpoints that read a list of rows. */
	body: unknown;
	/** `$Request.Body.<name>` (case-insensitive), for fields CIPP reads from the body only. */
	fromBody(name: string): unknown;
	/** Count a password that was actually changed (CippSandbox.resetCount). */
	countPasswordChange(): void;
}

export interface Endpoint {
	/** Canonical name, as in Invoke-<Name>. Lookup is case-insensitive. */
	name: string;
	/** The .ROLE permission the endpoint demands; null = answered by the access check itself (/api/me). */
	role: string | null;
	/** .FUNCTIONALITY AnyTenant: the tenant-scope check is skipped. */
	anyTenant?: boolean;
	/** Throwing = unhandled PowerShell exception (HTTP 500, message as plain text). */
	handle(ctx: EndpointContext): HttpResult | Promise<HttpResult>;
}
