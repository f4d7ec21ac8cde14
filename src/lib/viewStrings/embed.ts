// Every string a reader sees in the Embed dialog (src/lib/embed/EmbedDialog.svelte), in one place (ready
// for translation); a module of its own, loaded with the dialog.

export const embedDialogStrings = {
  heading: (title: string) => `Embed: ${title}`,
  intro: 'Paste this code into your article’s HTML. The chart keeps the filters it has now and sizes itself to its content.',
  titleOption: 'Title and subtitle',
  shown: 'Shown',
  hidden: 'Hidden',
  themeOption: 'Theme',
  themeAuto: 'Auto (the reader’s setting)',
  themeLight: 'Light',
  themeDark: 'Dark',
  linkLabel: 'Link with other charts',
  linkHint: (max: number) =>
    `Optional: a group name. Charts embedded on the same page with the same name stay in step. Letters A–Z, digits, - and _ only, up to ${max} characters.`,
  linkInvalid: (max: number) => `Not added to the code: use only letters A–Z, digits, - and _, up to ${max} characters.`,
  snippetLabel: 'Embed code',
  copy: 'Copy',
  copied: 'Copied',
  copiedAnnouncement: 'Embed code copied to the clipboard.',
  copyFailed: 'Could not copy. Select the code (Ctrl+A or ⌘A in the box) and copy it with Ctrl+C or ⌘C.',
  previewLegend: 'Preview at',
  previewPhone: 'Phone (375 px)',
  previewDesktop: 'Desktop (full width)',
  previewTitle: 'Preview of the embed',
  previewGroup: 'Preview',
  close: 'Close',
} as const;
