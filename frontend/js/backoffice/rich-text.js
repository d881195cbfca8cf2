// The rich-text editor (Tiptap): loaded only on screens with a rich-text property. Without JavaScript the
// property is a plain textarea of HTML, sanitised by the server when it is saved; with it, each such textarea
// becomes a Tiptap editor that writes its HTML back into the textarea on every change.
import { createEditor } from './rich-text/editor.js'

for (const textarea of document.querySelectorAll('textarea[data-rich-text]')) {
  if (!textarea.dataset.richTextReady) {
    textarea.dataset.richTextReady = 'true'
    createEditor(textarea)
  }
}
