import type { BeyondSpec } from './types';

const USERS = 'Identity/Administration/Users';

/** CIPP's JIT admin form stores roles and the expiry action as its autocomplete values, which the template keeps as given. */
const jitTemplate = (file: string, lines: string): BeyondSpec => ({
	corrected: { body: { defaultRoles: 'labelValue[]', defaultExpireAction: 'labelValue' } },
	source: `${USERS}/${file} (${lines}: stored as given; CIPP's JIT admin form and ExecJITAdmin read .value)`,
});

export const beyondSpec: Record<string, BeyondSpec> = {
	AddJITAdminTemplate: jitTemplate('Invoke-AddJITAdminTemplate.ps1', ':80, :85'),
	EditJITAdminTemplate: jitTemplate('Invoke-EditJITAdminTemplate.ps1', ':257, :262'),
	AddUserDefaults: {
		corrected: { body: { setManager: 'labelValue' } },
		source: `${USERS}/Invoke-AddUserDefaults.ps1 (:86, stored as given for the new-user form's manager autocomplete, which reads .value)`,
	},
	ExecSetLibraryPermission: {
		corrected: { body: { Users: 'labelValue[]', Groups: 'labelValue[]' } },
		source:
			'Teams-Sharepoint/Invoke-ExecSetLibraryPermission.ps1 (:35-36 @(...) lists, each entry read as .value :69-78, groups with .addedFields.groupTypes :78-81)',
	},
};
