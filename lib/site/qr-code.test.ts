import { describe, expect, it } from 'vitest'
import QRCode from 'qrcode'
import { qrCodeSvg } from './qr-code'

describe('qrCodeSvg', () => {
  it('makes an SVG whose modules encode exactly the given address', async () => {
    const url = 'https://example.org/articles/common-side-effects/'
    const svg = await qrCodeSvg(url)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('viewBox')
    // The same data encoded directly gives the same symbol size, and a different address a different drawing.
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`)
    expect(await qrCodeSvg(`${url}x/`)).not.toBe(svg)
  })
})
