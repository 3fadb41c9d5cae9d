import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { loadConfig } from './config.ts';

function configError(env: Record<string, string | undefined>): AppError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('runs embedded and offline with an empty environment', () => {
    expect(loadConfig({})).toEqual({
      dataDir: './.vitrine',
      databaseUrl: undefined,
      openai: { baseUrl: undefined, apiKey: undefined, llmModel: undefined, embeddingModel: undefined, embeddingDimensions: undefined },
      port: 3000,
      publicUrl: 'http://localhost:3000',
      secret: undefined,
      shopifyStoreDomain: undefined,
      logLevel: 'info',
    });
  });

  it('reads every setting it knows, trimmed and typed', () => {
    const config = loadConfig({
      VITRINE_DATA_DIR: '/var/lib/vitrine',
      DATABASE_URL: 'postgresql://shop:secret@db:5432/shop',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
      OPENAI_API_KEY: ' sk-test ',
      LLM_MODEL: 'llama3.1',
      EMBEDDING_MODEL: 'nomic-embed-text',
      EMBEDDING_DIMENSIONS: '768',
      PORT: ' 8080 ',
      PUBLIC_URL: 'https://live.example.com/',
      VITRINE_SECRET: 'x'.repeat(32),
      SHOPIFY_STORE_DOMAIN: 'maison.myshopify.com',
      LOG_LEVEL: 'debug',
      UNRELATED: 'ignored',
    });
    expect(config).toEqual({
      dataDir: '/var/lib/vitrine',
      databaseUrl: 'postgresql://shop:secret@db:5432/shop',
      openai: {
        baseUrl: 'http://localhost:11434/v1',
        apiKey: 'sk-test',
        llmModel: 'llama3.1',
        embeddingModel: 'nomic-embed-text',
        embeddingDimensions: 768,
      },
      port: 8080,
      publicUrl: 'https://live.example.com',
      secret: 'x'.repeat(32),
      shopifyStoreDomain: 'maison.myshopify.com',
      logLevel: 'debug',
    });
  });

  it('reports every bad field together in one invalid-input error', () => {
    const error = configError({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      OPENAI_BASE_URL: 'not a url',
      EMBEDDING_DIMENSIONS: '3',
      LOG_LEVEL: 'loud',
    });
    expect(error.kind).toBe('invalid-input');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    const fields = lines.slice(1).map((line) => line.trim().split(':')[0]);
    expect(fields.sort()).toEqual(['DATABASE_URL', 'EMBEDDING_DIMENSIONS', 'LOG_LEVEL', 'OPENAI_BASE_URL', 'PORT']);
    expect(error.message).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
    expect(error.message).toContain('OPENAI_BASE_URL: must be a URL such as http://localhost:11434/v1');
    // The message names the fields, never the secret values around them.
    expect(error.message).not.toContain('mysql://x');
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['OPENAI_BASE_URL', 'localhost:11434'],
    ['OPENAI_BASE_URL', 'ftp://models.example.com'],
    ['DATABASE_URL', 'postgres:/missing-slash'],
  ])('rejects %s=%s', (name, value) => {
    expect(configError({ [name]: value }).message).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('treats empty and blank values as unset, as a .env file with `PORT=` means', () => {
    const blank = {
      VITRINE_DATA_DIR: '',
      DATABASE_URL: '',
      OPENAI_BASE_URL: '  ',
      OPENAI_API_KEY: '',
      LLM_MODEL: '',
      EMBEDDING_MODEL: ' ',
      EMBEDDING_DIMENSIONS: '',
      PORT: '',
      LOG_LEVEL: '',
    };
    expect(loadConfig(blank)).toEqual(loadConfig({}));
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('accepts port 0, which asks the system for a free port', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });
});
