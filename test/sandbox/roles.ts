/** Microsoft Entra directory roles: the ones the fixtures' users hold, as Graph describes them. */
export interface RoleDefinition {
	/** The role template id, the same in every tenant. */
	id: string;
	displayName: string;
	description: string;
}

export const ROLE_DEFINITIONS: RoleDefinition[] = [
	{
		id: '62e90394-69f5-4237-9190-012177145e10',
		displayName: 'Global Administrator',
		description: 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
	},
	{
		id: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
		displayName: 'User Administrator',
		description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
	},
	{
		id: '29232cdf-9323-42fd-ade2-1d097af3e4de',
		displayName: 'Exchange Administrator',
		description: 'Can manage all aspects of the Exchange product.',
	},
	{
		id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
		displayName: 'Global Reader',
		description: 'Can read everything that a Global Administrator can, but not update anything.',
	},
];

export function roleDefinition(displayName: string): RoleDefinition {
	const role = ROLE_DEFINITIONS.find((candidate) => candidate.displayName === displayName);
	if (!role) throw new Error(`sandbox fixture: unknown directory role ${displayName}`);
	return role;
}

/** A user's role as `/users/{id}/transitiveMemberOf/microsoft.graph.directoryRole` lists it (an activated role object). */
export function directoryRoleObject(displayName: string): Record<string, unknown> {
	const role = roleDefinition(displayName);
	return {
		'@odata.type': '#microsoft.graph.directoryRole',
		id: role.id,
		deletedDateTime: null,
		description: role.description,
		displayName: role.displayName,
		roleTemplateId: role.id,
	};
}
