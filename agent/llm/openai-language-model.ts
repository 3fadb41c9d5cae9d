import OpenAI from 'openai';
import type { ChatMessage, FunctionDefinition, LanguageModel, ModelChunk, ToolCall } from './language-model.ts';

export interface OpenAILanguageModelOptions {
  model: string;
  baseUrl?: string;
  apiKey?: string;
  /** Per request, including the whole stream. */
  timeoutMs?: number;
  maxRetries?: number;
  temperature?: number;
}

/** Chat Completions with streaming and tool calls, against OpenAI or any compatible server. */
export class OpenAILanguageModel implements LanguageModel {
  readonly id: string;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAILanguageModelOptions) {
    this.id = `openai:${options.model}`;
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs ?? 20_000,
      maxRetries: options.maxRetries ?? 1,
    });
  }

  async *stream(request: { messages: ChatMessage[]; tools: FunctionDefinition[]; signal?: AbortSignal }): AsyncIterable<ModelChunk> {
    const stream = await this.client.chat.completions.create(
      {
        model: this.options.model,
        messages: request.messages.map(toOpenAIMessage),
        tools: request.tools.length > 0 ? request.tools : undefined,
        temperature: this.options.temperature ?? 0.3,
        stream: true,
      },
      { signal: request.signal },
    );
    // Tool calls arrive in pieces keyed by index; they are complete when the stream ends.
    const calls = new Map<number, ToolCall>();
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      if (!delta) continue;
      if (delta.content) yield { type: 'text-delta', text: delta.content };
      for (const piece of delta.tool_calls ?? []) {
        const call = calls.get(piece.index) ?? { id: '', name: '', arguments: '' };
        if (piece.id) call.id = piece.id;
        if (piece.function?.name) call.name += piece.function.name;
        if (piece.function?.arguments) call.arguments += piece.function.arguments;
        calls.set(piece.index, call);
      }
    }
    for (const [index, call] of [...calls.entries()].sort(([a], [b]) => a - b)) {
      yield { type: 'tool-call', call: { ...call, id: call.id || `call_${index}` } };
    }
  }
}

function toOpenAIMessage(message: ChatMessage): OpenAI.ChatCompletionMessageParam {
  switch (message.role) {
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    case 'assistant':
      return {
        role: 'assistant',
        content: message.content,
        ...(message.toolCalls?.length
          ? { tool_calls: message.toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })) }
          : {}),
      };
    default:
      return message;
  }
}
