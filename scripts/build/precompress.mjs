/**
 * Writes a maximum-compression .gz beside every text file in out/, so nginx
 * (gzip_static) and npm start (sirv) send those bytes instead of compressing
 * each response on the fly at a lower level.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|txt|xml|svg)$/
// Below this, gzip's header costs more than it saves.
const MIN_BYTES = 256

/**
 * @param {string} outDir
 * @returns {{ files: number, before: number, after: number }} files written, and their bytes before and after
 */
export function precompress(outDir) {
  let files = 0
  let before = 0
  let after = 0
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const bytes = fs.readFileSync(file)
    if (bytes.length < MIN_BYTES) continue
    const gzipped = zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_COMPRESSION })
    fs.writeFileSync(`${file}.gz`, gzipped)
    // Keep the timestamps equal so ETag/Last-Modified agree between the two forms.
    const { atime, mtime } = fs.statSync(file)
    fs.utimesSync(`${file}.gz`, atime, mtime)
    files += 1
    before += bytes.length
    after += gzipped.length
  }
  return { files, before, after }
}
