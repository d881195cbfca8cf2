// Builds the static front end into wwwroot/ (run with `npm run build`).
//
//   wwwroot/assets/                    GOV.UK Frontend images and manifest.json (no fonts)
//   wwwroot/js/govuk-frontend.min.js   GOV.UK Frontend ES module bundle (+ .map)
//   wwwroot/js/site.js                 frontend/js/site.js
//   wwwroot/js/forms.js                frontend/js/forms.js (pages with a form only)
//   wwwroot/js/backoffice.js           frontend/js/backoffice/backoffice.js and its imports, bundled (back office only)
//   wwwroot/js/rich-text.js            frontend/js/backoffice/rich-text.js with Tiptap, bundled (the rich-text editor)
//   wwwroot/css/site.css               frontend/scss/site.scss, compressed
//
// site.css is written last: build/Frontend.targets treats the outputs as the "up to
// date" marker, so a failed build leaves site.css stale and the next build runs again.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild-wasm'
import * as sass from 'sass'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const wwwroot = join(root, 'wwwroot')
const govukDist = join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist', 'govuk')

// The compiled CSS must not bring in GOV.UK's font (licensed for GOV.UK only) or point outside /assets/.
const forbidden = [
  [/GDS Transport/i, 'mentions "GDS Transport"'],
  [/@font-face/i, 'declares an @font-face'],
  [/\.woff2?\b/i, 'references a woff/woff2 font file'],
  [/url\((?!["']?(?:\/assets\/|data:))/i, 'has a url() outside /assets/']
]

function copyAssets () {
  const from = join(govukDist, 'assets')
  const to = join(wwwroot, 'assets')
  rmSync(to, { recursive: true, force: true })
  cpSync(from, to, { recursive: true, filter: (src) => !relative(from, src).split(sep).includes('fonts') })
}

function copyScripts () {
  const to = join(wwwroot, 'js')
  mkdirSync(to, { recursive: true })
  for (const file of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
    cpSync(join(govukDist, file), join(to, file))
  }
  cpSync(join(root, 'frontend', 'js', 'site.js'), join(to, 'site.js'))
  cpSync(join(root, 'frontend', 'js', 'forms.js'), join(to, 'forms.js'))
}

// The back office's scripts are bundled with their npm imports (Tiptap) into one ES module each, minified, so the
// public site never loads them and the browser makes one request per script.
const bundles = [
  ['backoffice/backoffice.js', 'backoffice.js'],
  ['backoffice/rich-text.js', 'rich-text.js']
]

async function bundleScripts () {
  const sizes = []
  for (const [entry, out] of bundles) {
    const outfile = join(wwwroot, 'js', out)
    await esbuild.build({
      entryPoints: [join(root, 'frontend', 'js', entry)],
      outfile,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      legalComments: 'linked',
      logLevel: 'error'
    })
    sizes.push(`${out} ${(readFileSync(outfile).length / 1024).toFixed(1)} KB`)
  }
  return sizes
}

function compileStyles () {
  const { css } = sass.compile(join(root, 'frontend', 'scss', 'site.scss'), {
    style: 'compressed',
    importers: [new sass.NodePackageImporter(root)],
    quietDeps: true
  })
  const problems = forbidden.filter(([pattern]) => pattern.test(css)).map(([, why]) => why)
  if (problems.length > 0) throw new Error(`site.css ${problems.join(', ')}`)

  mkdirSync(join(wwwroot, 'css'), { recursive: true })
  writeFileSync(join(wwwroot, 'css', 'site.css'), css)
  return css.length
}

try {
  const started = Date.now()
  copyAssets()
  copyScripts()
  const scripts = await bundleScripts()
  const size = compileStyles()
  console.log(`frontend: wwwroot/css/site.css (${(size / 1024).toFixed(1)} KB), wwwroot/js (${scripts.join(', ')}), wwwroot/assets in ${Date.now() - started} ms`)
} catch (error) {
  // Sass errors carry a readable excerpt of the failing line; the stack trace adds nothing.
  console.error(`frontend build failed: ${error.message}`)
  process.exitCode = 1
}
