import type { AuditRecord } from './types';

const SOURCE = 'CIPP/Settings/Invoke-ExecCustomData.ps1';
const ROW_FAILURE =
	'Every answer is HTTP 200; an exception becomes {Results: [{state: "error", resultText: "Failed to ...: <reason>"}]}, which the node fails (state error).';

/**
 * Administration operations on CIPP's custom data (directory and schema extensions, custom data
 * mappings), all one endpoint with an Action switch (:11, query Action ?? body Action; the node
 * sends it in the body), read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 */
export const audit: Record<string, AuditRecord> = {
	'administration:getManyDirectoryExtensions': {
		source: SOURCE,
		reads: 'Body Action ListDirectoryExtensions (:231); nothing else.',
		clears: 'none',
		failure: `${ROW_FAILURE} (:252-261)`,
		async: 'Rows of extensions found in Graph but not in the CustomData table are added to it (:236-246), silently.',
		refusals: [],
		output:
			"{Results: [Graph extensionProperty: {id, name, dataType, targetObjects, isMultiValued, appDisplayName, ...}]} from CIPP's app registration (:233-250). A list reader after the error-row check.",
		verdict: 'ok',
	},
	'administration:createDirectoryExtension': {
		source: SOURCE,
		reads: 'Body name, dataType, targetObjects (a list, passed to Graph as is), isMultiValued (-eq $true: missing is false) (:265-268).',
		clears: 'none',
		failure: `Missing name, dataType or targetObjects: "Failed to add directory extension: Extension name, data type, and target objects are required." (:270-272); Graph errors (a duplicate name, a bad type) the same way (:300-309). ${ROW_FAILURE}`,
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: "The OpenAPI types targetObjects as a string; Graph needs a list: corrected in beyondSpec/cipp-cd.ts. The node checks the name's form and the target kinds before sending.",
	},
	'administration:deleteDirectoryExtension': {
		source: SOURCE,
		reads: 'Body name (required, :314-318, the CustomData row and the message) and id (the Graph extensionProperty id, :315, :321).',
		clears: 'none',
		failure: `No name: "Failed to delete directory extension: Extension name is missing in the request body."; a missing or unknown id: Graph's error (:321-323). ${ROW_FAILURE}`,
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "CIPP deletes in Graph by id but drops its table row by name (:321-331), without checking they belong together; without an id the DELETE goes to the collection. The node requires both, the id as a GUID and the name in Graph's extension_<app>_<name> form, and says to copy them from Get Many Directory Extensions.",
	},
	'administration:getManyCustomDataAttributes': {
		source: `${SOURCE} + CIPPCore/Public/Get-CippCustomDataAttributes.ps1`,
		reads: "Query targetObject (:353, default 'All'; compared -eq with each attribute's target, case-insensitively).",
		clears: 'none',
		failure: 'No try/catch (:352-358): an exception is HTTP 500, which the node fails.',
		async: 'none',
		refusals: [],
		output:
			'{Results: [{name, type (SchemaExtension | DirectoryExtension), targetObject, dataType, isMultiValued}]}, one per attribute and target kind, from the CustomData table (Get-CippCustomDataAttributes). A list reader.',
		verdict: 'ok',
	},
	'administration:saveCustomDataMapping': {
		source: `${SOURCE} + CIPP/Core/Invoke-ListCustomDataMappings.ps1`,
		reads: 'Body Mapping (an object, stored as JSON whole, :391-400) and id (:395; none: a new GUID).',
		clears: 'With an id, the stored mapping is replaced by the JSON given (Add -Force, :401): fields left out are gone.',
		failure: `No Mapping: "Failed to add mapping: Mapping data is missing in the request body." (:392-394, :410-419). ${ROW_FAILURE}`,
		async: 'Register-CIPPExtensionScheduledTasks (:403) reschedules the extension syncs that fill the attribute.',
		refusals: [],
		verdict: 'settled',
		note: "CIPP stores any object without checking it; Get Many Custom Data Mappings then reads tenantFilter, sourceType, directoryObjectType and customDataAttribute from it. The node refuses a mapping without those four, and says a mapping ID replaces the mapping whole. The answer does not give the new mapping's id: Get Many Custom Data Mappings lists it.",
	},
	'administration:getCustomDataMapping': {
		source: SOURCE,
		reads: 'Query id (:457; the node sends it in the query, where CIPP reads it).',
		clears: 'none',
		failure: `No id or an unknown one: "Failed to retrieve mapping: Mapping with ID '<id>' not found." (:458-466, :472-481). ${ROW_FAILURE}`,
		async: 'none',
		refusals: [],
		output: '{Results: <the stored mapping JSON>} (:468-471), without its id. One item.',
		verdict: 'ok',
	},
	'administration:deleteCustomDataMapping': {
		source: SOURCE,
		reads: 'Body id (:424).',
		clears: 'none',
		failure: `Unknown id: "Failed to delete mapping: Mapping with ID '<id>' not found." (:430-433, :443-452). ${ROW_FAILURE}`,
		async: 'Register-CIPPExtensionScheduledTasks (:437) unschedules its sync; values already written to objects stay.',
		refusals: [],
		verdict: 'ok',
	},
	'administration:getManySchemaExtensions': {
		source: `${SOURCE} + CIPPCore/Public/Get-CIPPSchemaExtensions.ps1`,
		reads: 'Body Action ListSchemaExtensions (:18); nothing else.',
		clears: 'none',
		failure: `${ROW_FAILURE} (:27-36)`,
		async:
			"When the CustomData table holds no schema extension, or none whose id has Graph's prefix (:21-23), Get-CIPPSchemaExtensions creates CIPP's built-in ones in Graph and patches their properties and status first.",
		refusals: [],
		output:
			'{Results: [{id, description, targetTypes, status, owner, properties: [{name, type}]}]} (:24-26). A list reader after the error-row check.',
		verdict: 'settled',
		note: 'A read that may create schema extensions in Graph the first time: the description says so.',
	},
	'administration:deleteSchemaExtension': {
		source: SOURCE,
		reads: "Body id (:73); CIPP's table row is the one whose short name (RowKey) -match the id (:80).",
		clears: 'none',
		failure: `No id, no such row, or a status other than InDevelopment: "Failed to delete schema extension: Schema extension '<id>' cannot be deleted because it is not in 'InDevelopment' state." (:74-88, :108-117). A Graph error on the DELETE is only a warning (:90-94): the row goes anyway. ${ROW_FAILURE}`,
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'administration:addSchemaExtensionProperty': {
		source: `${SOURCE} + CIPPCore/Public/Get-CIPPSchemaExtensions.ps1`,
		reads: 'Body id (:121, matched as for delete), name and type (:122-123, both required).',
		clears: 'none',
		failure: `No id, name or type; no such row; a Deprecated extension; a property of that name already there: "Failed to add property to schema extension: Property with name '<name>' already exists in schema extension '<id>'." (:125-149, :171-180). ${ROW_FAILURE}`,
		async:
			"The property is added to CIPP's table, then Get-CIPPSchemaExtensions patches Graph (:162); an error there is swallowed (try {} catch {}), so Graph may not have it though CIPP says success.",
		refusals: [],
		verdict: 'ok',
	},
	'administration:setSchemaExtensionStatus': {
		source: `${SOURCE} + CIPPCore/Public/Get-CIPPSchemaExtensions.ps1`,
		reads: 'Body id (:184, matched as for delete) and status (:185).',
		clears: 'none',
		failure: `No id or status, no such row, or the status it already has: "Failed to change schema extension status: Schema extension '<id>' is already in the '<status>' state." (:186-204, :219-228). ${ROW_FAILURE}`,
		async:
			"Get-CIPPSchemaExtensions (:213) patches Graph only forward (InDevelopment, Available, Deprecated; :12, :53-55) and then stores Graph's copy: a step back answers success and changes nothing. Deprecated drops the row from CIPP (:67-68).",
		refusals: [],
		verdict: 'settled',
		note: 'The node offers Available and Deprecated only, so no step back can be asked for (In Development is where an extension starts), and its description says the status only moves forward and a Deprecated one leaves CIPP.',
	},
	'administration:createSchemaExtension': {
		source: `${SOURCE} + CIPPCore/Public/Get-CIPPSchemaExtensions.ps1`,
		reads: 'Body schemaExtension (an object: id, the row key, :40-49; the rest is the Graph definition).',
		clears:
			'An id CIPP already has: its row is overwritten (-Force, :50), and Get-CIPPSchemaExtensions then patches Graph to the new properties and targets.',
		failure: `No schemaExtension: "Failed to add schema extension: SchemaExtension data is missing in the request body." (:41-43); a Graph error while creating it the same way (:51, :59-68). ${ROW_FAILURE}`,
		async:
			'Get-CIPPSchemaExtensions (:51) creates it in Graph as InDevelopment under an id Graph prefixes (ext<random>_<id>), then patches the status if the definition gives another.',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP stores any object; the node checks the definition has an id (letters and digits, as Graph requires), targetTypes and {name, type} properties before sending, and says an existing id is replaced.',
	},
};
