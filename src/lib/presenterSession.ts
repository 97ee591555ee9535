// The presenter view's address, apart from the link's code: the first view reads it (is this
// window a presenter view?) and must not carry the rest.

/** The address of the presenter view of a session: the same page, with `#presenter=<session>`. */
export const PRESENTER_HASH = 'presenter';

const SESSION = /^[a-z0-9]{8,40}$/;

/** The session a presenter view's address names, or null for any other address. */
export function presenterSessionOf(hash: string): string | null {
  const match = /^#?presenter=([a-z0-9]+)$/.exec(hash);
  return match && SESSION.test(match[1]!) ? match[1]! : null;
}
