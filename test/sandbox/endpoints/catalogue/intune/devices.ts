/** Invoke-ExecDeviceAction (New-CIPPDeviceAction), Invoke-ExecGetRecoveryKey, Invoke-ExecGetLocalAdminPassword. */
import { GRAPH_ERRORS, GraphError, graphGetUser, normalizeGraphError } from '../../../graph';
import type { SandboxState } from '../../../fixtures';
import { generatePassword } from '../../../password';
import { coalesce, psString } from '../../../powershell';
import { getIgnoreCase } from '../../../http';
import type { Endpoint } from '../../endpoint';
import { findIn, intuneData, intuneTenant } from './data';

/** managedDevice actions Graph knows (POST /managedDevices('{id}')/{action}; Graph matches them case-insensitively). */
const GRAPH_ACTIONS = [
	'syncDevice',
	'rebootNow',
	'locateDevice',
	'retire',
	'wipe',
	'cleanWindowsDevice',
	'resetPasscode',
	'windowsDefenderScan',
	'windowsDefenderUpdateSignatures',
	'rotateLocalAdminPassword',
	'setDeviceName',
	'createDeviceLogCollectionRequest',
	'shutDown',
	'remoteLock',
	'rotateBitLockerKeys',
	'initiateOnDemandProactiveRemediation',
	'pauseConfigurationRefresh',
];

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The device sets and backs up a new LAPS password. Real devices do it at their next check-in;
 * the sandbox's devices check in at once, so a rotate-then-read workflow sees the new password.
 */
function rotateLaps(state: SandboxState, entraDeviceId: string): void {
	const credential = intuneData(state).laps.find((entry) => entry.deviceId === entraDeviceId);
	if (!credential) throw new GraphError('Windows LAPS is not enabled for this device: no local administrator password has been backed up.');
	credential.password = `Lp!${generatePassword(14)}`;
	credential.backupDateTime = now();
}

const ExecDeviceAction: Endpoint = {
	name: 'ExecDeviceAction',
	role: 'Endpoint.MEM.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromBody('Action'));
		const guid = psString(ctx.fromBody('GUID'));
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const devices = ctx.state.devices;
			const device = () => findIn(devices, tenant, guid);
			let result = `Queued ${action} on ${guid}`;
			if (action.toLowerCase() === 'delete') {
				devices.splice(devices.indexOf(device()), 1);
				result = '';
			} else if (action.toLowerCase() === 'users') {
				const userId = psString(getIgnoreCase(ctx.fromBody('user'), 'value'));
				const target = device();
				const user = graphGetUser(ctx.state, tenant, userId);
				Object.assign(target, {
					userId: user.id,
					userPrincipalName: user.userPrincipalName,
					userDisplayName: user.displayName,
					emailAddress: user.mail ?? '',
				});
				result = `Changed primary user on device ${guid} to ${/^[0-9a-f-]{36}$/i.test(userId) ? userId : ''}`;
			} else {
				const target = device();
				const known = GRAPH_ACTIONS.find((name) => name.toLowerCase() === action.toLowerCase());
				if (!known) throw new GraphError(`Resource not found for the segment '${action}'.`);
				if (known === 'syncDevice') target.lastSyncDateTime = now();
				if (known === 'retire') target.managementState = 'retirePending';
				if (known === 'wipe' || known === 'cleanWindowsDevice') target.managementState = 'wipePending';
				if (known === 'rotateLocalAdminPassword') rotateLaps(ctx.state, String(target.azureADDeviceId));
			}
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to queue action ${action} on ${guid} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecGetRecoveryKey: Endpoint = {
	name: 'ExecGetRecoveryKey',
	role: 'Endpoint.Device.Read',
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('GUID'));
		const keyType = psString(coalesce(ctx.fromBody('RecoveryKeyType'), 'BitLocker'));
		const data = intuneData(ctx.state);
		if (keyType === 'BitLocker') {
			try {
				const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
				const tenantDevices = new Set(
					ctx.state.devices.filter((d) => d.tenantId === tenant.customerId).map((d) => String(d.azureADDeviceId)),
				);
				const keys = data.bitLocker.filter((key) => key.deviceId === guid && tenantDevices.has(key.deviceId));
				if (keys.length === 0) return { status: 200, body: { Results: `No BitLocker recovery keys found for ${guid}` } };
				return {
					status: 200,
					body: { Results: keys.map((key) => ({ resultText: `Id: ${key.id} Key: ${key.key}`, copyField: key.key, state: 'success' })) },
				};
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return {
					status: 500,
					body: { Results: `Could not retrieve BitLocker recovery key for ${guid}. Error: ${normalizeGraphError(error.message)}` },
				};
			}
		}
		if (keyType === 'FileVault') {
			try {
				const tenant = intuneTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
				findIn(ctx.state.devices, tenant, guid);
				const key = data.fileVault.get(guid);
				if (!key) throw new GraphError(GRAPH_ERRORS.notFound(guid));
				return { status: 200, body: { Results: { resultText: `Key: ${key}`, copyField: key, state: 'success' } } };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return {
					status: 500,
					body: { Results: `Could not retrieve FileVault key for ${guid}. Error: ${normalizeGraphError(error.message)}` },
				};
			}
		}
		return { status: 500, body: { Results: `Invalid RecoveryKeyType specified: ${keyType}.` } };
	},
};

/** PowerShell renders a DateTime parsed from JSON as en-US "MM/dd/yyyy HH:mm:ss". */
function psDate(iso: string): string {
	const d = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const ExecGetLocalAdminPassword: Endpoint = {
	name: 'ExecGetLocalAdminPassword',
	role: 'Endpoint.Device.Read',
	handle(ctx) {
		const guid = psString(ctx.fromBody('guid'));
		try {
			// GET /directory/deviceLocalCredentials/{id} (an Entra device), -NoAuthCheck
			const tenant = intuneTenant(ctx.state, ctx.fromBody('TenantFilter'), { authCheck: false });
			const device = ctx.state.devices.find((d) => d.tenantId === tenant.customerId && String(d.azureADDeviceId) === guid.toLowerCase());
			if (!device) throw new GraphError(GRAPH_ERRORS.notFound(guid));
			const credential = intuneData(ctx.state).laps.find((entry) => entry.deviceId === device.azureADDeviceId);
			if (!credential) return { status: 200, body: { Results: `No LAPS password found for ${guid}` } };
			return {
				status: 200,
				body: {
					Results: {
						resultText: `LAPS password retrieved for ${credential.accountName}, generated at ${psDate(credential.backupDateTime)}. Copy the password by clicking the copy button`,
						copyField: credential.password,
						state: 'success',
					},
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 200,
				body: { Results: `Could not retrieve LAPS password for ${guid}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

export const deviceEndpoints: Endpoint[] = [ExecDeviceAction, ExecGetRecoveryKey, ExecGetLocalAdminPassword];
