// Entry point for tools that require() the package; n8n itself loads the files listed under "n8n" in package.json.
module.exports = {
	Cipp: require('./dist/nodes/Cipp/Cipp.node.js').Cipp,
	CippApi: require('./dist/credentials/CippApi.credentials.js').CippApi,
};
