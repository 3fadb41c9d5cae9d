import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted model does for one request: call tools, answer in text, fail, or stall. */
export type ScriptedResponse =
  | { toolCalls: { name: string; arguments: Record<string, unknown> | string }[]; text?: string }
  | { text: string }
  | { status: number }
  | { hang: true };

/** A chat request as the fake server saw it (OpenAI wire format). */
export interface RecordedRequest {
  model: string;
  messages: { role: string; content?: string | null; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { function: { name: string } }[];
  stream?: boolean;
}

export interface FakeChatServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real OpenAI-compatible `/v1/chat/completions` endpoint on 127.0.0.1 that streams scripted
 * completions and tool calls over SSE, chunked as real servers do, after `latencyMs`.
 */
export async function startFakeChatServer(
  script: (request: RecordedRequest, index: number) => ScriptedResponse,
  options: { latencyMs?: number } = {},
): Promise<FakeChatServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const parsed = JSON.parse(body) as RecordedRequest;
      requests.push(parsed);
      const planned = script(parsed, requests.length - 1);
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      if ('hang' in planned) return; // never answers: the client's timeout must fire
      if ('status' in planned) {
        response.writeHead(planned.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const send = (delta: Record<string, unknown>, finish: string | null = null) =>
        response.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: parsed.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      send({ role: 'assistant', content: '' });
      const text = planned.text ?? '';
      for (const piece of text.match(/.{1,12}/gs) ?? []) send({ content: piece });
      const calls = 'toolCalls' in planned ? planned.toolCalls : [];
      calls.forEach((call, index) => {
        const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
        const half = Math.ceil(args.length / 2);
        // Arguments split over two chunks, as streaming servers send them.
        send({ tool_calls: [{ index, id: `call_${requests.length}_${index}`, type: 'function', function: { name: call.name, arguments: args.slice(0, half) } }] });
        send({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
      });
      send({}, calls.length > 0 ? 'tool_calls' : 'stop');
      response.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
