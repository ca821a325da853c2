import { choiceField, choices, requiredLine } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const searchAppPackages: CippOperation = {
	resource: 'intune',
	value: 'searchAppPackages',
	name: 'Search App Packages',
	action: 'Search WinGet or Chocolatey for app packages',
	description:
		'Search the Microsoft Store (WinGet) or the Chocolatey community repository, one item per package with applicationName and packagename for Add Store App or Add Choco App',
	endpoint: 'ListPotentialApps',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.Application.Read',
	list: true,
	parameters: [
		choiceField(
			'Source',
			'packageSource',
			'Where to search',
			'type',
			'WinGet',
			choices({ Chocolatey: 'Choco', 'WinGet (Microsoft Store)': 'WinGet' }),
		),
		requiredLine('Search', 'searchString', 'The name to search for', 'SearchString', { placeholder: 'e.g. Company Portal' }),
	],
	output: records,
};
