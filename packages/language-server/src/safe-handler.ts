import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';

/** Where handler failures are reported (the connection's console in the server). */
export type ErrorLog = (message: string) => void;

/**
 * Wraps a request handler so that a bug or a pathological document yields an error
 * response (or the fallback) instead of an exception escaping into the connection.
 */
export function safeRequest<P, R, F>(
  name: string,
  log: ErrorLog,
  fallback: F,
  handler: (params: P) => R,
): (params: P) => R | F | ResponseError<void> {
  return (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      log(`smslint: ${name} failed: ${describeError(error)}`);
      return fallback === undefined ? new ResponseError<void>(ErrorCodes.InternalError, `smslint: ${name} failed`) : fallback;
    }
  };
}

/** Same for notifications: failures are logged, never thrown. */
export function safeNotification<P>(name: string, log: ErrorLog, handler: (params: P) => void): (params: P) => void {
  return (params: P) => {
    try {
      handler(params);
    } catch (error) {
      log(`smslint: ${name} failed: ${describeError(error)}`);
    }
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
