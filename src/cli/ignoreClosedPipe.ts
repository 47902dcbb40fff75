/**
 * The error handler of the standard streams: a reader that went away
 * (`EPIPE`, as when the output is piped into `head`) is not an error of
 * credstack, so it is ignored, and what is still written is dropped (see
 * {@link nodeIo}); the command ends with its own exit code and no stack
 * trace. Any other error of a stream is thrown on, as before.
 *
 * @param error - the stream's error
 * @throws the error itself, unless it is a closed pipe
 *
 * @example
 * ```ts
 * process.stdout.on('error', ignoreClosedPipe);
 * ```
 *
 * @category Command line
 */
export function ignoreClosedPipe(error: Error): void {
  const code = (error as { code?: unknown }).code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return;
  throw error;
}
