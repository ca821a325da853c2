/** Invoke-ExecSetUserPhoto: PUT or DELETE /users/{id}/photo/$value. */
import { perSandbox } from '../../../directory';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

/** Each user's photo bytes, by object ID. */
export const userPhotos = perSandbox(() => new Map<string, Buffer>());

const ExecSetUserPhoto: Endpoint = {
	name: 'ExecSetUserPhoto',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('action'));
		try {
			const userId = psString(ctx.fromQueryOrBody('userId'));
			if (!userId.trim()) throw new GraphError('User ID is required');
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const photos = userPhotos(ctx.state);
			if (action === 'remove') {
				// CIPP reads any "does not exist" as "no photo" (:32-35): an unknown user gets the same answer.
				let id: string | undefined;
				try {
					id = graphGetUser(ctx.state, tenant, userId).id;
				} catch {
					id = undefined;
				}
				if (!id || !photos.delete(id)) return { status: 200, body: { Results: ['User does not have a profile picture to remove.'] } };
				return { status: 200, body: { Results: ['Successfully removed user profile picture.'] } };
			}
			if (action !== 'set') throw new GraphError("Invalid action. Must be 'set' or 'remove'");
			const photoData = psString(ctx.fromBody('photoData'));
			if (!photoData.trim()) throw new GraphError('Photo data is required when setting a profile picture');
			const base64 = /^data:image\/[^;]+;base64,(.+)$/.exec(photoData)?.[1] ?? photoData;
			if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
				throw new GraphError('Invalid base64 photo data: The input is not a valid Base-64 string.');
			const bytes = Buffer.from(base64, 'base64');
			if (bytes.length > 4 * 1024 * 1024) {
				// [math]::Round(x, 2) as PowerShell renders it: 4.5, not 4.50 (:62-63).
				throw new GraphError(`Photo size exceeds 4MB limit. Current size: ${Math.round((bytes.length / 1024 / 1024) * 100) / 100}MB`);
			}
			const user = graphGetUser(ctx.state, tenant, userId);
			photos.set(user.id, bytes);
			return { status: 200, body: { Results: ['Successfully set user profile picture.'] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: [`Failed to ${action} user profile picture: ${normalizeGraphError(error.message)}`] } };
		}
	},
};

export const endpoints: Endpoint[] = [ExecSetUserPhoto];
