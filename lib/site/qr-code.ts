import QRCode from 'qrcode'

/**
 * A QR code for a page address, as SVG text, made at build time with the
 * maintained `qrcode` package. Medium error correction survives a creased or
 * photocopied handout.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
}
