import { TableOfContents } from './TableOfContents'

export const examples = {
  nested: (
    <TableOfContents
      entries={[
        { depth: 2, text: 'How often do side effects happen?', id: 'how-often-do-side-effects-happen' },
        { depth: 3, text: 'How long does a bruise last?', id: 'how-long-does-a-bruise-last' },
        { depth: 2, text: 'When to get help', id: 'when-to-get-help' },
      ]}
      locale="en"
    />
  ),
  nestedSpanish: (
    <TableOfContents
      entries={[
        { depth: 2, text: '¿Con qué frecuencia hay efectos secundarios?', id: 'con-qué-frecuencia-hay-efectos-secundarios' },
        { depth: 3, text: '¿Cuánto dura un moretón?', id: 'cuánto-dura-un-moretón' },
        { depth: 2, text: 'Cuándo pedir ayuda', id: 'cuándo-pedir-ayuda' },
      ]}
      locale="es"
    />
  ),
}
