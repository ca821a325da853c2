import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type ITriggerResponse,
} from 'n8n-workflow';

/**
 * The tool variant n8n makes of a node with `usableAsTool` (type `<package>.<name>Tool`), as n8n's
 * CLI does (NodeTypes.getByNameAndVersion + convertNodeToAiTool): the same node, described with
 * no main input, an `ai_tool` output and a Tool Description, so an AI Agent gets it through
 * getInputConnectionData and n8n-core runs its `execute` with the agent's arguments.
 */
export function toolVariant(nodeType: INodeType): INodeType {
	const base = nodeType.description;
	if (!base.usableAsTool) throw new Error(`${base.name} is not usable as a tool`);
	const toolDescription: INodeProperties = {
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string',
		default: base.description,
		required: true,
		typeOptions: { rows: 2 },
		displayOptions: { show: { descriptionType: ['manual'] } },
		description: 'Explain to the LLM what this tool does',
	};
	const descriptionType: INodeProperties = {
		displayName: 'Tool Description',
		name: 'descriptionType',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Set Automatically', value: 'auto' },
			{ name: 'Set Manually', value: 'manual' },
		],
		default: 'auto',
	};
	const description: INodeTypeDescription = {
		...base,
		name: `${base.name}Tool`,
		displayName: `${base.displayName} Tool`,
		inputs: [],
		outputs: [NodeConnectionTypes.AiTool],
		properties: [descriptionType, toolDescription, ...base.properties],
		codex: { categories: ['AI'], subcategories: { AI: ['Tools'], Tools: ['Other Tools'] } },
	};
	delete description.usableAsTool;
	return Object.create(nodeType, { description: { value: description } }) as INodeType;
}

/** What a LangChain tool n8n-core hands an agent looks like from outside. */
export interface AgentTool {
	name: string;
	description: string;
	schema: unknown;
	invoke: (args: IDataObject) => Promise<string>;
	/** The tool's function without LangChain's argument check in front of it. */
	func: (args: IDataObject) => Promise<string>;
}

export interface ToolCall {
	/** The tool's name as the agent sees it (the node name, non-word characters as `_`). */
	tool: string;
	args: IDataObject;
	/** Call the tool's function directly, as if the agent framework skipped the schema check. */
	skipSchemaCheck?: boolean;
}

/**
 * Stands in for n8n's AI Agent (and its language model) in tests: it asks n8n-core for the tools
 * connected to its `ai_tool` input, exactly as the agent does, then makes the tool calls its
 * `toolCalls` parameter scripts, with the arguments a model would send. One output item per
 * call: the tool's answer, or the error the agent would have passed back to the model.
 */
export class ScriptedAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Scripted Agent',
		name: 'scriptedAgent',
		group: ['transform'],
		version: 1,
		description: 'Calls its connected tools as scripted (tests only)',
		defaults: { name: 'AI Agent' },
		inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, displayName: 'Tool', required: true }],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Tool Calls', name: 'toolCalls', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const tools = ((await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) ?? []) as AgentTool[];
		const calls = JSON.parse(this.getNodeParameter('toolCalls', 0) as string) as ToolCall[];
		const output: INodeExecutionData[] = [];
		for (const call of calls) {
			const tool = tools.find((candidate) => candidate.name === call.tool);
			const record: IDataObject = { tool: call.tool, args: call.args, tools: tools.map((known) => known.name) };
			try {
				if (!tool) throw new Error(`No tool named ${call.tool}`);
				const answer = call.skipSchemaCheck ? await tool.func(call.args) : await tool.invoke(call.args);
				record.response = JSON.parse(answer) as IDataObject;
			} catch (error) {
				record.error = (error as Error).message;
			}
			output.push({ json: record, pairedItem: { item: 0 } });
		}
		return [output];
	}
}

/**
 * A trigger whose node package is not installed here (e.g. LangChain's Chat Trigger): only its
 * shape, for workflows whose trigger output is pinned, which n8n then never runs.
 */
export function pinnedTriggerStandIn(type: string): INodeType {
	return {
		description: {
			displayName: type,
			name: type.split('.').pop() as string,
			group: ['trigger'],
			version: [1, 1.1, 1.2, 1.3, 1.4],
			description: 'Stand-in for a trigger fed by pinned data',
			defaults: {},
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		},
		async trigger(): Promise<ITriggerResponse> {
			throw new Error(`${type} is a stand-in: pin its output`);
		},
	};
}
