// The rich-text editor (Tiptap): loaded only on screens with a rich-text property. Without JavaScript the
// property is a plain textarea of HTML, sanitised by the server when it is saved.
