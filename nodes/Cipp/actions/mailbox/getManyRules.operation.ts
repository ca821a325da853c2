import type { IDataObject } from 'n8n-workflow';

import { cachedRecords } from '../common/readers';
import { mailboxRead } from '../shared/mailbox';
import type { OutputContext } from '../types';

const cached = cachedRecords();

/** CIPP caches a row {Name: "No rules found"} for a tenant without rules, and {Name: "Could not connect to tenant ..."} for one it could not read. */
function rules(response: unknown, context: OutputContext): IDataObject[] {
	return cached(response).filter((row) => {
		if (row.Identity !== undefined || row.status === 'loading') return true;
		if (typeof row.Name === 'string' && row.Name.startsWith('Could not connect')) context.fail(row.Name);
		return false;
	});
}

export const getManyRules = mailboxRead({
	value: 'getManyRules',
	name: 'Get Many Rules',
	action: 'Get the inbox rules of every mailbox',
	description:
		'List the inbox rules of every mailbox of a tenant from CIPP\'s hourly cache: the first call (and the first after an hour) answers one item with status "loading"; a rule changed since can show as it was for up to an hour',
	endpoint: 'ListMailboxRules',
	tenant: { allowAllTenants: true },
	output: rules,
});
