import { Box, Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { sanitizeLine } from '../../text/sanitize.js';

interface Props {
  children: ReactNode;
  /** Called once with the error: closes the transcript and ends the program. */
  onCrash(error: Error): void;
  message: string;
}

/**
 * A bug while drawing must not lose the session: the steps are already on
 * disk, and this boundary makes sure the transcript gets its end line too.
 */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    this.props.onCrash(error instanceof Error ? error : new Error(String(error)));
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Box flexDirection="column">
        <Text bold>{this.props.message}</Text>
        <Text dimColor>{sanitizeLine(this.state.error.message)}</Text>
      </Box>
    );
  }
}
