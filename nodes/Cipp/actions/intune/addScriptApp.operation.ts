import { writes } from '../common/endpoints';
import { additionalFields, flag, requiredText, text, textField } from '../common/fields';
import * as validate from '../common/validators';
import { appFields, disableRestartField, queuedAppOutput, requireAnyOf, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation, CippParameter, StepContext } from '../types';
import { addChocoApp } from './addChocoApp.operation';

const appName = addChocoApp.parameters.find((parameter) => parameter.property.name === 'applicationName') as CippParameter;

const script = (displayName: string, name: string, description: string) =>
	textField({ displayName, name, typeOptions: { rows: 6 }, description }, { name, in: 'body' }, validate.message);

/** Intune needs a detection rule for a Win32 app: without one the queued app could never deploy. */
async function withDetection(context: StepContext) {
	requireAnyOf(
		context,
		['detectionScript', 'detectionFile'],
		'Detection',
		'no detection rule: add Detection Script, or Detection Path with Detection File.',
		'Intune installs a Win32 app only with a detection rule; add one under Additional Fields.',
	);
	return queuedAppOutput(await context.call(context.request, 'Endpoint.Application.ReadWrite'), context);
}

export const addScriptApp: CippOperation = {
	resource: 'intune',
	value: 'addScriptApp',
	name: 'Add Script App',
	action: 'Queue a PowerShell script as a Win32 app',
	description:
		'Queue a PowerShell install script (with uninstall script and detection) as an Intune Win32 app for one or more tenants; CIPP deploys its queue later (every 12 hours, or with Process App Queue)',
	...writes('AddWin32ScriptApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		selectedTenantsParameter,
		appName,
		requiredText(
			{
				displayName: 'Install Script',
				name: 'installScript',
				typeOptions: { rows: 6 },
				description: 'The PowerShell script that installs the app',
			},
			{ name: 'installScript', in: 'body', validate: validate.message },
		),
		additionalFields([
			appFields.description,
			text('Publisher', 'publisher', 'The publisher shown in Intune', 'publisher'),
			script('Uninstall Script', 'uninstallScript', 'The PowerShell script that removes the app'),
			script('Detection Script', 'detectionScript', 'A PowerShell script that exits 0 with output when the app is installed'),
			text('Detection Path', 'detectionPath', 'The folder of the file whose presence means installed', 'detectionPath', {
				placeholder: 'e.g. C:\\Program Files\\Contoso',
				check: validate.longText,
			}),
			text('Detection File', 'detectionFile', 'The file in Detection Path whose presence means installed', 'detectionFile', {
				placeholder: 'e.g. agent.exe',
			}),
			appFields.installAsSystem,
			disableRestartField,
			flag('Run As 32-Bit', 'runAs32Bit', 'Whether the script runs in 32-bit PowerShell', 'runAs32Bit'),
			flag('Enforce Signature Check', 'enforceSignatureCheck', 'Whether the script must be signed', 'enforceSignatureCheck'),
			appFields.availableOnly,
			appFields.assignTo,
			appFields.customGroup,
		]),
	],
	output: queuedAppOutput,
	run: withDetection,
};
