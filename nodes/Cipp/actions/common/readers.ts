import type { IDataObject } from 'n8n-workflow';

import { isFailure, readResults } from '../../transport/envelope';
import type { CippResult } from '../../transport/envelope';
import type { OutputContext } from '../types';
import { secretFields, secretOutputOf, secretPlaceholder } from './secrets';

export function isRecord(value: unknown): value is IDataObject {
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

/** Replaces every occurrence of a secret in CIPP's text, so it only appears in its own field. */
export function withoutSecret(text: string, secret: string | undefined, placeholder: string): string {
	return secret ? text.split(secret).join(placeholder) : text;
}

export interface ActionOutputOptions {
	/** CIPP queues the work and answers at once: the item says so and how to follow up. */
	queued?: { followUp: string };
	/**
	 * The output field for the secret CIPP hands back (a pass, a password), shaped by the
	 * operation's Password Output choice; without it the value goes to `copyField`.
	 */
	secretField?: string;
	/** What an empty answer means where CIPP answers nothing when it did nothing: the item fails with this text. */
	emptyMeans?: string;
}

const NO_MESSAGE =
	'CIPP answered without a message, so whether it made the change is unknown. Check CIPP → Logbook, or read the object back.';

/**
 * An action endpoint's `{Results: ...}` as one item: `status`, CIPP's `message` (all messages
 * joined; each in `messages` when there are several), and `copyField` when CIPP hands back a
 * value to copy (a temporary access pass, a secret), which is taken out of the text. A message
 * that CIPP's UI would show as failed, or that the endpoint uses to refuse, fails the item,
 * whatever the HTTP status was. An answer without any message is never a plain success.
 */
export function actionResult(options: ActionOutputOptions = {}) {
	return (response: unknown, context: OutputContext): IDataObject[] => {
		const results = readResults(response).filter((result) => result.text !== '' && result.text !== 'null');
		const refused = (result: CippResult) => isFailure(result) || context.refusals.some((pattern) => pattern.test(result.text));
		const failed = results.filter(refused);
		if (failed.length > 0) context.fail(failed.map((result) => result.text).join(' '));
		if (results.length === 0 && options.emptyMeans) context.fail(options.emptyMeans);
		const copyField = results.find((result) => result.copyField)?.copyField;
		const mode = options.secretField ? secretOutputOf(context.values) : 'include';
		const field = options.secretField ?? 'copyField';
		const messages = results.map((result) => withoutSecret(result.text, copyField, secretPlaceholder(copyField, mode, field)));
		const warned = results.some((result) => result.state === 'warning');
		const status = options.queued ? 'queued' : results.length === 0 ? 'unconfirmed' : warned ? 'warning' : 'success';
		return [
			{
				status,
				message: results.length === 0 ? NO_MESSAGE : messages.join(' '),
				...(messages.length > 1 ? { messages } : {}),
				...secretFields(copyField, mode, field),
				...(options.queued ? { followUp: options.queued.followUp } : {}),
			},
		];
	};
}

/** CIPP answers `{Results: X}` where X is a list or one object; a text instead is CIPP's error. */
export function resultRecords(response: unknown, context: OutputContext): IDataObject[] {
	const results = (response as IDataObject | undefined)?.Results;
	if (typeof results === 'string') context.fail(results);
	return records(results ?? response);
}

/** Endpoints that answer with JSON text (ConvertTo-Json) give the same records once parsed. */
export function parsedRecords(response: unknown): IDataObject[] {
	if (typeof response !== 'string') return records(response);
	try {
		return records(JSON.parse(response));
	} catch {
		return records(response);
	}
}

/** Some lists answer HTTP 200 with a list of error texts instead of records. */
export function recordsOrFail(response: unknown, context: OutputContext): IDataObject[] {
	if (Array.isArray(response) && response.length > 0 && response.every((entry) => typeof entry === 'string')) {
		context.fail(response.join(' '));
	}
	return records(response);
}

const CACHE_FOLLOW_UP = 'CIPP is filling its all-tenant cache in the background: run this operation again in a few minutes.';

/**
 * Lists CIPP answers as `{Results, Metadata}` and serves from its all-tenant cache. While that cache
 * is being filled, Results is empty and Metadata carries a "loading, check back" message: the one
 * item then says so instead of pretending there is nothing.
 */
export function cachedRecords(pick: (results: unknown) => unknown = (results) => results) {
	return (response: unknown): IDataObject[] => {
		const envelope: IDataObject = isRecord(response) && 'Results' in response ? response : { Results: response as IDataObject };
		const metadata = isRecord(envelope.Metadata) ? envelope.Metadata : {};
		const found = records(pick(envelope.Results) ?? []);
		if (found.length > 0 || typeof metadata.QueueMessage !== 'string') return found;
		return [{ status: 'loading', message: metadata.QueueMessage, queueId: metadata.QueueId ?? null, followUp: CACHE_FOLLOW_UP }];
	};
}
