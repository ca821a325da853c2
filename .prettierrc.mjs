// The one formatter (npm run format, npm run format:check in CI). The options are those of n8n's
// node starter, which is the style the code was written in (tabs, single quotes, semicolons,
// trailing commas), except the width: 140 fits this code, whose operation tables and messages run
// long: the first run over the tree changes the fewest lines at 140 (at 100, 2.5 times as many).
export default {
	useTabs: true,
	tabWidth: 2,
	singleQuote: true,
	semi: true,
	trailingComma: 'all',
	arrowParens: 'always',
	bracketSpacing: true,
	quoteProps: 'as-needed',
	endOfLine: 'lf',
	printWidth: 140,
	overrides: [
		{
			// npm writes package.json with two spaces, and the tsconfig files were written so.
			files: ['package.json', 'tsconfig.json', 'test/tsconfig.json'],
			options: { useTabs: false },
		},
	],
};
