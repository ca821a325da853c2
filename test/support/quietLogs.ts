/**
 * n8n's engine logs every failed node through its logger, which in a test run is Jest's console:
 * the suite would print each refused input and CIPP failure that the tests provoke on purpose.
 * Tests that check what reaches the logs (test/support/logCapture.ts) turn logging back on.
 */
process.env.N8N_LOG_LEVEL = 'silent';
