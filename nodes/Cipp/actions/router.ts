import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { cippApiError, describeCippText } from '../transport/errors';
import { cippApiRequest, DEFAULT_TIMEOUT_MS, getConnection } from '../transport';
import type { CippConnection } from '../transport';
import { findOperation } from './operations';
import { buildRequest } from './request';
import type { CippOperation, OutputContext } from './types';

async function runItem(
	this: IExecuteFunctions,
	connection: CippConnection,
	itemIndex: number,
): Promise<IDataObject[]> {
	const resource = this.getNodeParameter('resource', itemIndex) as string;
	const operationName = this.getNodeParameter('operation', itemIndex) as string;
	const operation = findOperation(resource, operationName);
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not known`, {
			itemIndex,
			description: 'This version of the CIPP node does not offer it. Update the package or pick another operation.',
		});
	}
	const { request, values } = buildRequest.call(this, operation, itemIndex);
	const response = await cippApiRequest.call(this, connection, request, { itemIndex, role: operation.role });
	const context: OutputContext = {
		values,
		request,
		itemIndex,
		fail: (cippText) => {
			const failureContext = {
				endpoint: operation.endpoint,
				role: operation.role,
				baseUrl: connection.baseUrl,
				timeoutMs: DEFAULT_TIMEOUT_MS,
				itemIndex,
				secrets: connection.secrets,
			};
			throw cippApiError(this.getNode(), { status: 200, ...describeCippText(cippText, 200, failureContext) }, failureContext);
		},
	};
	return limitList.call(this, operation, operation.output(response, context), itemIndex);
}

function limitList(this: IExecuteFunctions, operation: CippOperation, records: IDataObject[], itemIndex: number) {
	if (!operation.list || this.getNodeParameter('returnAll', itemIndex, false)) return records;
	return records.slice(0, this.getNodeParameter('limit', itemIndex) as number);
}

function asNodeError(this: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

/**
 * Runs every input item and returns exactly one result per item, in input order, each paired
 * with its input: the item's records, or with "On Error: Continue" one error item.
 * Without it, the run stops at the first failed item and names it.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const connection = await getConnection.call(this);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const records = await runItem.call(this, connection, itemIndex);
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(records), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (caught) {
			const error = asNodeError.call(this, caught, itemIndex);
			if (!this.continueOnFail()) throw error;
			output.push({
				json: { error: error.message, description: error.description ?? undefined },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}
