import type { ChatMessage, LanguageModel, ToolCall } from '../llm/language-model.ts';
import { quoteCatalogText } from '../safety/quote-catalog-text.ts';
import { runTool, type Tool, toFunctionDefinitions } from '../tools/index.ts';
import type { TurnContext } from '../turn-context.ts';

export interface ModelTurnOptions {
  /** Model round trips that may call tools before a final answer is required. */
  maxToolRounds: number;
  /** The whole turn, all rounds included. */
  timeoutMs: number;
}

export const defaultModelTurnOptions: ModelTurnOptions = { maxToolRounds: 4, timeoutMs: 25_000 };

/** Thrown when the model cannot produce an answer; the brain falls back to the composer. */
export class ModelTurnError extends Error {
  override readonly name = 'ModelTurnError';
}

/**
 * One turn with a tool-calling model: stream, run the tools it asks for, feed results back, until
 * it answers in text. Bounded in rounds and time; repeated calls are refused, not re-run.
 */
export async function runModelTurn(
  model: LanguageModel,
  messages: ChatMessage[],
  tools: Tool[],
  context: TurnContext,
  options: ModelTurnOptions = defaultModelTurnOptions,
): Promise<string> {
  const definitions = functionDefinitionsOf(tools);
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const seenCalls = new Set<string>();
  const signal = AbortSignal.timeout(options.timeoutMs);
  const conversation = [...messages];
  for (let round = 0; round <= options.maxToolRounds; round++) {
    const lastRound = round === options.maxToolRounds;
    let text = '';
    const calls: ToolCall[] = [];
    try {
      for await (const chunk of model.stream({ messages: conversation, tools: lastRound ? [] : definitions, signal })) {
        if (chunk.type === 'text-delta') text += chunk.text;
        else calls.push(chunk.call);
      }
    } catch (error) {
      throw new ModelTurnError(signal.aborted ? 'the model timed out' : `the model failed: ${(error as Error).message}`, { cause: error });
    }
    if (calls.length === 0) {
      if (!text.trim()) throw new ModelTurnError('the model returned an empty answer');
      return text.trim();
    }
    conversation.push({ role: 'assistant', content: text || null, toolCalls: calls });
    for (const call of calls) {
      conversation.push({ role: 'tool', toolCallId: call.id, content: await executeCall(call, byName, seenCalls, context) });
    }
  }
  throw new ModelTurnError('the model kept calling tools without answering');
}

const definitionCache = new WeakMap<Tool[], ReturnType<typeof toFunctionDefinitions>>();

/** JSON Schemas of a tool list, built once: they do not change between turns. */
function functionDefinitionsOf(tools: Tool[]) {
  let definitions = definitionCache.get(tools);
  if (!definitions) definitionCache.set(tools, (definitions = toFunctionDefinitions(tools)));
  return definitions;
}

async function executeCall(call: ToolCall, tools: Map<string, Tool>, seenCalls: Set<string>, context: TurnContext): Promise<string> {
  const tool = tools.get(call.name);
  if (!tool) return JSON.stringify({ error: `Unknown tool ${call.name}.` });
  const key = `${call.name}:${call.arguments}`;
  if (seenCalls.has(key)) return JSON.stringify({ error: 'You already made this exact call this turn; use its result.' });
  seenCalls.add(key);
  let args: unknown;
  try {
    args = call.arguments.trim() ? JSON.parse(call.arguments) : {};
  } catch {
    return JSON.stringify({ error: `Arguments for ${call.name} were not valid JSON.` });
  }
  const result = await runTool(tool, args, context);
  return JSON.stringify(result.ok ? quoteStrings(result.data) : { error: result.error });
}

/** Free text from the catalog goes to the model quoted as data; ids and short labels stay as they are. */
function quoteStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 40 ? quoteCatalogText(value) : value;
  if (Array.isArray(value)) return value.map(quoteStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, quoteStrings(item)]));
  return value;
}
