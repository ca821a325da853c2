/**
 * Runs before each test file (jest setupFiles): n8n's logger stays silent, so a passing `npm test`
 * prints nothing. A node error is logged by n8n's engine through a console transport, which Jest
 * shows for every file but the first one in a worker. Tests that read the logs (logCapture.ts)
 * turn them back on for their file.
 */
process.env.N8N_LOG_LEVEL = 'silent';
export {};
