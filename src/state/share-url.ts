import { encodeViewState } from '../domain/view/url-codec';
import type { ViewState } from '../domain/view/view-state';

/** The link for a view, built from state rather than the address bar, which updates a moment later. */
export function shareUrl(
  state: ViewState,
  location: Pick<Location, 'origin' | 'pathname'>,
  embed = state.embed,
): string {
  const search = encodeViewState({ ...state, embed });
  return `${location.origin}${location.pathname}${search === '' ? '' : `?${search}`}`;
}
