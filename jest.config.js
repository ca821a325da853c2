/** Unit and workflow tests; the sandbox is a real HTTPS server, so tests run one file at a time per worker. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	// n8n-nodes-base's Form Trigger (run by the example tests) loads sanitize-html, whose htmlparser2
	// is ES-module only; Jest cannot require that, so it gets the CommonJS build of htmlparser2 installed
	// next to it (same Parser API). Only HTML rendering uses it, which pinned triggers never do.
	moduleNameMapper: { '^htmlparser2$': require.resolve('htmlparser2') },
	testTimeout: 30000,
	setupFiles: ['<rootDir>/test/support/quietLogs.ts'],
};
