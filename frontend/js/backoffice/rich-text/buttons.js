// The toolbar's buttons by Umbraco's toolbar ids (Umb.Tiptap.Toolbar.<name>): the extension each needs, its visible
// label, its keyboard shortcut (announced with aria-keyshortcuts), what it does, and when it is pressed or unavailable.
// Buttons whose extension the data type does not allow are never shown.

const toggle = (command, args) => (editor) => editor.chain().focus()[command](args).run()

export const buttons = {
  Heading2: { extension: 'Heading', label: 'Heading 2', keys: 'Control+Alt+2', run: toggle('toggleHeading', { level: 2 }), active: (e) => e.isActive('heading', { level: 2 }) },
  Heading3: { extension: 'Heading', label: 'Heading 3', keys: 'Control+Alt+3', run: toggle('toggleHeading', { level: 3 }), active: (e) => e.isActive('heading', { level: 3 }) },
  Heading4: { extension: 'Heading', label: 'Heading 4', keys: 'Control+Alt+4', run: toggle('toggleHeading', { level: 4 }), active: (e) => e.isActive('heading', { level: 4 }) },
  Bold: { extension: 'Bold', label: 'Bold', keys: 'Control+B', run: toggle('toggleBold'), active: (e) => e.isActive('bold') },
  Italic: { extension: 'Italic', label: 'Italic', keys: 'Control+I', run: toggle('toggleItalic'), active: (e) => e.isActive('italic') },
  BulletList: { extension: 'BulletList', label: 'Bulleted list', keys: 'Control+Shift+8', run: toggle('toggleBulletList'), active: (e) => e.isActive('bulletList') },
  OrderedList: { extension: 'OrderedList', label: 'Numbered list', keys: 'Control+Shift+7', run: toggle('toggleOrderedList'), active: (e) => e.isActive('orderedList') },
  Blockquote: { extension: 'Blockquote', label: 'Quote', keys: 'Control+Shift+B', run: toggle('toggleBlockquote'), active: (e) => e.isActive('blockquote') },
  HorizontalRule: { extension: 'HorizontalRule', label: 'Dividing line', run: toggle('setHorizontalRule'), can: (e) => e.can().setHorizontalRule() },
  Table: { extension: 'Table', label: 'Table', run: toggle('insertTable', { rows: 3, cols: 3, withHeaderRow: true }), can: (e) => e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }) },
  Link: { extension: 'Link', label: 'Link', keys: 'Control+K', dialog: true, active: (e) => e.isActive('link') },
  Unlink: { extension: 'Link', label: 'Unlink', run: (e) => e.chain().focus().extendMarkRange('link').unsetLink().run(), can: (e) => e.isActive('link') },
  Undo: { label: 'Undo', keys: 'Control+Z', run: toggle('undo'), can: (e) => e.can().undo() },
  Redo: { label: 'Redo', keys: 'Control+Shift+Z', run: toggle('redo'), can: (e) => e.can().redo() },
  ClearFormatting: { label: 'Clear formatting', run: (e) => e.chain().focus().unsetAllMarks().clearNodes().run() }
}

// Shown only while the cursor is in a table, after the Table button: rows and columns are edited here, not by Tab.
export const tableButtons = {
  AddRow: { label: 'Add row', run: toggle('addRowAfter'), can: (e) => e.can().addRowAfter() },
  AddColumn: { label: 'Add column', run: toggle('addColumnAfter'), can: (e) => e.can().addColumnAfter() },
  DeleteRow: { label: 'Delete row', run: toggle('deleteRow'), can: (e) => e.can().deleteRow() },
  DeleteColumn: { label: 'Delete column', run: toggle('deleteColumn'), can: (e) => e.can().deleteColumn() },
  DeleteTable: { label: 'Delete table', run: toggle('deleteTable'), can: (e) => e.can().deleteTable() }
}

/** The short name of a toolbar id ("Umb.Tiptap.Toolbar.Bold" → "Bold"), or null for one the portal does not offer. */
export function buttonName (id) {
  const name = String(id).replace(/^Umb\.Tiptap\.Toolbar\./i, '')
  return Object.keys(buttons).find((b) => b.toLowerCase() === name.toLowerCase()) ?? null
}
