// Remark plugin: the build applies the content check's body rules itself, inside the same pipeline that
// renders bodies. The check already refuses unsafe bodies before the build starts; this is the second lock,
// so a body that reached the renderer some other way fails the build, naming its file and line, before any
// MDX module is evaluated (MDX compiles to JavaScript only after these plugins have run).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { unsafeNodes } from '../lib/check/body-safety.ts';

export function remarkBodySafety() {
  return (tree: Root, file: VFile) => {
    const isMdx = String(file.path ?? '').endsWith('.mdx') || tree.children.some((n) => n.type.startsWith('mdx'));
    const [first] = unsafeNodes(tree, { isMdx });
    if (first) file.fail(`${first.message} (refused while building)`, first.node);
  };
}
