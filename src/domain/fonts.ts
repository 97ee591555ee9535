// The font stacks of the page (app.css names the same ones) and of what is drawn on a canvas (the
// map's labels, the exported image). Names in double quotes: cytoscape refuses a font-family with
// single quotes (and falls back to Helvetica). After each system's interface font come fonts with Cyrillic
// (Kazakh and Russian names) and Simplified Chinese (人类命运共同体 in the article) on each
// platform: macOS, Windows, then Linux (Noto CJK is Debian's fonts-noto-cjk, Source Han its Adobe
// name). A browser looks down the list for each character its first font lacks.

const CJK_SANS = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
];

const CJK_SERIF = [
  '"Songti SC"',
  '"STSong"',
  '"SimSun"',
  '"Noto Serif CJK SC"',
  '"Source Han Serif SC"',
];

/** Sans-serif text: the interface, the map's labels, the exported image's title and legend. */
export const FONT_SANS = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Helvetica Neue"',
  'Arial',
  '"DejaVu Sans"',
  ...CJK_SANS,
  'sans-serif',
].join(', ');

/** Serif text: the article's passages, read at length. */
export const FONT_SERIF = [
  'Georgia',
  '"Iowan Old Style"',
  '"Times New Roman"',
  '"Noto Serif"',
  '"DejaVu Serif"',
  ...CJK_SERIF,
  'serif',
].join(', ');

/**
 * Sans-serif text of an interface in Chinese: the Simplified Chinese fonts first, so its punctuation
 * (“”，：) takes their full-width shapes, not a Latin font's; Latin and Cyrillic after them.
 */
export const FONT_SANS_ZH = [
  ...CJK_SANS,
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  'Arial',
  '"DejaVu Sans"',
  'sans-serif',
].join(', ');
