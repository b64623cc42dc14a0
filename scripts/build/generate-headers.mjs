/**
 * Writes deploy/nginx.conf from lib/http-headers.mjs (npm run headers).
 * A unit test fails when the committed file differs from what this generates,
 * so the shipped config always carries the same headers as npm start.
 */
import fs from 'node:fs'
import { nginxConfig } from '../../lib/http-headers.mjs'

export const PRODUCTION_NGINX = nginxConfig({ root: '/var/www/botox-risks/out', listen: '80', serverName: 'localhost' })

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync('deploy', { recursive: true })
  fs.writeFileSync('deploy/nginx.conf', PRODUCTION_NGINX)
  console.log('Wrote deploy/nginx.conf')
}
