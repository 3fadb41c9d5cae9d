import { loadConfig } from '../../core/index.ts';
import { openKnowledge, reindexCatalog } from '../../knowledge/index.ts';
import type { CliIo } from './cli-io.ts';
import { createProgress } from './progress.ts';

/** `vitrine reindex`: re-embeds every passage with the configured embedding model. */
export async function reindexCommand(io: CliIo): Promise<number> {
  const knowledge = await openKnowledge(loadConfig(io.env), { checkEmbeddings: false });
  try {
    const progress = createProgress(io, 'Re-embedding', true);
    const { passages } = await reindexCatalog(knowledge.db, knowledge.embedder, { onProgress: progress.update });
    progress.stop();
    io.stdout(`Re-embedded ${passages} passages with ${knowledge.embedder.id}.\n`);
    return 0;
  } finally {
    await knowledge.close();
  }
}
