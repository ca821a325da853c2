/** Invoke-ListAPDevices, -ExecAssignAPDevice, -RemoveAPDevice, -ExecSyncAPDevices, -ListAutopilotconfig, -ExecRenameAPDevice, -ExecSetAPDeviceGroupTag. */
import { randomUUID } from 'node:crypto';

import { stableGuid } from '../../../directory';
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { findIn, intuneData, intuneTenant, removeFrom, withoutTenant } from './data';

/** Many CIPP List* endpoints: a failure is HTTP 403 with a one-element array of text. */
function listFailure(error: unknown) {
	if (!(error instanceof GraphError)) throw error;
	return { status: 403, body: [normalizeGraphError(error.message)] };
}

const ListAPDevices: Endpoint = {
	name: 'ListAPDevices',
	role: 'Endpoint.Autopilot.Read',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('TenantFilter'));
			const devices = intuneData(ctx.state).autopilot.filter((device) => device.tenantId === tenant.customerId);
			return { status: 200, body: devices.map(withoutTenant) };
		} catch (error) {
			return listFailure(error);
		}
	},
};

const ListAutopilotconfig: Endpoint = {
	name: 'ListAutopilotconfig',
	role: 'Endpoint.Autopilot.Read',
	handle(ctx) {
		const wanted: Record<string, string> = {
			approfile: '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
			esp: '#microsoft.graph.windows10EnrollmentCompletionPageConfiguration',
		};
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('TenantFilter'));
			const type = wanted[(ctx.fromQuery('type') ?? '').toLowerCase()];
			const profiles = intuneData(ctx.state).profiles.filter(
				(profile) => profile.tenantId === tenant.customerId && profile['@odata.type'] === type,
			);
			return { status: 200, body: profiles.map((profile) => withoutTenant(profile as { tenantId: string })) };
		} catch (error) {
			return listFailure(error);
		}
	},
};

