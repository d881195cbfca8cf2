// Back-office JavaScript: loaded by the back office's layout after site.js, never by the public site. Each
// enhancement is its own module and starts itself only where its markup is on the page; without JavaScript every
// screen still works through plain links and forms.
import { startContentTree } from './content-tree.js'
import { startUnsavedChanges } from './unsaved-changes.js'
import { startSearchIndexes } from './search-indexes.js'

startContentTree()
startUnsavedChanges()
startSearchIndexes()
