import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { addRoleMapping } from './addRoleMapping.operation';
import { createInvite } from './createInvite.operation';
import { createRoleMappings } from './createRoleMappings.operation';
import { deleteInvite } from './deleteInvite.operation';
import { deleteRelationship } from './deleteRelationship.operation';
import { deleteRoleMapping } from './deleteRoleMapping.operation';
import { enableAutoExtend } from './enableAutoExtend.operation';
import { getManyAccessAssignments } from './getManyAccessAssignments.operation';
import { getManyContracts } from './getManyContracts.operation';
import { getManyInvites } from './getManyInvites.operation';
import { getManyOnboardings } from './getManyOnboardings.operation';
import { getManyRelationships } from './getManyRelationships.operation';
import { getManyRoleMappings } from './getManyRoleMappings.operation';
import { getResellerInviteLink } from './getResellerInviteLink.operation';
import { getManyServicePrincipals } from './getManyServicePrincipals.operation';
import { removeGlobalAdmin } from './removeGlobalAdmin.operation';
import { processApprovedInvites } from './processApprovedInvites.operation';
import { repairRoleMappings } from './repairRoleMappings.operation';
import { getManyRoleTemplates } from './getManyRoleTemplates.operation';
import { createRoleTemplate } from './createRoleTemplate.operation';
import { deleteRoleTemplate } from './deleteRoleTemplate.operation';
import { resetAccessAssignments } from './resetAccessAssignments.operation';
import { traceAccess } from './traceAccess.operation';
import { updateRoleTemplate } from './updateRoleTemplate.operation';

export const resource = { name: 'GDAP', value: 'gdap' };

export const operations: CippOperation[] = [
	getManyRelationships,
	getManyRoleMappings,
	createInvite,
	getManyInvites,
	deleteInvite,
	createRoleMappings,
	addRoleMapping,
	deleteRoleMapping,
	getManyAccessAssignments,
	enableAutoExtend,
	removeGlobalAdmin,
	deleteRelationship,
	getManyContracts,
	getResellerInviteLink,
	getManyServicePrincipals,
	getManyOnboardings,
	processApprovedInvites,
	repairRoleMappings,
	getManyRoleTemplates,
	createRoleTemplate,
	updateRoleTemplate,
	deleteRoleTemplate,
	resetAccessAssignments,
	traceAccess,
];

export const operationSelector = selectorFor('gdap', operations, 'getManyRelationships');
