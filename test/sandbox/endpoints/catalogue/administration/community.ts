/**
 * CIPP's template repositories on GitHub (Tools/GitHub): Invoke-ListCommunityRepos, -ExecCommunityRepo
 * (Add, Delete, ImportTemplate) and -ListCommunityRepoTemplates, with GitHub as a few fixed repositories.
 */
import { perSandbox } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';

interface RepoRow {
	Id: string;
	BuiltIn: boolean;
	Name: string;
	FullName: string;
	WriteAccess: boolean;
	DefaultBranch: string;
	TemplateTypes: string[];
}

interface GitHubFile {
	path: string;
	sha: string;
}

/** What GitHub answers for the repositories the sandbox knows. */
const GITHUB: Record<string, { id: number; defaultBranch: string; push: boolean; files: GitHubFile[] }> = {
	'CyberDrain/CIPP-Templates': {
		id: 630_112_458,
		defaultBranch: 'main',
		push: false,
		files: [
			{ path: 'CATemplate/Block legacy authentication.json', sha: 'a1f3c9e27b5d4c6e8f9a0b1c2d3e4f5a6b7c8d9e' },
			{ path: 'IntuneTemplate/Security/Windows - Firewall.json', sha: 'b2e4d0f38c6e5d7f9a0b1c2d3e4f5a6b7c8d9e0f' },
			{ path: 'IntuneTemplate/MigrationTable.json', sha: 'c3f5e1a49d7f6e8a0b1c2d3e4f5a6b7c8d9e0f1a' },
		],
	},
	'northstarit/cipp-templates': {
		id: 781_234_901,
		defaultBranch: 'main',
		push: true,
		files: [{ path: 'StandardsTemplateV2/Northstar baseline.json', sha: 'd4a6f2b5ae8a7f9b1c2d3e4f5a6b7c8d9e0f1a2b' }],
	},
	'contoso-it/m365-baselines': {
		id: 802_556_117,
		defaultBranch: 'main',
		push: false,
		files: [{ path: 'Baselines/Require MFA for admins.json', sha: 'e5b7a3c6bf9b8a0c2d3e4f5a6b7c8d9e0f1a2b3c' }],
	},
};

const BUILT_IN: RepoRow = {
	Id: '630112458',
	BuiltIn: true,
	Name: 'CIPP-Templates',
	FullName: 'CyberDrain/CIPP-Templates',
	WriteAccess: false,
	DefaultBranch: 'main',
	TemplateTypes: ['CATemplate', 'IntuneTemplate', 'StandardsTemplateV2'],
};

export const community = perSandbox(() => ({
	repos: [
		BUILT_IN,
		{
			Id: '781234901',
			BuiltIn: false,
			Name: 'cipp-templates',
			FullName: 'northstarit/cipp-templates',
			WriteAccess: true,
			DefaultBranch: 'main',
			TemplateTypes: [],
		},
	] as RepoRow[],
	/** Template rows imported from a repository: Source (the repository) and SHA (the file's blob). */
	imported: [] as Array<{ Source: string; SHA: string; Name: string }>,
}));

const repoName = (fullName: string) => fullName.split('/').pop() ?? fullName;
const fileName = (path: string) => (path.split('/').pop() ?? path).replace(/\.json$/, '');

const ListCommunityRepos: Endpoint = {
	name: 'ListCommunityRepos',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const data = community(ctx.state);
		const writeAccess = psString(ctx.fromQuery('WriteAccess')).toLowerCase() === 'true';
		// Without WriteAccess the built-in repositories of Config/CommunityRepos.json are seeded back.
		if (!writeAccess && !data.repos.some((repo) => repo.FullName === BUILT_IN.FullName)) data.repos.unshift({ ...BUILT_IN });
		const repos = writeAccess ? data.repos.filter((repo) => repo.WriteAccess) : data.repos;
		return { status: 200, body: { Results: repos.map((repo) => ({ ...repo, UploadBranch: repo.DefaultBranch })) } };
	},
};

const resultRows = (resultText: string, state: 'success' | 'error') => ({ status: 200, body: { Results: [{ resultText, state }] } });

