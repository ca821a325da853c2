import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { runScheduled } from '../helpers/scheduler';
import { cippApiRequest, enableBatching, getConnection, reportedFailure } from '../transport/index';
import type { CippConnection } from '../transport/index';
import { readRunSettings } from './common/options';
import type { RunSettings } from './common/options';
import { findOperation } from './operations';
import { buildRequest } from './request';
import type { CippOperation, CippRequest, StepContext } from './types';

/** One input item, checked and turned into its request before anything is sent. */
interface PreparedItem {
	itemIndex: number;
	operation: CippOperation;
	request: CippRequest;
	values: IDataObject;
	/** Items of one tenant share the per-tenant limit. */
	tenantKey: string;
}

/** Resource and operation take no expressions, so they are the same for every item. */
function selectedOperation(this: IExecuteFunctions): CippOperation {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = findOperation(resource, operationName);
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not known`, {
			description: 'This version of the CIPP node does not offer it. Update the package or pick another operation.',
		});
	}
	return operation;
}

function prepareItem(this: IExecuteFunctions, operation: CippOperation, itemIndex: number): PreparedItem {
	const { request, values } = buildRequest.call(this, operation, itemIndex);
	return { itemIndex, operation, request, values, tenantKey: String(values.tenantFilter ?? '').toLowerCase() };
}

async function sendItem(
	this: IExecuteFunctions,
	connection: CippConnection,
	settings: RunSettings,
	{ itemIndex, operation, request, values }: PreparedItem,
): Promise<IDataObject[]> {
	const callOptions = { itemIndex, timeoutMs: settings.timeoutMs, retry: settings.retry };
	const context: StepContext = {
		values,
		request,
		itemIndex,
		node: this.getNode(),
		refusals: operation.refusals ?? [],
		fail: (cippText) => {
			throw reportedFailure(this.getNode(), connection, request.endpoint, { ...callOptions, role: operation.role }, cippText);
		},
		call: async (next, role) => await cippApiRequest.call(this, connection, next, { ...callOptions, role }),
		runEach: async (targets, work) => {
			const limits = { concurrency: settings.concurrency, perKey: settings.tenantConcurrency };
			const outcomes = await runScheduled(
				targets.map(() => ''),
				limits,
				async (index) => await work(targets[index]),
				false,
			);
			return outcomes as Array<NonNullable<(typeof outcomes)[number]>>;
		},
		binary: async (propertyName) => {
			const { mimeType } = this.helpers.assertBinaryData(itemIndex, propertyName);
			return { data: await this.helpers.getBinaryDataBuffer(itemIndex, propertyName), mimeType };
		},
	};
	const records = operation.run ? await operation.run(context) : operation.output(await context.call(request, operation.role), context);
	if (!operation.list || this.getNodeParameter('returnAll', itemIndex, false)) return records;
	return records.slice(0, this.getNodeParameter('limit', itemIndex) as number);
}

function asNodeError(this: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

/**
 * Runs every input item and returns exactly one result per item, in input order, each paired
 * with its input: the item's records, or with "On Error: Continue" one error item.
 *
 * Every item is checked before the first request, so without "Continue" bad input stops the run
 * before anything changes. Items then run concurrently within the run settings; a failure stops
 * new items from starting and the run fails naming the first failed item.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	if (items.length === 0) return [[]];
	const continueOnFail = this.continueOnFail();
	const operation = selectedOperation.call(this);
	const prepared = items.map((_, itemIndex) => {
		try {
			return prepareItem.call(this, operation, itemIndex);
		} catch (error) {
			return asNodeError.call(this, error, itemIndex);
		}
	});
	const firstInvalid = prepared.find((entry): entry is NodeApiError | NodeOperationError => !('request' in entry));
	if (firstInvalid && !continueOnFail) throw firstInvalid;

	const settings = readRunSettings.call(this);
	const connection = await getConnection.call(this);
	if (settings.batchRequests) enableBatching.call(this, connection);
	const outcomes = await runScheduled(
		prepared.map((entry) => ('request' in entry ? entry.tenantKey : '')),
		{ concurrency: settings.concurrency, perKey: settings.tenantConcurrency },
		async (itemIndex) => {
			const entry = prepared[itemIndex];
			if (!('request' in entry)) throw entry;
			return await sendItem.call(this, connection, settings, entry);
		},
		!continueOnFail,
	);

	const output: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (!outcome) return;
		if (outcome.ok) {
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(outcome.value), {
					itemData: { item: itemIndex },
				}),
			);
			return;
		}
		const error = asNodeError.call(this, outcome.error, itemIndex);
		if (!continueOnFail) throw error;
		output.push({
			json: { error: error.message, description: error.description ?? undefined },
			pairedItem: { item: itemIndex },
		});
	});
	return [output];
}
