import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';

/** Apollo's own budget for parsed documents: 30 MiB. */
const DOCUMENT_STORE_BYTES = 30 * 1024 * 1024;

/**
 * Apollo's cache of parsed and validated documents, sized by what each entry really keeps.
 * A parsed document holds its whole source text (for error locations), comments included,
 * but Apollo's default size estimate (the document as JSON) leaves that text out: 30 MiB
 * of estimate could keep gigabytes of padded queries. Here each entry counts its source
 * (two bytes a character) on top of the estimate.
 */
export function boundedDocumentStore(maxBytes = DOCUMENT_STORE_BYTES): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) => InMemoryLRUCache.sizeCalculation(document) + 2 * (document.loc?.source.body.length ?? 0),
  });
}
