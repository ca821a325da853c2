import '../support/logCapture';

import { runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { extensionPrefix } from '../sandbox/endpoints/catalogue/administration/customDataExec';
import { locator } from '../support/workflows';
import { contractSchema, manualMapping } from './administration-customData.examples';

/** CIPP's custom data (ExecCustomData): its HTTP-200 failures fail the item, and writes show in the lists. */
describe('administration (custom data): refusals and pairs', () => {
	const currentSandbox = sandboxPerFile();
	const run = (operation: string, parameters: Record<string, unknown>) =>
		runOperation(currentSandbox(), 'administration', operation, { returnAll: true, ...parameters } as never, [{}], 'admin');

	test('a saved mapping shows in Get Many Custom Data Mappings, and is gone once deleted', async () => {
		const mapping = { ...manualMapping, manualEntryFieldLabel: 'Contract end' };
		expect((await run('saveCustomDataMapping', { mapping })).error).toBeUndefined();
		const listed = await run('getManyCustomDataMappings', { tenantFilter: locator('domain', 'contoso.onmicrosoft.com') });
		const saved = listed.items.find((item) => item.json.manualEntryFieldLabel === 'Contract end');
		expect(saved?.json).toMatchObject({ tenant: 'Contoso Ltd', sourceType: 'Manual Entry', directoryObject: 'User' });
		const id = String(saved?.json.id);
		expect((await run('getCustomDataMapping', { mappingId: id })).items[0].json).toEqual(mapping);
		expect((await run('deleteCustomDataMapping', { mappingId: id })).error).toBeUndefined();
		const after = await run('getManyCustomDataMappings', { tenantFilter: locator('domain', 'contoso.onmicrosoft.com') });
		expect(after.items.map((item) => item.json.id)).not.toContain(id);
	});

	test("deleting a mapping CIPP does not have fails the item with CIPP's words (an HTTP 200 error row)", async () => {
		const missing = '00000000-0000-4000-8000-000000000000';
		const result = await run('deleteCustomDataMapping', { mappingId: missing });
		expect(result.requests[0].status).toBe(200);
		expect(result.error?.message).toContain(`Failed to delete mapping: Mapping with ID '${missing}' not found.`);
		const get = await run('getCustomDataMapping', { mappingId: missing });
		expect(get.error?.message).toContain(`Failed to retrieve mapping: Mapping with ID '${missing}' not found.`);
	});

	test('a mapping without its tenant, source, object type or attribute is refused before sending', async () => {
		const result = await run('saveCustomDataMapping', { mapping: JSON.stringify({ sourceType: manualMapping.sourceType }) });
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/tenantFilter, directoryObjectType, customDataAttribute/);
	});

	test('a created directory extension is listed and offered as an attribute; a second of the same name fails', async () => {
		const parameters = { extensionName: 'badgeId', dataType: 'Integer', targetObjects: 'User' };
		expect((await run('createDirectoryExtension', parameters)).error).toBeUndefined();
		const listed = await run('getManyDirectoryExtensions', {});
		expect(listed.items.map((item) => item.json.name)).toContain(`${extensionPrefix}badgeId`);
		const attributes = await run('getManyCustomDataAttributes', { additionalFields: { targetObject: 'User' } });
		expect(attributes.items.map((item) => item.json.name)).toContain(`${extensionPrefix}badgeId`);
		const again = await run('createDirectoryExtension', parameters);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toContain('Failed to add directory extension:');
	});

	test('an unknown target object kind is refused before sending', async () => {
		const result = await run('createDirectoryExtension', { extensionName: 'badgeId', dataType: 'String', targetObjects: 'Mailbox' });
		expect(result.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/Mailbox/);
	});

	test("deleting a directory extension Graph does not have fails the item with Graph's words", async () => {
		const result = await run('deleteDirectoryExtension', {
			extensionId: '00000000-0000-4000-8000-000000000000',
			extensionFullName: `${extensionPrefix}costCentre`,
		});
		expect(result.error?.message).toContain('Failed to delete directory extension: Resource');
		const listed = await run('getManyDirectoryExtensions', {});
		expect(listed.items.map((item) => item.json.name)).toContain(`${extensionPrefix}costCentre`);
	});

	test('an added schema property is listed; an existing one, or one on a schema extension CIPP does not have, fails the item', async () => {
		const add = { schemaExtensionId: 'extj8xolrvw_cippUser', propertyName: 'badgeNumber', propertyType: 'Integer' };
		expect((await run('addSchemaExtensionProperty', add)).error).toBeUndefined();
		const listed = await run('getManySchemaExtensions', {});
		const cippUser = listed.items.find((item) => item.json.id === 'extj8xolrvw_cippUser');
		expect(cippUser?.json.properties).toContainEqual({ name: 'badgeNumber', type: 'Integer' });
		const again = await run('addSchemaExtensionProperty', add);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toContain("Property with name 'badgeNumber' already exists in schema extension 'extj8xolrvw_cippUser'.");
		const unknown = await run('addSchemaExtensionProperty', { ...add, schemaExtensionId: 'extj8xolrvw_nothing' });
		expect(unknown.error?.message).toContain("Schema extension with ID 'extj8xolrvw_nothing' not found.");
	});

	test("CIPP's schema status refusals fail the item: deleting an Available one, setting the status it has", async () => {
		const deleted = await run('deleteSchemaExtension', { schemaExtensionId: 'extj8xolrvw_cippUser' });
		expect(deleted.error?.message).toContain("cannot be deleted because it is not in 'InDevelopment' state.");
		const same = await run('setSchemaExtensionStatus', { schemaExtensionId: 'extj8xolrvw_cippUser', schemaStatus: 'Available' });
		expect(same.error?.message).toContain("Schema extension 'extj8xolrvw_cippUser' is already in the 'Available' state.");
	});

	test('a schema extension set to Deprecated leaves the list, and a deleted draft is gone', async () => {
		expect(
			(await run('setSchemaExtensionStatus', { schemaExtensionId: 'extj8xolrvw_cippUser', schemaStatus: 'Deprecated' })).error,
		).toBeUndefined();
		expect((await run('deleteSchemaExtension', { schemaExtensionId: 'extj8xolrvw_cippDraft' })).error).toBeUndefined();
		const listed = await run('getManySchemaExtensions', {});
		expect(listed.items.map((item) => item.json.id)).toEqual([]);
	});

	test('a created schema extension is listed In Development with its prefixed ID, and offered as an attribute', async () => {
		expect((await run('createSchemaExtension', { schemaDefinition: contractSchema })).error).toBeUndefined();
		const listed = await run('getManySchemaExtensions', {});
		expect(listed.items.find((item) => item.json.id === 'extj8xolrvw_contractInfo')?.json).toMatchObject({
			status: 'InDevelopment',
			targetTypes: ['User'],
		});
		const attributes = await run('getManyCustomDataAttributes', { additionalFields: { targetObject: 'User' } });
		expect(attributes.items.map((item) => item.json.name)).toContain('extj8xolrvw_contractInfo.endDate');
		const invalid = await run('createSchemaExtension', { schemaDefinition: '{"id": "contractInfo"}' });
		expect(invalid.requests).toHaveLength(0);
		expect(invalid.error?.message).toMatch(/targetTypes and properties/);
	});
});
