import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { isFailure, readResults } from '../../transport/envelope';
import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, flag, requiredText, scheduleField, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord, records, withoutSecret } from '../common/readers';
import { profileFields } from '../shared/user';
import type { CippOperation, CippRequest, OutputContext, StepContext } from '../types';

const USERNAME = /^Username: /;
const PASSWORD = /^Password: /;

/**
 * AddUser answers with the new UPN and password (each in a copyField), then one message per extra
 * step (licence, aliases, groups, manager). The user exists once "Created New User." is there, so a
 * failed extra step is a warning, not a failed item (running it again would create a duplicate).
 */
function createOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response).filter((result) => result.text !== '');
	const created = results.some((result) => /^Created New User/.test(result.text));
	const scheduled = results.some((result) => /scheduled task to create user/i.test(result.text) && !isFailure(result));
	if (!created && !scheduled) context.fail(results.map((result) => result.text).join(' ') || 'CIPP returned no result.');
	const password = results.find((result) => PASSWORD.test(result.text))?.copyField;
	const userPrincipalName = results.find((result) => USERNAME.test(result.text))?.copyField;
	const messages = results.map((result) => withoutSecret(result.text, password, '[see copyField]'));
	const user = (response as IDataObject | undefined)?.User as IDataObject | undefined;
	return [
		{
			status: scheduled ? 'queued' : results.some(isFailure) ? 'warning' : 'success',
			...(userPrincipalName ? { userPrincipalName } : {}),
			...(user?.id ? { id: user.id } : {}),
			message: messages.join(' '),
			messages,
			...(password ? { copyField: password } : {}),
			...(scheduled ? { followUp: 'Check CIPP → Logbook or Administration → Get Many Scheduled Items' } : {}),
		},
	];
}

/**
 * CIPP drops a scheduled creation whose task name is already pending (in any tenant) and still
 * answers success: such a task is looked for first, and the item refused while one is pending.
 */
async function refuseIfAlreadyScheduled(context: StepContext, name: string): Promise<void> {
	const request: CippRequest = { method: 'GET', endpoint: 'ListScheduledItems', qs: { Name: name } };
	const pending = records(await context.call(request, 'CIPP.Scheduler.Read')).filter(
		(task) => task.Name === name && task.TaskState !== 'Completed' && task.TaskState !== 'Failed',
	);
	if (pending.length === 0) return;
	throw new NodeOperationError(context.node, `"${name}" is already scheduled and has not run yet`, {
		itemIndex: context.itemIndex,
		description: `Nothing was sent: CIPP would drop this creation while answering success. Remove the pending task (ID ${String(pending[0].RowKey)}) in CIPP's scheduler first, or wait until it has run.`,
	});
}

export const create: CippOperation = {
	resource: 'user',
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description:
		'Create a user with a password (CIPP generates one unless given; returned in copyField), optionally with a licence, aliases, group memberships copied from another user and a manager. With Schedule At, CIPP queues the creation instead; while a creation of the same user principal name is pending (CIPP would drop the new one while answering success), the item is refused.',
	...writes('AddUser', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Display Name',
				name: 'displayName',
				placeholder: 'e.g. Jane Doe',
				description: "The user's full name as shown in the directory",
			},
			{ name: 'DisplayName', in: 'body' },
		),
		requiredText(
			{
				displayName: 'Username',
				name: 'username',
				placeholder: 'e.g. jane.doe',
				description: 'The part of the user principal name before the @ (also the mail nickname)',
			},
			{ name: 'username', in: 'body' },
		),
		requiredText(
			{
				displayName: 'Domain',
				name: 'domain',
				placeholder: 'e.g. contoso.com',
				description: 'A verified domain of the tenant, the part of the user principal name after the @',
			},
			{ name: 'Domain', in: 'body' },
		),
		additionalFields([
			...profileFields,
			{
				property: {
					displayName: 'Password',
					name: 'password',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description: 'The initial password; leave out to let CIPP generate one with its password settings',
				},
				send: { name: 'password', in: 'body' },
			},
			flag(
				'Must Change Password',
				'MustChangePass',
				'Whether the user must choose a new password at the first sign-in. On when not added: add it and turn it off to let the user keep the password.',
				'MustChangePass',
				true,
			),
			text('License SKU ID', 'licenses', 'The SKU ID of a licence to assign, from License → Get Many', asLabelValue('licenses'), {
				placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
			}),
			text('Aliases', 'AddedAliases', 'Extra email addresses (proxy addresses), separated by spaces or line breaks', 'AddedAliases', {
				placeholder: 'e.g. jane@contoso.com j.doe@contoso.com',
			}),
			text(
				'Copy Groups From',
				'copyFrom',
				'A user whose group memberships the new user gets, by user principal name or object ID',
				asLabelValue('copyFrom'),
				{ placeholder: 'e.g. adele.vance@contoso.com' },
			),
			scheduleField('Create the user at this time through the CIPP scheduler instead of now', 'Enabled'),
		]),
	],
	output: createOutput,
	run: async (context) => {
		const body = context.request.body as IDataObject;
		const domain = String(body.Domain);
		const request = {
			...context.request,
			body: {
				...body,
				// CIPP names a scheduled creation "New user creation: <username>@<PrimDomain>" and drops,
				// while answering success, any task whose name is already pending in any tenant: without
				// PrimDomain every scheduled "jane.doe" would share one name.
				PrimDomain: { value: domain, label: domain },
				// CIPP reads a missing MustChangePass as false: the editor's default (on) applies unless the user turned it off.
				MustChangePass: body.MustChangePass ?? true,
			},
		};
		if (isRecord(body.Scheduled)) await refuseIfAlreadyScheduled(context, `New user creation: ${String(body.username)}@${domain}`);
		return createOutput(await context.call(request, create.role), { ...context, request });
	},
};
