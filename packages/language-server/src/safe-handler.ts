import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';

/** Where handler failures are reported (the connection's console in the server). */
export type ErrorLog = (message: string) => void;

/**
 * LSP lifecycle: until `initialize` arrives, every request is answered with error -32002
 * (ServerNotInitialized) and notifications are dropped. One server per process.
 */
let initializeReceived = false;
export function markInitializeReceived(): void {
  initializeReceived = true;
}

/** The error a request gets before `initialize`, or with params that are not an object; else undefined. */
export function requestRefusal(name: string, params: unknown): ResponseError<void> | undefined {
  if (!initializeReceived) return new ResponseError<void>(ErrorCodes.ServerNotInitialized, `smslint: ${name} before initialize; send initialize first`);
  if (typeof params !== 'object' || params === null) return new ResponseError<void>(ErrorCodes.InvalidParams, `smslint: ${name} needs params (an object)`);
  return undefined;
}

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
    const refusal = requestRefusal(name, params);
    if (refusal) return refusal;
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
    if (!initializeReceived) return;
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
