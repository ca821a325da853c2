import type { IDataObject } from 'n8n-workflow';

import { actionResult, isRecord } from '../common/readers';
import { parsedBody } from './standard';
import type { CippOperation } from '../types';

/**
 * CIPP's test endpoints answer ConvertTo-Json text: it is parsed, then read as any action's
 * `{Results}`, and `extra` copies fields of the answer (e.g. the new report's ID) onto the item.
 */
export function parsedAction(extra: Record<string, string> = {}): CippOperation['output'] {
	const read = actionResult();
	return (response, context) => {
		const body = parsedBody(response);
		const fields: IDataObject = {};
		for (const [from, to] of Object.entries(extra)) fields[to] = isRecord(body) ? (body[from] ?? null) : null;
		return read(body, context).map((item) => ({ ...item, ...fields }));
	};
}
