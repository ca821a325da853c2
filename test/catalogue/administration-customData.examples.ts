/** Examples of the administration operations on CIPP's custom data (ExecCustomData), run by administration.test.ts. */
import { stableGuid } from '../sandbox/directory';
import { extensionPrefix } from '../sandbox/endpoints/catalogue/administration/customDataExec';
import type { OperationExample } from '../support/catalogue';

const labelled = (label: string, value: string) => ({ label, value });
export const manualMapping = {
	tenantFilter: labelled('Contoso Ltd', 'contoso.onmicrosoft.com'),
	sourceType: labelled('Manual Entry', 'manualEntry'),
	directoryObjectType: labelled('User', 'user'),
	customDataAttribute: labelled(`${extensionPrefix}costCentre`, `${extensionPrefix}costCentre`),
	manualEntryFieldLabel: 'Cost centre',
};
const mappingId = 'b1d2c3e4-0002-4a00-8000-000000000002';

export const customDataExamples: Record<string, OperationExample> = {
	getManyDirectoryExtensions: {
		client: 'admin',
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecCustomData', body: { Action: 'ListDirectoryExtensions' } },
		output: (items) => {
			expect(items.map((item) => item.json.name)).toEqual([`${extensionPrefix}costCentre`, `${extensionPrefix}lastDevice`]);
			expect(items[1].json).toMatchObject({ dataType: 'String', targetObjects: ['User', 'Device'], isMultiValued: false });
		},
	},
	createDirectoryExtension: {
		client: 'admin',
		parameters: { extensionName: 'contractEnd', dataType: 'DateTime', targetObjects: 'User, Group', isMultiValued: false },
		request: {
			method: 'POST',
			endpoint: 'ExecCustomData',
			body: {
				Action: 'AddDirectoryExtension',
				name: 'contractEnd',
				dataType: 'DateTime',
				targetObjects: ['User', 'Group'],
				isMultiValued: false,
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Directory extension 'contractEnd' added successfully." }),
	},
	deleteDirectoryExtension: {
		client: 'admin',
		parameters: { extensionId: stableGuid('extension/lastDevice'), extensionFullName: `${extensionPrefix}lastDevice` },
		request: {
			method: 'POST',
			endpoint: 'ExecCustomData',
			body: { Action: 'DeleteDirectoryExtension', id: stableGuid('extension/lastDevice'), name: `${extensionPrefix}lastDevice` },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Directory extension '${extensionPrefix}lastDevice' deleted successfully.` }),
	},
	getManyCustomDataAttributes: {
		client: 'admin',
		parameters: { additionalFields: { targetObject: 'User' }, returnAll: true },
		request: { method: 'POST', endpoint: 'ExecCustomData', query: { targetObject: 'User' }, body: { Action: 'ListAvailableAttributes' } },
		output: (items) => {
			expect(items.every((item) => item.json.targetObject === 'User')).toBe(true);
			expect(items.map((item) => item.json)).toEqual(
				expect.arrayContaining([
					{
						name: 'extj8xolrvw_cippUser.jitAdminEnabled',
						type: 'SchemaExtension',
						targetObject: 'User',
						dataType: 'Boolean',
						isMultiValued: false,
					},
					{
						name: `${extensionPrefix}costCentre`,
						type: 'DirectoryExtension',
						targetObject: 'User',
						dataType: 'String',
						isMultiValued: false,
					},
				]),
			);
		},
	},
	saveCustomDataMapping: {
		client: 'admin',
		parameters: { mapping: JSON.stringify(manualMapping) },
		request: { method: 'POST', endpoint: 'ExecCustomData', body: { Action: 'AddEditMapping', Mapping: manualMapping } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Mapping saved successfully.' }),
	},
	getCustomDataMapping: {
		client: 'admin',
		parameters: { mappingId },
		request: { method: 'POST', endpoint: 'ExecCustomData', query: { id: mappingId }, body: { Action: 'GetMapping' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				sourceType: { label: 'Manual Entry', value: 'manualEntry' },
				manualEntryFieldLabel: 'Cost centre',
			}),
	},
	deleteCustomDataMapping: {
		client: 'admin',
		parameters: { mappingId },
		request: { method: 'POST', endpoint: 'ExecCustomData', body: { Action: 'DeleteMapping', id: mappingId } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Mapping deleted successfully.' }),
	},
	getManySchemaExtensions: {
		client: 'admin',
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecCustomData', body: { Action: 'ListSchemaExtensions' } },
		output: ([item]) => expect(item.json).toMatchObject({ id: 'extj8xolrvw_cippUser', status: 'Available', targetTypes: ['User'] }),
	},
};
