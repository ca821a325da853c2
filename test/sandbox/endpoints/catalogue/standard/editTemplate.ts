/**
 * Invoke-ExecEditTemplate (CIPP/Core): for every kind but Intune, an upsert of the whole request body
 * (without GUID, source, isSynced, package, :15) as the template's JSON under RowKey "$GUID" (:83-90):
 * a GUID no template has saves a new one. Always HTTP 200 (:101-104). Group and Conditional Access
 * templates are kept with their modules'; other kinds only in this module (the Intune path, :18-81, is not modelled).
 */
import { perSandbox } from '../../../directory';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { templatesOf } from '../conditionalAccess/templates';
import { type GroupTemplate, groupTemplates } from '../group/templates';

const NOT_STORED = ['guid', 'source', 'issynced', 'package'];

/** Templates of the other kinds, by kind and GUID, as CIPP stores their JSON. */
export const otherTemplates = perSandbox((): Map<string, Record<string, unknown>> => new Map());

function asGroupTemplate(guid: string, json: Record<string, unknown>): GroupTemplate {
	// PowerShell reads the stored JSON's properties whatever their case (ListGroupTemplates :45-57).
	const read = (name: string) => Object.entries(json).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? null;
	return {
		GUID: guid,
		displayName: psString(read('displayName')),
		description: (read('description') as string | null) ?? null,
		groupType: psString(read('groupType')),
		membershipRules: (read('membershipRules') as string | null) ?? null,
		allowExternal: read('allowExternal'),
		username: (read('username') as string | null) ?? null,
		licenses: read('licenses'),
		aliases: (read('aliases') as string | null) ?? null,
		hideFromGAL: read('hideFromGAL'),
	};
}

export const ExecEditTemplate: Endpoint = {
	name: 'ExecEditTemplate',
	role: 'CIPP.Core.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const body = isPlainObject(ctx.body) ? (ctx.body as Record<string, unknown>) : {};
		const guid = psString(ctx.fromBody('id')) || psString(ctx.fromBody('GUID'));
		const type = psString(ctx.fromQuery('Type')) || psString(ctx.fromBody('Type'));
		const json = Object.fromEntries(Object.entries(body).filter(([key]) => !NOT_STORED.includes(key.toLowerCase())));
		if (type === 'GroupTemplate') {
			const list = groupTemplates(ctx.state);
			// The table's RowKey is compared exactly: another case of the same GUID is another row.
			const index = list.findIndex((template) => template.GUID === guid);
			const template = asGroupTemplate(guid, json);
			if (index >= 0) list.splice(index, 1, template);
			else list.push(template);
		} else if (type === 'CATemplate') {
			const list = templatesOf(ctx.state);
			const index = list.findIndex((template) => template.GUID === guid);
			if (index >= 0) list.splice(index, 1, { GUID: guid, policy: json });
			else list.push({ GUID: guid, policy: json });
		} else {
			otherTemplates(ctx.state).set(`${type}/${guid}`, json);
		}
		return { status: 200, body: { Results: 'Successfully saved the template' } };
	},
};