function importTemplate(ctx: EndpointContext) {
	const fullName = psString(ctx.fromBody('FullName'));
	const path = psString(ctx.fromBody('Path'));
	const branch = psString(ctx.fromBody('Branch'));
	// Get-GitHubFileContents: Branch is mandatory, and the file is read from that branch.
	if (!branch)
		return resultRows("Error importing template: Cannot bind argument to parameter 'Branch' because it is an empty string.", 'error');
	const repo = GITHUB[fullName];
	const file = repo?.defaultBranch === branch ? repo.files.find((candidate) => candidate.path === path) : undefined;
	if (!file) return resultRows('Error importing template: Response status code does not indicate success: 404 (Not Found).', 'error');
	const data = community(ctx.state);
	const name = fileName(path);
	const existing = data.imported.find((row) => row.Source === fullName && row.Name === name);
	const force = ctx.fromBody('Force') === true;
	if (existing?.SHA === file.sha && !force) {
		return resultRows(`Template '${name}' from source '${fullName}' is already up to date. Skipping import.`, 'success');
	}
	data.imported = [...data.imported.filter((row) => row !== existing), { Source: fullName, SHA: file.sha, Name: name }];
	const verb = existing ? (force ? 'Overwrote' : 'Updated') : 'Created';
	return resultRows(
		`${verb} template '${name}' from source '${fullName}'${existing ? (force ? ' (forced).' : ' (SHA changed).') : '.'}`,
		'success',
	);
}

const ExecCommunityRepo: Endpoint = {
	name: 'ExecCommunityRepo',
	role: 'CIPP.Core.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromBody('Id'));
		const fullName = psString(ctx.fromBody('FullName'));
		if (!id && !fullName) return resultRows('Id or FullName required', 'error');
		const data = community(ctx.state);
		const entity = data.repos.find((repo) => (id ? repo.Id === id : repo.FullName === fullName));
		const action = psString(ctx.fromBody('Action'));
		if (action === 'Add') {
			const github = id ? Object.entries(GITHUB).find(([, repo]) => String(repo.id) === id) : [fullName, GITHUB[fullName]];
			if (!github?.[1])
				return resultRows('Unable to add repository: Response status code does not indicate success: 404 (Not Found).', 'error');
			const [name, repo] = github as [string, (typeof GITHUB)[string]];
			const types = ctx.fromBody('TemplateTypes');
			const row: RepoRow = {
				Id: String(repo.id),
				BuiltIn: false,
				Name: repoName(name),
				FullName: name,
				WriteAccess: repo.push,
				DefaultBranch: repo.defaultBranch,
				TemplateTypes: types ? [types].flat().map(psString) : (entity?.TemplateTypes ?? []),
			};
			data.repos = [...data.repos.filter((candidate) => candidate.Id !== row.Id), row];
			return resultRows(`Community repository '${row.Name}' added`, 'success');
		}
		if (action === 'Delete') {
			// A repository CIPP does not have is "deleted" all the same, with an empty name (:128-137).
			if (entity) data.repos = data.repos.filter((repo) => repo !== entity);
			return resultRows(`Repository ${entity?.Name ?? ''} deleted`, 'success');
		}
		if (action === 'ImportTemplate') return importTemplate(ctx);
		return resultRows(`Action ${action} not supported`, 'error');
	},
};

const ListCommunityRepoTemplates: Endpoint = {
	name: 'ListCommunityRepoTemplates',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const data = community(ctx.state);
		const fullName = ctx.fromQuery('FullName');
		const repos = fullName ? data.repos.filter((repo) => repo.FullName === fullName) : data.repos;
		const Results = repos.flatMap((repo) =>
			(GITHUB[repo.FullName]?.files ?? [])
				.filter((file) => fileName(file.path) !== 'MigrationTable')
				.map((file) => {
					const folders = file.path.split('/').slice(0, -1);
					const imported = data.imported.find((row) => row.Source === repo.FullName && row.Name === fileName(file.path));
					const typed = folders.length > 0 && /Template(V2)?$/.test(folders[0]);
					return {
						Repository: repo.FullName,
						RepositoryName: repo.Name,
						Path: file.path,
						DisplayName: fileName(file.path).replace(/_/g, ' '),
						Category: (typed ? folders.slice(1) : folders).join(' / ') || 'General',
						Type: typed ? folders[0] : repo.TemplateTypes.length === 1 ? repo.TemplateTypes[0] : 'Other',
						PossibleTypes: typed || repo.TemplateTypes.length === 1 ? [] : repo.TemplateTypes,
						SHA: file.sha,
						Branch: repo.DefaultBranch,
						HtmlUrl: `https://github.com/${repo.FullName}/blob/${repo.DefaultBranch}/${file.path}`,
						Imported: Boolean(imported),
						UpdateAvailable: Boolean(imported && imported.SHA !== file.sha),
					};
				}),
		);
		return { status: 200, body: { Results, Metadata: { Warnings: [], Repositories: [] } } };
	},
};

export const endpoints: Endpoint[] = [ListCommunityRepos, ExecCommunityRepo, ListCommunityRepoTemplates];
