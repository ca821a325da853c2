import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { Outcome } from '../helpers/outcome';
import type { CippRequest } from '../transport/types';

export type { CippRequest };

/** How a node parameter's value is written into the CIPP request. */
export type Encoding =
	/** A trimmed string. */
	| 'string'
	/** An explicit JSON boolean: CIPP reads a missing boolean as false. */
	| 'boolean'
	| 'number'
	/**
	 * A user ID that CIPP pastes into a Microsoft Graph URL unencoded: the `#` of a guest's
	 * `#EXT#` UPN would start the URL's fragment and cut the ID short, so it is sent as `%23`.
	 */
	| 'graphId'
	/** CIPP's autocomplete shape `{value, label}`: CIPP reads `.value`, a bare string is silently ignored. */
	| 'labelValue'
	/** A list of `{value, label}` from a list or a comma-separated text. */
	| 'labelValueList'
	/** A list of strings from a list or a comma-separated text. */
	| 'stringList'
	/** JSON given as an object, a list, or text. */
	| 'json'
	/** A date and time sent as Unix seconds, as CIPP's schedulers read it. */
	| 'unixSeconds';

/** Checks one value before anything is sent, and returns it in the form CIPP expects. */
export type Validator = (value: unknown, check: ValueCheck) => unknown;

export interface ValueCheck {
	node: INode;
	/** The parameter's display name, for error messages. */
	field: string;
	itemIndex: number;
	/** Whether the operation changes a tenant: writes never accept AllTenants. */
	access: 'read' | 'write';
}

/** Where a value goes: CIPP's field name in its exact case, in the query string or the JSON body. */
export interface SendTo {
	name: string;
	in: 'query' | 'body';
	encoding?: Encoding;
	validate?: Validator;
}

/** A node parameter and the CIPP field (or, for a collection, the fields) it fills. */
export interface CippParameter {
	/** What the editor shows. `displayOptions` for the operation are added by the description builder. */
	property: INodeProperties;
	send?: SendTo;
	/** For a collection ("Additional Fields"): where each of its options goes, by option name. */
	fields?: Record<string, SendTo>;
	/** Leave the field out of the request when the value is empty. */
	optional?: boolean;
	validate?: Validator;
}

/** What an operation knows while it turns CIPP's answer into output items. */
export interface OutputContext {
	/** Validated parameter values by parameter name, as the user gave them. */
	values: IDataObject;
	request: CippRequest;
	itemIndex: number;
	/** Reports a failure CIPP answered with HTTP 200, with the same hints as any other CIPP failure. */
	fail: (cippText: string) => never;
	/** The operation's `refusals`: CIPP's words for an answer in which it did nothing. */
	refusals: RegExp[];
}

/**
 * Sends one more CIPP request for the same item, with the run's timeout and retries. `role` is
 * the CIPP permission that request needs, named if CIPP refuses it.
 */
export type CippCall = (request: CippRequest, role: string) => Promise<unknown>;

/** What an operation that takes several CIPP calls works with. */
export interface StepContext extends OutputContext {
	node: INode;
	call: CippCall;
	/**
	 * Runs work for many targets of one item (e.g. every user of a tenant) within the run's
	 * concurrency and per-tenant limits; outcomes in target order, one per target.
	 */
	runEach: <T, R>(targets: T[], work: (target: T) => Promise<R>) => Promise<Array<Outcome<R>>>;
	/** The item's binary property of that name (a file from an earlier node); fails the item when it has none. */
	binary: (propertyName: string) => Promise<{ data: Buffer; mimeType: string }>;
}

/**
 * One CIPP action as the node offers it. Everything the node needs (editor fields, validation,
 * the request, and how the answer becomes items) is in this one definition.
 */
export interface CippOperation {
	/** The `resource` value stored in workflows. Never rename. */
	resource: string;
	/** The `operation` value stored in workflows. Never rename. */
	value: string;
	/** Editor label, e.g. "Reset Password". */
	name: string;
	/** Sentence for the action list and for AI agents, e.g. "Reset a user's password". */
	action: string;
	description: string;
	endpoint: string;
	method: 'GET' | 'POST';
	/** Writes change a tenant; they never accept AllTenants. */
	access: 'read' | 'write';
	/** The CIPP role permission the API client needs, named in permission errors. */
	role: string;
	parameters: CippParameter[];
	/** Values every request of this operation carries, e.g. an action switch. */
	constants?: { query?: IDataObject; body?: IDataObject };
	/**
	 * CIPP's own words, at this endpoint, for an HTTP-200 answer in which it did nothing, that carry
	 * no `state` and no error word (e.g. "No assignments specified. No action taken."): a message
	 * matching one fails the item. Taken from the endpoint's PowerShell (see its audit record).
	 */
	refusals?: RegExp[];
	/** Turns CIPP's answer into output items (one or many) for the item that made the request. */
	output: (response: unknown, context: OutputContext) => IDataObject[];
	/**
	 * For an operation that takes several CIPP calls (checks before, follow-ups after): runs them
	 * instead of sending `request` once. It sends `context.request` itself and uses `output` on
	 * that answer, so the main action is read the same way either way.
	 */
	run?: (context: StepContext) => Promise<IDataObject[]>;
	/** List operations get "Return All" and "Limit". */
	list?: boolean;
}
