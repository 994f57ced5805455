/** Where the client reports retries and waits. Any console-like object fits; the API key is never logged. */
export interface Logger {
  debug?(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
  error?(message: string): void;
}
