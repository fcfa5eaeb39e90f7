import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part that failed, so the message says what still works. */
  what: string;
  children: ReactNode;
}

/** Contains a failure to one part of the page: the rest of the atlas keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="notice notice-error">
        <p>
          <strong>The {this.props.what} could not be shown.</strong> {this.state.error.message}
        </p>
        <p>The tables and details still work.</p>
      </div>
    );
  }
}
