/** Examples of the administration operations on CIPP's own settings (users, roles, JIT admin, packages, ...), run by administration.test.ts. */
import { stableGuid } from '../sandbox/directory';
import type { OperationExample } from '../support/catalogue';

export const defenderTemplate = stableGuid('template/Windows - Defender Antivirus');
const bitLockerTemplate = stableGuid('template/Windows - BitLocker silent encryption');

export const cippSettingsExamples: Record<string, OperationExample> = {
	getManyCippUsers: {
		client: 'superadmin',
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListCIPPUsers' },
		output: (items) => {
			expect(items.map((item) => item.json.UPN)).toEqual(['owner@northstarit.com', 'tech@northstarit.com']);
			expect(items[1].json).toMatchObject({
				Roles: ['editor', 'readonly'],
				ManualRoles: ['editor'],
				AutoRoles: ['readonly'],
				Source: 'Both',
			});
		},
	},
	saveCippUser: {
		client: 'superadmin',
		parameters: { cippUserUpn: 'Jane.Doe@northstarit.com', cippUserRoles: 'editor, helpdesk-contoso' },
		request: {
			method: 'POST',
			endpoint: 'ExecCIPPUsers',
			body: { Action: 'AddUpdate', UPN: 'Jane.Doe@northstarit.com', Roles: ['editor', 'helpdesk-contoso'] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully added/updated user jane.doe@northstarit.com with roles: editor, helpdesk-contoso',
			}),
	},
	deleteCippUser: {
		client: 'superadmin',
		parameters: { cippUserUpn: 'tech@northstarit.com' },
		request: { method: 'POST', endpoint: 'ExecCIPPUsers', body: { Action: 'Delete', UPN: 'tech@northstarit.com' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed user tech@northstarit.com' }),
	},
	getJitAdminSettings: {
		client: 'admin',
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Get' } },
		output: ([item]) => expect(item.json).toEqual({ MaxDuration: null }),
	},
	setJitAdminMaxDuration: {
		client: 'admin',
		parameters: { maxDuration: 'PT8H' },
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Set', MaxDuration: { value: 'PT8H', label: 'PT8H' } } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set JIT Admin maximum duration to PT8H' }),
	},
	removeJitAdminMaxDuration: {
		client: 'admin',
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecJITAdminSettings', body: { Action: 'Set' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed JIT Admin maximum duration limit' }),
	},
	testHaloPsaTicket: {
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecHaloPSATestTicket' },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Ticket created in HaloPSA: 4101 against client 'Contoso Ltd' (id 12). It is safe to close this ticket.",
			}),
	},
	setTemplatePackage: {
		parameters: { templateIds: `${defenderTemplate}, ${bitLockerTemplate}`, packageName: 'Security' },
		request: { method: 'POST', endpoint: 'ExecSetPackageTag', body: { GUID: [defenderTemplate, bitLockerTemplate], Package: 'Security' } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully updated template(s) with package tag: Security' }),
	},
	removeTemplatePackage: {
		parameters: { templateIds: bitLockerTemplate },
		request: { method: 'POST', endpoint: 'ExecSetPackageTag', body: { GUID: [bitLockerTemplate], Remove: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed package tag from template(s)' }),
	},
};
