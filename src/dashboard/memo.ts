// A component that re-renders only when one of its props changed (by identity), like React's
// memo, without pulling in preact/compat (which also changes how every vnode is handled).
import { Component, type ComponentChildren, type FunctionComponent, h } from 'preact';

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}

export function memo<P extends object>(inner: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props as Record<string, unknown>, next as Record<string, unknown>);
    }
    override render(props: P): ComponentChildren {
      return h(inner, props);
    }
  }
  const out = Memo as unknown as FunctionComponent<P>;
  out.displayName = `Memo(${inner.displayName ?? inner.name})`;
  return out;
}
