/**
 * Writes deploy/nginx.conf and deploy/logrotate.conf from lib/http-headers.mjs (npm run headers).
 * A unit test fails when a committed file differs from what this generates,
 * so the shipped config always carries the same headers as npm start, and the
 * access log is kept exactly as long as the privacy statement says.
 */
import fs from 'node:fs'
import { logrotateConfig, nginxConfig } from '../../lib/http-headers.mjs'

export const PRODUCTION_NGINX = nginxConfig({ root: '/var/www/botox-risks/out', listen: '80', serverName: 'localhost' })
export const PRODUCTION_LOGROTATE = logrotateConfig()

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync('deploy', { recursive: true })
  fs.writeFileSync('deploy/nginx.conf', PRODUCTION_NGINX)
  fs.writeFileSync('deploy/logrotate.conf', PRODUCTION_LOGROTATE)
  console.log('Wrote deploy/nginx.conf and deploy/logrotate.conf')
}
