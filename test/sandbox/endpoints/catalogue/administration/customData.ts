/** Invoke-ListCustomDataMappings (CIPP/Core): the CustomDataMappings table, with CIPP's tenant filter as it really works. */
import { perSandbox } from '../../../directory';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

type Label = { label: string; value: string; type?: string };
const label = (text: string, value = text, type?: string): Label => ({ label: text, value, ...(type ? { type } : {}) });

/** The mappings' JSON as CIPP's front end saves it; a few older rows hold the tenant as bare text. */
export const customDataMappings = perSandbox(() => [
	{
		id: 'b1d2c3e4-0001-4a00-8000-000000000001',
		tenantFilter: label('Contoso Ltd', 'contoso.onmicrosoft.com', 'Tenant') as Label | string,
		sourceType: label('Extension Sync', 'extensionSync'),
		directoryObjectType: label('User', 'user'),
		extensionSyncDataset: label('NinjaOne Devices', 'NinjaOneDevices'),
		extensionSyncProperty: label('Last Logged On User', 'lastLoggedOnUser'),
		customDataAttribute: label('extension_cipp_lastDevice', 'extension_cipp_lastDevice'),
	},
	{
		id: 'b1d2c3e4-0002-4a00-8000-000000000002',
		tenantFilter: label('All Tenants', 'AllTenants') as Label | string,
		sourceType: label('Manual Entry', 'manualEntry'),
		directoryObjectType: label('User', 'user'),
		customDataAttribute: label('extension_cipp_costCentre', 'extension_cipp_costCentre'),
		manualEntryFieldLabel: 'Cost centre',
	},
	{
		id: 'b1d2c3e4-0003-4a00-8000-000000000003',
		tenantFilter: 'fabrikam.onmicrosoft.com' as Label | string,
		sourceType: label('Manual Entry', 'manualEntry'),
		directoryObjectType: label('Group', 'group'),
		customDataAttribute: label('extension_cipp_owner', 'extension_cipp_owner'),
		manualEntryFieldLabel: 'Business owner',
	},
]);

const ListCustomDataMappings: Endpoint = {
	name: 'ListCustomDataMappings',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const sourceType = ctx.fromQuery('sourceType');
		const directoryObject = ctx.fromQuery('directoryObject');
		const Results = customDataMappings(ctx.state)
			// Expand-CIPPTenantGroups hands back the stored {label, value} objects, which neither
			// -contains a tenant name nor -eq 'AllTenants' (:25-28): only a mapping whose tenant is
			// bare text equal to the filter, or 'AllTenants', is dropped; no mapping is ever kept out
			// for being of another tenant.
			.filter((mapping) => {
				if (!tenantFilter || isPlainObject(mapping.tenantFilter)) return true;
				const stored = psString(mapping.tenantFilter).toLowerCase();
				return stored !== tenantFilter.toLowerCase() && stored !== 'alltenants';
			})
			.map((mapping) => ({
				id: mapping.id,
				tenant: isPlainObject(mapping.tenantFilter) ? mapping.tenantFilter.label : null,
				dataset: mapping.extensionSyncDataset?.label ?? null,
				sourceType: mapping.sourceType.label,
				directoryObject: mapping.directoryObjectType.label,
				syncProperty: mapping.extensionSyncProperty?.label ?? [''],
				customDataAttribute: mapping.customDataAttribute,
				manualEntryFieldLabel: mapping.manualEntryFieldLabel ?? null,
			}))
			.filter(
				(mapping) =>
					(!sourceType || mapping.sourceType === sourceType) && (!directoryObject || mapping.directoryObject === directoryObject),
			);
		return { status: 200, body: { Results } };
	},
};

export const endpoints: Endpoint[] = [ListCustomDataMappings];
