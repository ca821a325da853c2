/** Intune writes on devices and tenant syncs: Invoke-ExecDevicePasscodeAction, -ExecSyncVPP, -ExecSyncDEP. */
import { GraphError, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { findIn, intuneTenant } from './data';

const ExecDevicePasscodeAction: Endpoint = {
	name: 'ExecDevicePasscodeAction',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromBody('Action'));
		const guid = psString(ctx.fromBody('GUID'));
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const device = findIn(ctx.state.devices, tenant, guid);
			const mobile = ['iOS', 'Android'].includes(String(device.operatingSystem));
			if (!mobile || !['resetPasscode', 'removeDevicePasscode'].includes(action)) {
				throw new GraphError(`The action '${action}' is not supported on this device.`);
			}
			// Android Enterprise devices get their new passcode at once; iOS devices have it removed at check-in.
			const passcode = device.operatingSystem === 'Android' ? '482913' : undefined;
			const text =
				action === 'removeDevicePasscode'
					? `Successfully removed passcode requirement from device ${guid}`
					: passcode
						? `Passcode reset successfully. New passcode: ${passcode}`
						: `Passcode reset queued for device ${guid}. The new passcode will be generated and can be retrieved from the device details.`;
			return { status: 200, body: { Results: text } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to execute ${action} on device ${guid} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** A tenant-wide Apple sync: Contoso has one token or connection, the other tenants none. */
function appleSync(name: string, role: string, none: string, done: (count: number) => string, failed: string): Endpoint {
	return {
		name,
		role,
		handle(ctx) {
			try {
				const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
				const count = tenant.defaultDomainName === 'contoso.onmicrosoft.com' ? 1 : 0;
				return { status: 200, body: { Results: count === 0 ? none : done(count) } };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return { status: 403, body: { Results: failed } };
			}
		},
	};
}

export const memEndpoints: Endpoint[] = [
	ExecDevicePasscodeAction,
	appleSync(
		'ExecSyncVPP',
		'Endpoint.Application.ReadWrite',
		'No VPP tokens found',
		(count) => `Successfully started VPP sync for ${count} tokens`,
		'Failed to start VPP sync',
	),
	appleSync(
		'ExecSyncDEP',
		'Endpoint.MEM.ReadWrite',
		'No Apple Business Manager connections found',
		(count) => `Successfully started device sync for ${count} Apple Business Manager connection${count > 1 ? 's' : ''}`,
		'Failed to start Apple Business Manager device sync',
	),
];
