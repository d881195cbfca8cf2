// The Tiptap extensions a data type allows, by Umbraco 17's extension ids (Umb.Tiptap.Bold, Umb.Tiptap.Table, ...).
// Each extension is imported on its own (not StarterKit) so the bundle carries no code blocks, strikes or underlines
// the portal never offers; the server's sanitiser applies the same list, so the editor never offers what a save drops.
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import HardBreak from '@tiptap/extension-hard-break'
import Heading from '@tiptap/extension-heading'
import Bold from '@tiptap/extension-bold'
import Italic from '@tiptap/extension-italic'
import Blockquote from '@tiptap/extension-blockquote'
import HorizontalRule from '@tiptap/extension-horizontal-rule'
import { BulletList } from '@tiptap/extension-list/bullet-list'
import { OrderedList } from '@tiptap/extension-list/ordered-list'
import { ListItem } from '@tiptap/extension-list/item'
import { ListKeymap } from '@tiptap/extension-list/keymap'
import { UndoRedo } from '@tiptap/extensions/undo-redo'
import { Dropcursor } from '@tiptap/extensions/drop-cursor'
import { Gapcursor } from '@tiptap/extensions/gap-cursor'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import { LocalLink } from './local-link.js'

const anchorId = /^[A-Za-z][\w-]*$/

// An id on headings, so that an anchor link (#id) has something to land on; kept only when it is a plain id.
const headingId = {
  default: null,
  parseHTML: (element) => (anchorId.test(element.getAttribute('id') ?? '') ? element.getAttribute('id') : null),
  renderHTML: (attributes) => (attributes.id ? { id: attributes.id } : {})
}

// The CSP forbids inline styles: no column widths, no text alignment, no <colgroup>, no resizing handles.
const noStyle = { default: null, parseHTML: () => null, renderHTML: () => ({}) }
const cellAttributes = {
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: noStyle,
  align: noStyle
}
const PlainTable = Table.extend({
  renderHTML ({ HTMLAttributes }) {
    return ['table', HTMLAttributes, ['tbody', 0]]
  },
  // Tab moves between cells but never adds a row: from the last cell it leaves the editor, so the keyboard is never trapped.
  addKeyboardShortcuts () {
    return {
      ...this.parent?.(),
      Tab: () => this.editor.commands.goToNextCell(),
      'Shift-Tab': () => this.editor.commands.goToPreviousCell()
    }
  }
}).configure({ resizable: false, View: null })
const PlainCell = TableCell.extend({ addAttributes: () => cellAttributes })
const PlainHeader = TableHeader.extend({ addAttributes: () => cellAttributes })

/** Whether the data type has an extension, by its Umbraco id or short name (as RichTextSettings.Allows). */
export function allows (extensions, name) {
  const id = name.startsWith('Umb.') ? name : `Umb.Tiptap.${name}`
  return extensions.some((e) => e.toLowerCase() === id.toLowerCase())
}

/** The editor's extensions for a data type's extension ids. */
export function buildExtensions (extensions) {
  const has = (name) => allows(extensions, name)
  const list = [Document, Paragraph, Text, HardBreak, UndoRedo, Dropcursor, Gapcursor]
  if (has('Heading')) {
    list.push(has('Anchor')
      ? Heading.extend({ addAttributes () { return { ...this.parent?.(), id: headingId } } }).configure({ levels: [2, 3, 4] })
      : Heading.configure({ levels: [2, 3, 4] }))
  }
  if (has('Bold')) list.push(Bold)
  if (has('Italic')) list.push(Italic)
  if (has('BulletList')) list.push(BulletList)
  if (has('OrderedList')) list.push(OrderedList)
  if (has('BulletList') || has('OrderedList')) list.push(ListItem, ListKeymap)
  if (has('Blockquote')) list.push(Blockquote)
  if (has('HorizontalRule')) list.push(HorizontalRule)
  if (has('Table')) list.push(PlainTable, TableRow, PlainHeader, PlainCell)
  if (has('Link')) list.push(LocalLink.configure({ anchors: has('Anchor') }))
  return list
}
