import type { IDataObject } from 'n8n-workflow';

import { actionResult, parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippRequest, StepContext } from '../types';

/**
 * A template kind that ExecEditTemplate stores as the whole request body (every kind but Intune):
 * an upsert by GUID, so a wrong GUID saves a new template and a field left out is gone.
 */
export interface EditableTemplateKind {
	/** How messages name one, e.g. "group template". */
	label: string;
	/** The kind's own list (read whole: some pick one template by a case-sensitive filter). */
	list: { endpoint: string; role: string };
	/** Refuses a change that does not fit the stored template, before anything is sent. */
	check?: (stored: IDataObject, given: IDataObject, context: StepContext) => void;
}

export const EDIT_TEMPLATE_ROLE = 'CIPP.Core.ReadWrite';

/** CIPP's failure text is "Editing template failed: ..." with HTTP 200 (Invoke-ExecEditTemplate :95-98). */
export const EDIT_TEMPLATE_REFUSALS = [/^Editing template failed/i];

/**
 * What the list adds to a template that CIPP does not store (it drops them from the body, :15), and
 * an `id` kept from the policy a template was made of: CIPP would take it as the GUID (:14) and
 * save a new template under it (deployment drops it anyway, New-CIPPCAPolicy :104).
 */
const NOT_SENT = ['GUID', 'source', 'isSynced', 'package', 'id'];

/**
 * Reads the template from its kind's list first, refuses an unknown GUID and a template synced from
 * a community repository (the next sync would overwrite it), then sends the whole stored template
 * back with the given fields changed, under the GUID exactly as CIPP stores it.
 */
export function editTemplateRun(kind: EditableTemplateKind): (context: StepContext) => Promise<IDataObject[]> {
	return async (context) => {
		const given = context.request.body as IDataObject;
		const guid = String(given.GUID);
		validate.requireSomeChange(context, ['GUID'], '"Successfully saved the template"');
		const listRequest: CippRequest = { method: 'GET', endpoint: kind.list.endpoint, qs: {} };
		const [stored] = parsedRecords(await context.call(listRequest, kind.list.role)).filter(
			(row) => String(row.GUID).toLowerCase() === guid.toLowerCase(),
		);
		if (!stored) context.fail(`The ${kind.label} ${guid} was not found; CIPP would have saved the change as a new template.`);
		if (stored.isSynced === true) {
			context.fail(
				`The ${kind.label} ${guid} is synced from ${String(stored.source ?? 'a community repository')}: its next sync would overwrite the change. Clone it (Standard → Clone Template) and update the copy.`,
			);
		}
		kind.check?.(stored, given, context);
		const kept = Object.entries(stored).filter(([key, value]) => !NOT_SENT.includes(key) && value !== null && value !== undefined);
		const request: CippRequest = { ...context.request, body: { ...Object.fromEntries(kept), ...given, GUID: stored.GUID } };
		return actionResult()(await context.call(request, EDIT_TEMPLATE_ROLE), { ...context, request });
	};
}
