import { z } from 'zod';
import type { TurnContext } from '../turn-context.ts';

/** What a tool hands back to the model: data, or an error message written for the model. */
export type ToolResult = { ok: true; data: unknown } | { ok: false; error: string };

/** A tool defined once: name, description, zod parameters and `execute`; every driver uses the same. */
export interface Tool<Parameters extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  parameters: Parameters;
  execute(args: z.infer<Parameters>, context: TurnContext): Promise<ToolResult>;
}

export function defineTool<Parameters extends z.ZodType>(tool: Tool<Parameters>): Tool<Parameters> {
  return tool;
}

/** Validates the model's arguments and runs the tool; bad arguments become a message the model can act on. */
export async function runTool(tool: Tool, rawArguments: unknown, context: TurnContext): Promise<ToolResult> {
  const parsed = tool.parameters.safeParse(rawArguments);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`);
    return { ok: false, error: `Invalid arguments for ${tool.name}: ${problems.join('; ')}` };
  }
  try {
    return await tool.execute(parsed.data, context);
  } catch {
    // Nothing internal reaches the model: it gets a message it can relay or work around.
    return { ok: false, error: `${tool.name} is unavailable right now; tell the shopper you will check and offer a person.` };
  }
}

/** The tools as OpenAI Chat Completions function definitions (the input side of each zod schema). */
export function toFunctionDefinitions(tools: Tool[]) {
  return tools.map((tool) => {
    const { $schema: _dialect, ...parameters } = z.toJSONSchema(tool.parameters, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { type: 'function' as const, function: { name: tool.name, description: tool.description, parameters } };
  });
}

/** Ids the model quotes back come with decoration: `<id>`, quotes, spaces. */
export function normaliseId(id: string): string {
  return id.trim().replace(/^[<"'`\[(]+|[>"'`\])]+$/g, '').trim();
}

export const productIdSchema = z.string().min(1).max(200).transform(normaliseId);
