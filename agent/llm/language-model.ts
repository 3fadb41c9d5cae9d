/** A tool call the model asked for; `arguments` is the raw JSON text it produced. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** One piece of a streamed completion. */
export type ModelChunk = { type: 'text-delta'; text: string } | { type: 'tool-call'; call: ToolCall };

export interface FunctionDefinition {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** Streamed chat with tool calls: the port every chat model driver implements. */
export interface LanguageModel {
  /** Names the model in logs and replies' metadata. */
  readonly id: string;
  /** Streams one completion; throws (or rejects mid-stream) when the model fails. */
  stream(request: { messages: ChatMessage[]; tools: FunctionDefinition[]; signal?: AbortSignal }): AsyncIterable<ModelChunk>;
}
