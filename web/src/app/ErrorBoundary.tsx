/** Keeps one broken view from blanking the whole app, and says what broke. */
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <div className="status status-error" role="alert">
          <strong>This view failed to display.</strong> {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}
