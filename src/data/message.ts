/**
 * Something to tell the reader, said by key (with its values) rather than as a sentence, so
 * that the data code stays free of any one language and the interface says it in the reader's
 * (src/ui/messages/*.json). `detail` values are passed through as they come (a parser's own
 * words, a file name).
 */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}
