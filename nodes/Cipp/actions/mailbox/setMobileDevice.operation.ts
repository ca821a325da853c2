import { choices, requiredText, shownWhen } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { writes } from '../common/endpoints';
import type { CippOperation } from '../types';

/** Invoke-ExecMailboxMobileDevices reads every field from the query string, although it is a POST. */
export const setMobileDevice: CippOperation = {
	resource: 'mailbox',
	value: 'setMobileDevice',
	name: 'Set Mobile Device',
	action: "Allow, block or delete a mailbox's mobile device",
	description:
		"Allow or block one of a mailbox's mobile devices in Exchange ActiveSync, or delete its partnership (it syncs again unless blocked)",
	...writes('ExecMailboxMobileDevices', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		mailboxParameter({ name: 'Userid', in: 'query' }),
		{
			property: {
				displayName: 'Change',
				name: 'deviceAction',
				type: 'options',
				default: 'block',
				options: choices({ Allow: 'allow', Block: 'block', Delete: 'delete' }),
			},
		},
		shownWhen(
			{ deviceAction: ['allow', 'block'] },
			requiredText(
				{
					displayName: 'Device ID',
					name: 'deviceId',
					placeholder: 'e.g. 3D1E7A8C9B...',
					description: 'The deviceID from Get Many Mobile Devices',
				},
				{ name: 'deviceid', in: 'query' },
			),
		),
		shownWhen(
			{ deviceAction: ['delete'] },
			requiredText(
				{
					displayName: 'Device GUID',
					name: 'deviceGuid',
					placeholder: 'e.g. 2b5c9a7e-1f0d-...',
					description: 'The Guid from Get Many Mobile Devices',
				},
				{ name: 'guid', in: 'query' },
			),
		),
	],
	output: actionResult(),
	// CIPP reads Quarantine 'true' (block) or 'false' (allow), or Delete 'true', as text.
	run: async (context) => {
		const action = String(context.values.deviceAction);
		Object.assign(context.request.qs, action === 'delete' ? { Delete: 'true' } : { Quarantine: String(action === 'block') });
		return setMobileDevice.output(await context.call(context.request, setMobileDevice.role), context);
	},
};
