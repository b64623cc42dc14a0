import { KeyPoints } from './KeyPoints'

export const examples = {
  three: <KeyPoints points={['Most side effects are mild.', 'Bruising usually settles in days.', 'Trouble breathing is an emergency.']} />,
}
