import { Fragment, type ReactNode } from 'react';
import { useT } from './react';
import type { MessageId, MessageValues } from './core';

// Marks no message text has: a part's place in the translated string, found again after `t`.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';

/**
 * A message with React nodes in it, in the translation's word order: `parts` fill placeholders of the
 * same name (`{name}` in "Opened {name}." becomes `<strong>…</strong>`), `values` fill the rest as
 * text. No HTML is parsed: the message and the values stay text.
 */
export function Rich({
  id,
  values,
  parts,
}: {
  id: MessageId;
  values?: MessageValues;
  parts: Record<string, ReactNode>;
}) {
  const t = useT();
  const marked: MessageValues = { ...values };
  for (const name of Object.keys(parts)) marked[name] = `${OPEN}${name}${CLOSE}`;
  const text = t(id, marked);
  // "a\uE000name\uE001b" → ["a", <part>, "b"]: each opening mark starts a part name and the text after it.
  const [first = '', ...rest] = text.split(OPEN);
  return (
    <>
      {first}
      {rest.map((piece, i) => {
        const end = piece.indexOf(CLOSE);
        const name = end < 0 ? '' : piece.slice(0, end);
        return (
          <Fragment key={i}>
            {Object.hasOwn(parts, name) ? parts[name] : null}
            {piece.slice(end + 1)}
          </Fragment>
        );
      })}
    </>
  );
}
