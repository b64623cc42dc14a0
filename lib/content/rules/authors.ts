import type { Rule } from './types'

const fileStem = (file: string) => file.split('/').pop()?.replace(/\.[^.]+$/, '') ?? file

/** An author's id is the name of their profile's file, so that content/authors/<id>.json is where it is looked for. */
export const authorRules: Rule = (_input, context) =>
  context.dataFiles.authors.flatMap((checked) => {
    if (!checked.ok) return []
    const { id } = checked.value as { id: string }
    return id === fileStem(checked.file) ? [] : [{ file: checked.file, field: 'id', reason: `must match the file name ("${fileStem(checked.file)}")` }]
  })
