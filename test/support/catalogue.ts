import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { allOperations } from '../../nodes/Cipp/actions/operations';
import { runWorkflow } from '../harness/runWorkflow';
import { CippSandbox, type ClientName, type SandboxRequest } from '../sandbox';
import { cippPackage } from './cippPackage';
import { cippWorkflow, inputs, sandboxCredential } from './workflows';
import { sandboxPerFile } from './sandboxPerFile';

/** How one operation is exercised: what the user sets, and exactly what CIPP must receive. */
export interface OperationExample {
	/** Node parameters besides resource and operation (resource locators as `locator(mode, value)`). */
	parameters: INodeParameters;
	/** The operation's request CIPP must get: method, endpoint spelled exactly, query and body in full. */
	request: { method: 'GET' | 'POST'; endpoint: string; query?: IDataObject; body?: IDataObject | IDataObject[] };
	/**
	 * For operations that take several calls: every endpoint called, in order, including the
	 * example's `request` (default: that request alone).
	 */
	calls?: string[];
	/** More checks on the output items (each is already checked to be paired with the input). */
	output?: (items: INodeExecutionData[], sandbox: CippSandbox) => void;
	/** Runs before the operation, e.g. to inject a fault or seed data. */
	setup?: (sandbox: CippSandbox) => void;
	/** The API client to call as (default `editor`), e.g. `admin` for CIPP.AppSettings permissions. */
	client?: ClientName;
}

export interface CatalogueRun {
	items: INodeExecutionData[];
	requests: SandboxRequest[];
	error?: Error & { description?: string };
}

/** Runs one operation through n8n's engine against the sandbox, as a workflow would. */
export async function runOperation(
	sandbox: CippSandbox,
	resource: string,
	operation: string,
	parameters: INodeParameters,
	rows: IDataObject[] = [{}],
	client: ClientName = 'editor',
): Promise<CatalogueRun> {
	sandbox.clearLog();
	const { clientId, clientSecret } = sandbox.clients[client];
	const result = await runWorkflow(cippPackage, cippWorkflow({ resource, operation, ...parameters }), {
		credentials: sandboxCredential(sandbox, { clientId, apiKey: clientSecret }),
		pinData: inputs(rows),
	});
	return {
		items: result.output('CIPP'),
		requests: sandbox.requests.filter((request) => request.endpoint !== undefined),
		error: result.error,
	};
}

/**
 * One test per operation of a resource, each run through n8n's engine against the sandbox: the
 * request must be exactly the example's and within CIPP's OpenAPI contract (the sandbox checks),
 * and the output paired with its input. An operation without an example fails.
 */
export function describeCatalogue(resource: string, examples: Record<string, OperationExample>) {
	const operations = allOperations.filter((operation) => operation.resource === resource);

	describe(`${resource} operations`, () => {
		const currentSandbox = sandboxPerFile();
		let sandbox: CippSandbox;
		beforeEach(() => {
			sandbox = currentSandbox();
		});

		test('every operation has an example, and every example an operation', () => {
			expect(Object.keys(examples).sort()).toEqual(operations.map((operation) => operation.value).sort());
		});

		test.each(operations.map((operation) => [operation.name, operation.value] as const))('%s', async (_name, value) => {
			const example = examples[value];
			expect(example).toBeDefined();
			example.setup?.(sandbox);
			const run = await runOperation(sandbox, resource, value, example.parameters, [{}], example.client);
			expect(run.error).toBeUndefined();
			expect(run.requests.map((request) => request.endpoint)).toEqual(example.calls ?? [example.request.endpoint]);
			for (const request of run.requests) {
				expect({ endpoint: request.endpoint, violations: request.contractViolations, status: request.status }).toEqual({
					endpoint: request.endpoint,
					violations: [],
					status: 200,
				});
			}
			const request = run.requests.find((candidate) => candidate.endpoint === example.request.endpoint) as SandboxRequest;
			expect({
				method: request.method,
				endpoint: request.endpoint,
				query: request.query,
				body: request.body ?? {},
				violations: request.contractViolations ?? [],
				status: request.status,
			}).toEqual({
				method: example.request.method,
				endpoint: example.request.endpoint,
				query: example.request.query ?? {},
				body: example.request.body ?? {},
				violations: [],
				status: 200,
			});
			expect(run.items.length).toBeGreaterThan(0);
			run.items.forEach((item) => expect(item.pairedItem).toEqual({ item: 0 }));
			example.output?.(run.items, sandbox);
		});
	});
}
