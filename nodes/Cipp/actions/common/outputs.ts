import type { IDataObject } from 'n8n-workflow';

import type { OutputContext } from '../types';

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** List endpoints answer a bare JSON array (a few wrap it in `Results`): one item per record. */
export function records(response: unknown): IDataObject[] {
	const list = isRecord(response) && Array.isArray(response.Results) ? response.Results : response;
	if (list === undefined || list === null || list === '') return [];
	return (Array.isArray(list) ? list : [list]).map((entry) => (isRecord(entry) ? entry : { value: entry }));
}

/** A Get: exactly one record, or a clear "not found". */
export function singleRecord(describe: (context: OutputContext) => string) {
	return (response: unknown, context: OutputContext): IDataObject[] => {
		const [first] = records(response);
		if (!first) context.fail(`${describe(context)} was not found.`);
		return [first];
	};
}
