/** Examples of the administration operations on CIPP's custom data (ExecCustomData), run by administration.test.ts. */
import type { IDataObject } from 'n8n-workflow';

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
/** CIPP's success row, as the node's one item. */
const succeeded =
	(message: string): OperationExample['output'] =>
	([item]) =>
		expect(item.json).toEqual({ status: 'success', message });
/** The POST every custom data operation sends: CIPP's Action switch in the body. */
const exec = (body: IDataObject, query?: IDataObject): OperationExample['request'] => ({
	method: 'POST',
	endpoint: 'ExecCustomData',
	...(query ? { query } : {}),
	body,
});
export const contractSchema = {
	id: 'contractInfo',
	description: 'Contract data',
	targetTypes: ['User'],
	properties: [{ name: 'endDate', type: 'DateTime' }],
};
const mappingId = 'b1d2c3e4-0002-4a00-8000-000000000002';

export const customDataExamples: Record<string, OperationExample> = {
	getManyDirectoryExtensions: {
		client: 'admin',
		parameters: { returnAll: true },
		request: exec({ Action: 'ListDirectoryExtensions' }),
		output: (items) => {
			expect(items.map((item) => item.json.name)).toEqual([`${extensionPrefix}costCentre`, `${extensionPrefix}lastDevice`]);
			expect(items[1].json).toMatchObject({ dataType: 'String', targetObjects: ['User', 'Device'], isMultiValued: false });
		},
	},
	createDirectoryExtension: {
		client: 'admin',
		parameters: { extensionName: 'contractEnd', dataType: 'DateTime', targetObjects: 'User, Group', isMultiValued: false },
		request: exec({
			Action: 'AddDirectoryExtension',
			name: 'contractEnd',
			dataType: 'DateTime',
			targetObjects: ['User', 'Group'],
			isMultiValued: false,
		}),
		output: succeeded("Directory extension 'contractEnd' added successfully."),
	},
	deleteDirectoryExtension: {
		client: 'admin',
		parameters: { extensionId: stableGuid('extension/lastDevice'), extensionFullName: `${extensionPrefix}lastDevice` },
		request: exec({ Action: 'DeleteDirectoryExtension', id: stableGuid('extension/lastDevice'), name: `${extensionPrefix}lastDevice` }),
		output: succeeded(`Directory extension '${extensionPrefix}lastDevice' deleted successfully.`),
	},
	getManyCustomDataAttributes: {
		client: 'admin',
		parameters: { additionalFields: { targetObject: 'User' }, returnAll: true },
		request: exec({ Action: 'ListAvailableAttributes' }, { targetObject: 'User' }),
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
		request: exec({ Action: 'AddEditMapping', Mapping: manualMapping }),
		output: succeeded('Mapping saved successfully.'),
	},
	getCustomDataMapping: {
		client: 'admin',
		parameters: { mappingId },
		request: exec({ Action: 'GetMapping' }, { id: mappingId }),
		output: ([item]) =>
			expect(item.json).toMatchObject({
				sourceType: { label: 'Manual Entry', value: 'manualEntry' },
				manualEntryFieldLabel: 'Cost centre',
			}),
	},
	deleteCustomDataMapping: {
		client: 'admin',
		parameters: { mappingId },
		request: exec({ Action: 'DeleteMapping', id: mappingId }),
		output: succeeded('Mapping deleted successfully.'),
	},
	getManySchemaExtensions: {
		client: 'admin',
		parameters: { returnAll: true },
		request: exec({ Action: 'ListSchemaExtensions' }),
		output: ([item]) => expect(item.json).toMatchObject({ id: 'extj8xolrvw_cippUser', status: 'Available', targetTypes: ['User'] }),
	},
	deleteSchemaExtension: {
		client: 'admin',
		parameters: { schemaExtensionId: 'extj8xolrvw_cippDraft' },
		request: exec({ Action: 'DeleteSchema', id: 'extj8xolrvw_cippDraft' }),
		output: succeeded("Schema extension 'extj8xolrvw_cippDraft' deleted successfully."),
	},
	addSchemaExtensionProperty: {
		client: 'admin',
		parameters: { schemaExtensionId: 'extj8xolrvw_cippUser', propertyName: 'contractEnd', propertyType: 'DateTime' },
		request: exec({ Action: 'AddSchemaProperty', id: 'extj8xolrvw_cippUser', name: 'contractEnd', type: 'DateTime' }),
		output: succeeded("Property 'contractEnd' added to schema extension 'extj8xolrvw_cippUser' successfully."),
	},
	setSchemaExtensionStatus: {
		client: 'admin',
		parameters: { schemaExtensionId: 'extj8xolrvw_cippUser', schemaStatus: 'Deprecated' },
		request: exec({ Action: 'ChangeSchemaState', id: 'extj8xolrvw_cippUser', status: 'Deprecated' }),
		output: succeeded("Schema extension 'extj8xolrvw_cippUser' status changed to 'Deprecated' successfully."),
	},
	createSchemaExtension: {
		client: 'admin',
		parameters: { schemaDefinition: JSON.stringify(contractSchema) },
		request: exec({ Action: 'AddSchemaExtension', schemaExtension: contractSchema }),
		output: succeeded("Schema extension 'contractInfo' added successfully."),
	},
};
