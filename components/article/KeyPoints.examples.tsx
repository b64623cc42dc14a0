import { KeyPoints } from './KeyPoints'

export const examples = {
  three: (
    <KeyPoints
      points={['Most side effects are mild.', 'Bruising usually settles in days.', 'Trouble breathing is an emergency.']}
      locale="en"
    />
  ),
  threeSpanish: (
    <KeyPoints
      points={[
        'La mayoría de los efectos secundarios son leves.',
        'Los moretones suelen irse en unos días.',
        'Si le cuesta respirar, pida ayuda enseguida.',
      ]}
      locale="es"
    />
  ),
}
