import { describeView } from '../domain/viewDescription';
import { useApp } from '../store/context';
import { useLanguage } from '../i18n/react';

/** Printed above the map (never on screen): what the filters show, as the PNG export says it. */
export function PrintCaption() {
  // The caption is in the interface's language: a new one renders it again.
  useLanguage();
  const description = useApp((s) => describeView(s.graph, s));
  return <p className="print-only print-caption">{description}</p>;
}