const ExecAssignAPDevice: Endpoint = {
	name: 'ExecAssignAPDevice',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		const addedFields = getIgnoreCase(ctx.fromBody('user'), 'addedFields');
		const upn = psString(getIgnoreCase(addedFields, 'userPrincipalName'));
		// UpdateDeviceProperties always gets both: a missing addressableUserName is written as null.
		const greeting = getIgnoreCase(addedFields, 'addressableUserName');
		const deviceId = psString(ctx.fromBody('device'));
		try {
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const device = findIn(intuneData(ctx.state).autopilot, tenant, deviceId);
			if (!upn)
				throw new GraphError("Invalid value specified for property 'userPrincipalName' of resource 'WindowsAutopilotDeviceIdentity'.");
			device.userPrincipalName = upn;
			device.addressableUserName = greeting === undefined || greeting === null ? null : psString(greeting);
			return {
				status: 200,
				body: {
					Results: `Successfully assigned device: ${deviceId} with Serial: ${psString(ctx.fromBody('serialNumber'))} to  ${upn} for ${tenantFilter}`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 400,
				body: { Results: `Could not assign ${upn} to ${deviceId} for ${tenantFilter} Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const RemoveAPDevice: Endpoint = {
	name: 'RemoveAPDevice',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromQueryOrBody('tenantFilter');
		const id = psString(ctx.fromQueryOrBody('ID'));
		let result: { status: number; body: unknown };
		try {
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const data = intuneData(ctx.state);
			removeFrom(data.autopilot, findIn(data.autopilot, tenant, id));
			result = { status: 200, body: { Results: `Deleted autopilot device ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			result = { status: 500, body: { Results: `Failed to delete device ${id}: ${normalizeGraphError(error.message)}` } };
		}
		// The Autopilot sync afterwards runs outside CIPP's try block, after a failed delete too: a failure,
		// such as Intune's one-sync-per-10-minutes limit shared with ExecSyncAPDevices, is unhandled
		// (HTTP 500, plain text) although the device is already gone.
		const tenant = intuneTenant(ctx.state, tenantFilter);
		const synced = intuneData(ctx.state).lastAutopilotSync;
		const last = synced.get(tenant.customerId);
		if (last !== undefined && Date.now() - last < 10 * 60_000)
			return { status: 500, body: 'Too many requests: a sync was started less than 10 minutes ago.' };
		synced.set(tenant.customerId, Date.now());
		return result;
	},
};

const ExecSyncAPDevices: Endpoint = {
	name: 'ExecSyncAPDevices',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(coalesce(ctx.fromBody('tenantFilter'), ctx.fromQuery('tenantFilter')));
		try {
			const tenant = intuneTenant(ctx.state, tenantFilter);
			const synced = intuneData(ctx.state).lastAutopilotSync;
			const last = synced.get(tenant.customerId);
			if (last !== undefined && Date.now() - last < 10 * 60_000)
				throw new GraphError('Too many requests: a sync was started less than 10 minutes ago.');
			synced.set(tenant.customerId, Date.now());
			return { status: 200, body: { Results: `Successfully Started Sync for ${tenantFilter}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: `Failed to start sync for ${tenantFilter}. Did you try syncing in the last 10 minutes?` } };
		}
	},
};

/**
 * AddAPDevice: a Partner Center device batch. Each device becomes an Autopilot identity; a serial
 * number already registered is refused per device (state error), the others are imported.
 */
const AddAPDevice: Endpoint = {
	name: 'AddAPDevice',
	role: 'Endpoint.Autopilot.ReadWrite',
	handle(ctx) {
		const tenantLabel = psString(getIgnoreCase(ctx.fromBody('TenantFilter'), 'value'));
		try {
			const tenant = intuneTenant(ctx.state, tenantLabel);
			const given = ctx.fromBody('autopilotData');
			const devices = Array.isArray(given) ? given : [given];
			const batch = psString(ctx.fromBody('Groupname')) || randomUUID();
			const data = intuneData(ctx.state);
			const results = devices.map((device, index) => {
				const serial = psString(getIgnoreCase(device, 'SerialNumber'));
				const label = serial || `Device ${index + 1}`;
				if (serial && data.autopilot.some((entry) => entry.tenantId === tenant.customerId && entry.serialNumber === serial)) {
					return {
						resultText: `${label}: error - 806 ZtdDeviceAlreadyAssigned`,
						state: 'error',
						copyField: serial,
						details: { serialNumber: serial, status: 'error' },
					};
				}
				data.autopilot.push({
					...data.autopilot.find((entry) => entry.tenantId === tenant.customerId)!,
					id: stableGuid(`${tenant.customerId}/autopilot/${label}`),
					serialNumber: serial,
					manufacturer: psString(getIgnoreCase(device, 'oemManufacturerName')),
					model: psString(getIgnoreCase(device, 'modelName')),
					groupTag: batch,
					enrollmentState: 'notContacted',
					userPrincipalName: '',
					managedDeviceId: '00000000-0000-0000-0000-000000000000',
					displayName: '',
				});
				return {
					resultText: `${label}: Finished`,
					state: 'success',
					copyField: serial || undefined,
					details: { serialNumber: serial, status: 'Finished' },
				};
			});
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: {
					Results: [
						{ resultText: `${tenantLabel}: Failed to create autopilot devices. ${normalizeGraphError(error.message)}`, state: 'error' },
					],
				},
			};
		}
	},
};

/**
 * ExecRenameAPDevice and ExecSetAPDeviceGroupTag: CIPP checks the value, then posts it to Graph's
 * UpdateDeviceProperties; a refused check or a Graph error is HTTP 400 with CIPP's sentence.
 */
function autopilotProperty(
	name: string,
	field: 'displayName' | 'groupTag',
	check: (value: string) => string | undefined,
	done: string,
	failed: string,
): Endpoint {
	return {
		name,
		role: 'Endpoint.Autopilot.ReadWrite',
		handle(ctx) {
			const deviceId = psString(ctx.fromBody('deviceId'));
			const serial = psString(ctx.fromBody('serialNumber'));
			const value = psString(ctx.fromBody(field));
			const problem = check(value);
			if (problem !== undefined) return { status: 400, body: { Results: `Validation failed: ${problem}` } };
			const where = `device '${deviceId}' with serial number '${serial}' to '${value}'`;
			try {
				const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
				findIn(intuneData(ctx.state).autopilot, tenant, deviceId)[field] = value;
				return { status: 200, body: { Results: `${done} ${where}` } };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return { status: 400, body: { Results: `${failed} ${where}. Error: ${normalizeGraphError(error.message)}` } };
			}
		},
	};
}

const ExecRenameAPDevice = autopilotProperty(
	'ExecRenameAPDevice',
	'displayName',
	(value) => {
		if (value.length > 15) return 'Display name cannot exceed 15 characters.';
		if (!/^[a-zA-Z0-9-]+$/.test(value)) return 'Display name can only contain letters (a-z, A-Z), numbers (0-9), and hyphens (-).';
		if (/^\d+$/.test(value)) return 'Display name cannot consist solely of numbers.';
		return undefined;
	},
	'Successfully renamed',
	'Could not rename',
);

const ExecSetAPDeviceGroupTag = autopilotProperty(
	'ExecSetAPDeviceGroupTag',
	'groupTag',
	(value) => (value.length > 128 ? 'Group tag cannot exceed 128 characters.' : undefined),
	'Successfully updated group tag for',
	'Could not update group tag for',
);

export const autopilotEndpoints: Endpoint[] = [
	AddAPDevice,
	ListAPDevices,
	ListAutopilotconfig,
	ExecAssignAPDevice,
	RemoveAPDevice,
	ExecSyncAPDevices,
	ExecRenameAPDevice,
	ExecSetAPDeviceGroupTag,
];
